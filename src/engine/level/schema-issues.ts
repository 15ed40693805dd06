/** The issues on the table and their options, from most protective to most liberalising. */
import { z } from 'zod';
import { evidenceIds, issueId, LocalTextSchema } from './schema-common.js';

export const OptionSchema = z.object({
  label: LocalTextSchema.meta({ description: 'A short name for the option, shown on buttons.' }),
  clause: LocalTextSchema.meta({ description: 'The draft clause as it would read in the agreed text.' }),
  locked: z
    .boolean()
    .default(false)
    .meta({ description: 'A locked option cannot be offered until a card or event unlocks it.' }),
  evidence: evidenceIds.default([]),
});

export const IssueSchema = z.object({
  id: issueId,
  name: LocalTextSchema,
  description: LocalTextSchema,
  options: z
    .array(OptionSchema)
    .min(2)
    .max(6)
    .meta({ description: 'Ordered from most protective of policy space to most liberalising.' }),
  evidence: evidenceIds.default([]),
});

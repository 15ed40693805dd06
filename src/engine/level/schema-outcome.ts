/** How a game ends and what follows: no-deal drift, the decision rule, the impact model, the debrief. */
import { z } from 'zod';
import { DriftPartiesSchema } from './schema-cards.js';
import { evidenceIds, id, issueId, LocalTextSchema, roleId } from './schema-common.js';

export const DriftSchema = z.object({
  round: z.number().int().min(1),
  issue: issueId,
  option: z.number().int().min(0),
  parties: DriftPartiesSchema.optional(),
  text: LocalTextSchema.meta({ description: 'Why the no-deal outcome moves (shown to all when it happens).' }),
  evidence: evidenceIds.min(1),
});

export const DECISION_RULES = ['consensus', 'plurilateral', 'majority'] as const;

export const DecisionSchema = z.object({
  rule: z.enum(DECISION_RULES),
  voters: z.array(roleId).min(1).meta({ description: 'The roles whose vote counts; each must be a role with votes: true.' }),
  minSignatories: z
    .number()
    .int()
    .min(1)
    .optional()
    .meta({ description: 'plurilateral only: how many voters must sign for the agreement to stand.' }),
});

export const IndicatorSchema = z.object({
  id,
  name: LocalTextSchema,
  unit: LocalTextSchema,
  start: z.number(),
  min: z.number(),
  max: z.number(),
  higherIsBetterFor: z.array(id).default([]).meta({ description: 'Roles who count a rise in this indicator as good news (for the debrief).' }),
  evidence: evidenceIds.default([]),
});

export const CoefficientSchema = z.object({
  indicator: id,
  issue: issueId,
  option: z.number().int().min(0),
  perYear: z.number().min(-1000).max(1000).meta({ description: 'Change in the indicator each year while this option is in force.' }),
  evidence: evidenceIds.min(1),
});

export const DebriefSchema = z.object({
  summary: LocalTextSchema,
  questions: z.array(LocalTextSchema).default([]),
  agreement: LocalTextSchema.optional(),
  noDeal: LocalTextSchema.optional(),
  perRole: z.record(roleId, LocalTextSchema).default({}),
});

/**
 * The evidence base: every fact the game states, in the project's own words, with where it comes
 * from. Levels, cards, events and impact coefficients cite facts by id, and the level validator
 * checks that every cited id exists here.
 */
import { z } from 'zod';

export const SourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(1),
  author: z.string().min(1),
  year: z.number().int().min(1900).max(2100),
  publisher: z.string().min(1).optional(),
  kind: z.enum(['seed', 'public-record']).meta({
    description: 'seed: one of the two source documents the game is about; public-record: a later public record listed in the design facts.',
  }),
  reference: z.string().min(1).meta({ description: 'How to find it: the seed file name, or the record named as in FACTS.md.' }),
});

export const FactSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  source: z.string().min(1),
  locator: z.string().min(1).meta({ description: 'Section, paragraph, line range or page within the source.' }),
  themes: z.array(z.string().min(1)).min(1),
  text: z.record(z.string(), z.string().min(1)).meta({ description: 'The fact in the project\'s own words, per language.' }),
  /** Where sources disagree the game shows both; a fact may name the facts it contests. */
  contests: z.array(z.string()).default([]),
});

export const EvidenceBaseSchema = z.object({
  sources: z.array(SourceSchema).min(1),
  themes: z.record(z.string(), z.string().min(1)).meta({ description: 'Theme id to a one-line description.' }),
  facts: z.array(FactSchema).min(1),
});

export type Source = z.output<typeof SourceSchema>;
export type Fact = z.output<typeof FactSchema>;
export type EvidenceBase = z.output<typeof EvidenceBaseSchema>;

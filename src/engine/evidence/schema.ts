/**
 * The evidence base: every fact the game states, in the project's own words, with where it comes
 * from. Levels, cards, events and impact coefficients cite facts by id, and the level validator
 * checks that every cited id exists here. `type` and `side` are optional for other files (the
 * report counts them as unclassified); the shipped base fills both, and its test says so. Ids are stable: a retired fact stays in the file with
 * `supersededBy` naming its replacement, so levels that still cite it keep validating.
 */
import { z } from 'zod';

/**
 * What kind of body produced a source, so the report can show whose voice the base rests on.
 * Seeds keep their own type (the civil-society paper, the expert blog post) as well as `kind: seed`.
 */
export const SOURCE_TYPES = [
  'official-record',
  'official-research',
  'peer-reviewed',
  'think-tank',
  'industry',
  'civil-society',
  'expert-opinion',
  'survey',
  'press',
] as const;

/**
 * The side whose case a fact supports. `sceptical`: members and groups wary of binding e-commerce
 * rules (policy space, revenue, privacy and competition as civil society argues them).
 * `proponent`: the demandeurs and the industry (open data flows, the moratorium, trade gains).
 * `third-way`: the collective, development-led framework the first seed proposes.
 * `record`: what happened, or a fact every side draws on.
 */
export const FACT_SIDES = ['sceptical', 'proponent', 'third-way', 'record'] as const;

export const SourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(1),
  author: z.string().min(1),
  year: z.number().int().min(1900).max(2100),
  publisher: z.string().min(1).optional(),
  kind: z.enum(['seed', 'public-record']).meta({
    description: 'seed: one of the two source documents the game is about; public-record: a later public record listed in the design facts.',
  }),
  type: z.enum(SOURCE_TYPES).optional().meta({
    description:
      'Who produced it: official-record (decisions, treaties, government releases), official-research (papers of intergovernmental bodies), peer-reviewed, think-tank, industry, civil-society, expert-opinion, survey, press.',
  }),
  reference: z.string().min(1).meta({ description: 'How to find it: the seed file name, or the record named as in FACTS.md.' }),
});

export const FactSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  source: z.string().min(1),
  locator: z.string().min(1).meta({ description: 'Section, paragraph, line range or page within the source.' }),
  side: z.enum(FACT_SIDES).optional().meta({ description: 'The side whose case the fact supports (see FACT_SIDES).' }),
  themes: z.array(z.string().min(1)).min(1),
  text: z.record(z.string(), z.string().min(1)).meta({ description: 'The fact in the project\'s own words, in each of the base\'s `languages`.' }),
  /** Where sources disagree the game shows both; a fact may name the facts it contests. */
  contests: z.array(z.string()).default([]),
  /** A retired fact names the fact that replaces it; levels should cite the replacement. */
  supersededBy: z
    .string()
    .optional()
    .meta({ description: 'Id of the fact that replaces this one (a correction or a better source). The retired fact stays so old levels validate.' }),
  correction: z
    .record(z.string(), z.string().min(1))
    .optional()
    .meta({ description: 'Where this fact corrects a misreading (in a seed or elsewhere): what was misread, and what the primary source says.' }),
});

export const EvidenceBaseSchema = z.object({
  languages: z
    .array(z.string().regex(/^[a-z]{2}$/))
    .min(1)
    .default(['en'])
    .meta({ description: 'The languages every fact is written in (ISO 639-1 codes); the loader checks each fact has a text in each of them, and in no other. English only when absent.' }),
  sources: z.array(SourceSchema).min(1),
  themes: z.record(z.string(), z.string().min(1)).meta({ description: 'Theme id to a one-line description.' }),
  facts: z.array(FactSchema).min(1),
});

export type Source = z.output<typeof SourceSchema>;
export type Fact = z.output<typeof FactSchema>;
export type EvidenceBase = z.output<typeof EvidenceBaseSchema>;
export type SourceType = (typeof SOURCE_TYPES)[number];
export type FactSide = (typeof FACT_SIDES)[number];

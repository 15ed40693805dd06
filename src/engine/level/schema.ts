/**
 * The shape of a level file. This is the one schema trainers' files are checked against; the JSON
 * Schema in `levels/level.schema.json` is generated from it (`npm run level:schema`) so editors can
 * autocomplete. Each section lives in its own file (schema-common, -roles, -issues, -cards,
 * -outcome); a new section gets its own file and one line here. Rules that need the whole file
 * (ids resolve, every language present, ...) live in `semantics.ts`, not here: a shape error and
 * a meaning error read differently to a trainer.
 */
import { z } from 'zod';
import { evidenceIds, id, issueId, LocalTextSchema, roleId } from './schema-common.js';
import { CARD_KINDS, CardSchema, EffectSchema, EventSchema } from './schema-cards.js';
import { IssueSchema } from './schema-issues.js';
import { RoleSchema } from './schema-roles.js';
import { CoefficientSchema, DECISION_RULES, DebriefSchema, DecisionSchema, DriftSchema, IndicatorSchema } from './schema-outcome.js';
import { TeachingSchema } from './teaching-schema.js';
import { EvidenceBaseSchema } from '../evidence/schema.js';

export { EffectTargetSchema, EffectSchema, CARD_KINDS, CardSchema, EVENT_TRIGGERS, EventSchema } from './schema-cards.js';
export { LocalTextSchema } from './schema-common.js';
export { OptionSchema, IssueSchema } from './schema-issues.js';
export { RoleSchema } from './schema-roles.js';
export { DriftSchema, DECISION_RULES, DecisionSchema, IndicatorSchema, CoefficientSchema, DebriefSchema } from './schema-outcome.js';

export const LevelSchema = z
  .object({
    $schema: z.string().optional(),
    id,
    title: LocalTextSchema,
    year: z.number().int().min(1990).max(2100),
    languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1),
    durationMinutes: z.number().int().min(5).max(240),
    scenario: LocalTextSchema,
    tutorial: z
      .array(z.object({ when: z.enum(['briefing', 'round', 'offer', 'card', 'decision', 'outcome']), round: z.number().int().min(1).optional(), text: LocalTextSchema }))
      .default([])
      .meta({ description: 'Guided texts shown at given moments (tutorial levels).' }),
    roles: z.array(RoleSchema).min(3),
    issues: z.array(IssueSchema).min(1).max(8),
    cards: z.array(CardSchema).default([]),
    events: z.array(EventSchema).default([]),
    rounds: z.object({
      count: z.number().int().min(1).max(20),
      turnSeconds: z.number().int().min(0).max(3600).default(0).meta({ description: '0: no timer.' }),
      cardsPerTurn: z.number().int().min(0).max(5).default(1),
      turnOrder: z.array(roleId).optional().meta({ description: 'Role ids in turn order; defaults to the order of roles.' }),
    }),
    noDeal: z.object({
      start: z.record(issueId, z.number().int().min(0)).meta({ description: 'For each issue, the option the world falls back to without a deal.' }),
      drift: z.array(DriftSchema).default([]),
    }),
    decision: DecisionSchema,
    winBasis: z
      .enum(['opening', 'walkAway'])
      .optional()
      .meta({
        description:
          'What decides who did best: "opening" (each role\'s gain over what walking away was worth when the talks opened, so a failed negotiation\'s drift counts) or "walkAway" (over walking away at the end: without a deal every role ties). Default: the game\'s default basis. Balance a level for the basis it declares.',
      }),
    blockingCost: z
      .number()
      .int()
      .min(0)
      .max(20)
      .default(0)
      .meta({ description: 'Standing a voter loses when it rejects an offer that every other voter has accepted (blocking consensus).' }),
    impact: z.object({
      years: z.number().int().min(1).max(30).default(10),
      indicators: z.array(IndicatorSchema).min(1),
      coefficients: z.array(CoefficientSchema),
    }),
    debrief: DebriefSchema,
    evidence: evidenceIds.default([]),
    localEvidence: z
      .string()
      .regex(/^[a-z0-9][\w.-]*\.ya?ml$/i)
      .optional()
      .meta({ description: 'The level\'s own evidence file, beside the level (same fields as seeds/evidence.yaml); its facts are cited like the shared ones.' }),
    ownEvidence: EvidenceBaseSchema.extend({
      languages: z
        .array(z.string().regex(/^[a-z]{2}$/))
        .min(1)
        .optional()
        .meta({ description: 'The languages its facts are written in; the level\'s own languages when absent.' }),
    })
      .optional()
      .meta({
        description:
          'The level\'s own evidence, written in the level itself so the one file goes everywhere (upload, studio, "Open a level file"): sources, themes and facts with the same fields as seeds/evidence.yaml. Its facts are cited like the shared ones and shown in the debrief with their sources; a fact may not take a shared fact\'s id.',
      }),
    teaching: TeachingSchema.optional(),
  })
  .meta({ title: 'E-commerce ministerial level', description: 'A level of the WTO e-commerce negotiation game.' });

export type LevelInput = z.input<typeof LevelSchema>;
export type Level = z.output<typeof LevelSchema>;
export type Role = Level['roles'][number];
export type Issue = Level['issues'][number];
export type Card = Level['cards'][number];
export type GameEventDef = Level['events'][number];
export type Effect = z.output<typeof EffectSchema>;
export type LocalText = z.output<typeof LocalTextSchema>;
export type Indicator = Level['impact']['indicators'][number];
export type Coefficient = Level['impact']['coefficients'][number];
export type DecisionRule = (typeof DECISION_RULES)[number];
export type CardKind = (typeof CARD_KINDS)[number];

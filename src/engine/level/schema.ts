/**
 * The shape of a level file. This is the one schema trainers' files are checked against; the JSON
 * Schema in `levels/level.schema.json` is generated from it (`npm run level:schema`) so editors can
 * autocomplete. Rules that need the whole file (ids resolve, every language present, ...) live in
 * `semantics.ts`, not here: a shape error and a meaning error read differently to a trainer.
 */
import { z } from 'zod';
import { TeachingSchema } from './teaching-schema.js';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and dashes, like "data-flows"')
  .meta({ description: 'An id: lower-case letters, digits and dashes. Other parts of the level refer to it.' });

/** A text in every language the level declares, keyed by language code: `{ en: "...", fr: "..." }`. */
export const LocalTextSchema = z
  .record(z.string().regex(/^[a-z]{2}$/, 'a language code is two lower-case letters, like "en"'), z.string().min(1))
  .meta({ description: 'A text in each language of the level, e.g. { en: "Data flows" }.' });

const evidenceIds = z
  .array(z.string().min(1))
  .meta({ description: 'Ids of facts in the evidence base (seeds/evidence.yaml) that this rests on.' });

const points = z.number().min(-100).max(100);

/** Who an effect lands on: the player, the card's chosen target, everyone, or a named role. */
export const EffectTargetSchema = z
  .string()
  .min(1)
  .meta({ description: '"self" (who played it), "target" (the role chosen when playing), "all", "others", or a role id.' });

export const EffectSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('resource'),
      who: EffectTargetSchema,
      amount: z.number().int().min(-50).max(50),
    })
    .meta({ description: 'Adds (or removes) resource points.' }),
  z
    .object({
      kind: z.literal('shiftValue'),
      who: EffectTargetSchema,
      issue: id,
      option: z.number().int().min(0),
      amount: points,
    })
    .meta({ description: 'Changes how much the roles value one option of an issue (persuasion, evidence, scandal).' }),
  z
    .object({
      kind: z.literal('standing'),
      who: EffectTargetSchema,
      amount: z.number().int().min(-20).max(20),
    })
    .meta({ description: 'Changes public standing (goodwill), which is added to (or taken from) the role\'s resource income each round.' }),
  z
    .object({
      kind: z.literal('noDealDrift'),
      issue: id,
      option: z.number().int().min(0),
    })
    .meta({ description: 'Moves the no-deal outcome on one issue to another option (a new FTA, a unilateral measure).' }),
  z
    .object({
      kind: z.literal('noDealValue'),
      who: EffectTargetSchema,
      amount: points,
    })
    .meta({ description: "Changes what walking away is worth to roles (domestic backlash, a better bilateral alternative)." }),
  z
    .object({
      kind: z.literal('unlockOption'),
      issue: id,
      option: z.number().int().min(0),
    })
    .meta({ description: 'Makes a locked option available for package offers (a new proposal tabled).' }),
  z
    .object({
      kind: z.literal('reveal'),
      issue: id.optional(),
    })
    .meta({ description: "Shows the player the target role's values on one issue (or on the issue it cares most about)." }),
  z
    .object({
      kind: z.literal('draw'),
      count: z.number().int().min(1).max(5),
    })
    .meta({ description: 'The player draws cards from their deck.' }),
]);

export const CARD_KINDS = ['proposal', 'influence', 'evidence', 'information'] as const;

export const CardSchema = z.object({
  id,
  kind: z.enum(CARD_KINDS),
  name: LocalTextSchema,
  text: LocalTextSchema,
  cost: z.number().int().min(0).max(20),
  needsTarget: z.boolean().default(false).meta({ description: 'Whether the player picks a target role when playing it.' }),
  effects: z.array(EffectSchema).min(1),
  evidence: evidenceIds.default([]),
});

export const EVENT_TRIGGERS = ['scheduled', 'random', 'facilitator'] as const;

export const EventSchema = z.object({
  id,
  name: LocalTextSchema,
  text: LocalTextSchema,
  trigger: z.enum(EVENT_TRIGGERS).meta({
    description: 'scheduled: at the start of round `round`; random: may fire at the start of any round with `chance`; facilitator: only when injected.',
  }),
  round: z.number().int().min(1).optional(),
  chance: z.number().min(0).max(1).optional(),
  effects: z.array(EffectSchema).min(1),
  evidence: evidenceIds.default([]),
});

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
  id,
  name: LocalTextSchema,
  description: LocalTextSchema,
  options: z
    .array(OptionSchema)
    .min(2)
    .max(6)
    .meta({ description: 'Ordered from most protective of policy space to most liberalising.' }),
  evidence: evidenceIds.default([]),
});

export const RoleSchema = z.object({
  id,
  name: LocalTextSchema,
  kind: z.enum(['delegation', 'lobby', 'civil-society']),
  playable: z.boolean().default(true).meta({ description: 'false: always played by the computer (an NPC).' }),
  votes: z.boolean().meta({ description: 'Whether the role takes part in the final decision.' }),
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional()
    .meta({ description: 'A colour for this seat, like "#0072B2" (pick from a colour-blind-safe palette).' }),
  brief: LocalTextSchema.meta({ description: 'Public brief: what everyone knows this role stands for.' }),
  objectives: LocalTextSchema.meta({ description: 'Private objectives: shown only to this role.' }),
  resource: z.object({
    name: LocalTextSchema.meta({ description: 'What the resource is, e.g. "political capital", "money", "public voice".' }),
    start: z.number().int().min(0).max(100),
    perRound: z.number().int().min(0).max(50),
  }),
  handSize: z.number().int().min(0).max(8).meta({ description: 'Cards dealt at the start (a hand never holds more than 8).' }),
  drawPerRound: z.number().int().min(0).max(5).default(1),
  deck: z.array(id).meta({ description: 'Card ids, in any order; the deck is shuffled at the start. A card may appear more than once.' }),
  values: z
    .record(id, z.array(points))
    .meta({ description: 'Private points for every option of every issue: { issue-id: [points for option 0, option 1, ...] }.' }),
  noDealAdjustment: points
    .default(0)
    .meta({ description: 'Points added to this role\'s value of the no-deal outcome (e.g. the cost of isolation for a blocker).' }),
  evidence: evidenceIds.default([]),
});

export const DriftSchema = z.object({
  round: z.number().int().min(1),
  issue: id,
  option: z.number().int().min(0),
  text: LocalTextSchema.meta({ description: 'Why the no-deal outcome moves (shown to all when it happens).' }),
  evidence: evidenceIds.min(1),
});

export const DECISION_RULES = ['consensus', 'plurilateral', 'majority'] as const;

export const DecisionSchema = z.object({
  rule: z.enum(DECISION_RULES),
  voters: z.array(id).min(1).meta({ description: 'The roles whose vote counts; each must be a role with votes: true.' }),
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
  issue: id,
  option: z.number().int().min(0),
  perYear: z.number().min(-1000).max(1000).meta({ description: 'Change in the indicator each year while this option is in force.' }),
  evidence: evidenceIds.min(1),
});

export const DebriefSchema = z.object({
  summary: LocalTextSchema,
  questions: z.array(LocalTextSchema).default([]),
  agreement: LocalTextSchema.optional(),
  noDeal: LocalTextSchema.optional(),
  perRole: z.record(id, LocalTextSchema).default({}),
});

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
      turnOrder: z.array(id).optional().meta({ description: 'Role ids in turn order; defaults to the order of roles.' }),
    }),
    noDeal: z.object({
      start: z.record(id, z.number().int().min(0)).meta({ description: 'For each issue, the option the world falls back to without a deal.' }),
      drift: z.array(DriftSchema).default([]),
    }),
    decision: DecisionSchema,
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

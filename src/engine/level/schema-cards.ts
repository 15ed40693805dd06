/** Cards and events, and the effects they have (schema.ts puts the level together). */
import { z } from 'zod';
import { evidenceIds, id, issueId, LocalTextSchema, points, roleId } from './schema-common.js';

/** Who an effect lands on: the player, the card's chosen target, everyone, or a named role. */
export const EffectTargetSchema = z
  .string()
  .min(1)
  .meta({ description: '"self" (who played it), "target" (the role chosen when playing), "all", "others", or a role id.' });

/**
 * The roles a no-deal drift binds, when it binds only its parties (a free-trade agreement binds its
 * parties, nobody else). Without it the drift moves the no-deal outcome for everyone (a moratorium
 * that lapses, a measure every member answers in kind).
 */
export const DriftPartiesSchema = z
  .array(roleId)
  .min(1)
  .meta({
    description:
      'The role ids the drift binds (the parties to the agreements that carry it). Without it, the no-deal outcome moves for every role; with it, the shared no-deal outcome stays and each party\'s walking away moves by what the new option is worth to it against the old one.',
  });

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
      issue: issueId,
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
      issue: issueId,
      option: z.number().int().min(0),
      parties: DriftPartiesSchema.optional(),
    })
    .meta({ description: 'Moves the no-deal outcome on one issue to another option (a new FTA, a unilateral measure): for everyone, or for its parties only.' }),
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
      issue: issueId,
      option: z.number().int().min(0),
    })
    .meta({ description: 'Makes a locked option available for package offers (a new proposal tabled).' }),
  z
    .object({
      kind: z.literal('reveal'),
      issue: issueId.optional(),
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

/** The roles: who they are, what they hold, and what they value (privately). */
import { z } from 'zod';
import { evidenceIds, id, issueId, LocalTextSchema, points, roleId } from './schema-common.js';

export const RoleSchema = z.object({
  id: roleId,
  name: LocalTextSchema,
  shortName: z
    .record(z.string().regex(/^[a-z]{2}$/, 'a language code is two lower-case letters, like "en"'), z.string().min(1).max(16))
    .optional()
    .meta({ description: 'A short name (at most 16 characters) in each language, for the seat labels on a phone, where two long names would look alike, e.g. { en: "Tech lobby" }.' }),
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
    .record(issueId, z.array(points))
    .meta({ description: 'Private points for every option of every issue: { issue-id: [points for option 0, option 1, ...] }.' }),
  noDealAdjustment: points
    .default(0)
    .meta({ description: 'Points added to this role\'s value of the no-deal outcome (e.g. the cost of isolation for a blocker).' }),
  evidence: evidenceIds.default([]),
});

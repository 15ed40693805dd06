/**
 * The shape of a game event, checked before any rule looks at it: events arrive from players,
 * bots, the network and saved logs, and a malformed one must be refused with a reason, never
 * half-applied. Kept next to events.ts; the two are held in step by a type assertion below.
 */
import { z } from 'zod';
import { IssueRefSchema, RoleRefSchema } from '../level/ids.js';
import type { GameEvent } from './events.js';
import { BotReasonSchema } from './reasons.js';
import { refused, type Refusal } from './refusal.js';
import { StatementSchema } from './statements.js';

const id = z.string().min(1).max(64);
const role = RoleRefSchema;
const reason = z.string().max(300).optional();
const why = BotReasonSchema.optional();
const statement = StatementSchema.optional();
const offerId = z.number().int().min(1);
const pkg = z.record(IssueRefSchema, z.number().int().min(0).max(99));

const moves = [
  z.strictObject({ type: z.literal('playCard'), role, card: id, target: role.optional(), reason, why, statement }),
  z.strictObject({ type: z.literal('offer'), role, package: pkg, reason, why, statement }),
  z.strictObject({ type: z.literal('counter'), role, offer: offerId, package: pkg, reason, why, statement }),
  z.strictObject({ type: z.literal('accept'), role, offer: offerId, reason, why, statement }),
  z.strictObject({ type: z.literal('reject'), role, offer: offerId, reason, why, statement }),
] as const;

export const GameEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start') }),
  ...moves,
  z.strictObject({ type: z.literal('endTurn'), role, reason, why, statement }),
  z.strictObject({ type: z.literal('timeout') }),
  z.strictObject({ type: z.literal('inject'), event: id }),
  z.strictObject({ type: z.literal('vote'), role, accept: z.boolean(), reason, why, statement }),
]);

// Fails to compile if the schema and the GameEvent type drift apart.
type Parsed = z.output<typeof GameEventSchema>;
const _sameShape: [Parsed extends GameEvent ? true : false, GameEvent extends Parsed ? true : false] = [true, true];
void _sameShape;

export type ParsedEvent = { ok: true; event: GameEvent } | { ok: false; refusal: Refusal };

export function parseGameEvent(input: unknown): ParsedEvent {
  const result = GameEventSchema.safeParse(input);
  if (result.success) return { ok: true, event: result.data as GameEvent };
  const issue = result.error.issues[0];
  return { ok: false, refusal: refused('malformed', { path: issue ? issue.path.join('.') : '', detail: issue?.message ?? 'not an event' }) };
}

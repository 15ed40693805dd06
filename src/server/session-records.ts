/**
 * The records of a session file (store.ts), as a zod schema: each line is checked when a session
 * is read back, so a damaged or foreign line is reported and left out instead of reaching the
 * workshop as a half-valid object. Game events are checked by the engine's own event schema, and
 * then by the rules as the game is replayed.
 */
import { z } from 'zod';
import { refusalText } from '../protocol/engine-words.js';
import { LANGUAGES } from '../protocol/words.js';
import type { GameEvent } from '../engine/rules/events.js';
import { parseGameEvent } from '../engine/rules/event-schema.js';

const id = z.string().min(1).max(128);
const at = z.number().finite();
const table = z.number().int().min(0).max(999);
const status = z.enum(['lobby', 'running', 'paused', 'ended']);

const settings = z.object({
  level: id,
  tables: z.number().int().min(1).max(100),
  seatsPerTable: z.number().int().min(1).max(8),
  turnSeconds: z.number().int().min(0).max(3600),
  bots: z.boolean(),
  autoAssign: z.boolean(),
  createdAt: at,
  expiresAt: at,
  seed: z.number().int(),
  baseUrl: z.string().max(2048),
  /** Sessions written before languages were a choice are English. */
  language: z.enum(LANGUAGES).default('en'),
});

const gameEvent = z.unknown().transform((input, ctx): GameEvent => {
  const parsed = parseGameEvent(input);
  if (parsed.ok) return parsed.event;
  ctx.addIssue({ code: 'custom', message: refusalText(parsed.refusal) });
  return z.NEVER;
});

export const SessionRecordSchema = z.discriminatedUnion('k', [
  z.object({ k: z.literal('settings'), id, code: z.string().min(1).max(16), secretHash: z.string().min(1).max(256), settings }),
  z.object({ k: z.literal('participant'), id, name: z.string().max(200), tokenHash: z.string().min(1).max(256), at }),
  z.object({ k: z.literal('assign'), participant: id, table, role: id }),
  z.object({ k: z.literal('unassign'), participant: id }),
  z.object({ k: z.literal('status'), status, at }),
  z.object({ k: z.literal('timer'), seconds: z.number().int().min(0).max(3600) }),
  z.object({ k: z.literal('mute'), participant: id, muted: z.boolean() }),
  z.object({ k: z.literal('announce'), text: z.string().max(1000), table: table.nullable(), at }),
  z.object({ k: z.literal('game'), t: table, at, by: z.string().max(128), e: gameEvent }),
  z.object({ k: z.literal('chat'), seq: z.number().int().min(0), at, table, from: id, name: z.string().max(200).nullable(), to: id.nullable(), text: z.string().max(2000) }),
]);

export type SessionRecord = z.output<typeof SessionRecordSchema>;
export type SettingsRecord = Extract<SessionRecord, { k: 'settings' }>;

/** One line that failed its schema: where it is and why, for the operator's log. */
export interface BadRecord {
  readonly index: number;
  readonly reason: string;
}

/** Check every record; the bad ones are left out and listed. */
export function checkRecords(records: readonly unknown[]): { records: SessionRecord[]; bad: BadRecord[] } {
  const out: SessionRecord[] = [];
  const bad: BadRecord[] = [];
  records.forEach((raw, index) => {
    const parsed = SessionRecordSchema.safeParse(raw);
    if (parsed.success) out.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      bad.push({ index, reason: `${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}` });
    }
  });
  return { records: out, bad };
}

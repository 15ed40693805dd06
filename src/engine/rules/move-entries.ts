/**
 * The log entries of moves, built whole: an entry has no key for a missing reason, target or
 * counter-offer, and writing each variant as its own literal (rather than adding the key
 * afterwards) keeps every entry kind to a few fixed shapes.
 */
import type { RoleId } from '../types.js';
import { copyState, type Draft } from './copy.js';
import type { Words } from './events.js';
import { appendLog } from './log.js';
import type { GameState, LogEntry } from './state.js';

type CardEntry = Extract<LogEntry, { kind: 'card' }>;
type OfferEntry = Extract<LogEntry, { kind: 'offer' }>;
type AnswerEntry = Extract<LogEntry, { kind: 'accept' | 'reject' }>;

/** A stated reason worth logging (none for a missing or empty one). */
function stated(reason: string | undefined): string | undefined {
  return reason === undefined || reason === '' ? undefined : reason;
}

export function cardEntry(round: number, role: RoleId, card: string, target: RoleId | undefined, words: Words): CardEntry {
  return spoken<CardEntry>(target === undefined ? { kind: 'card', round, role, card } : { kind: 'card', round, role, card, target }, words);
}

export function offerEntry(round: number, role: RoleId, offer: number, pkg: readonly number[], counterTo: number | undefined, words: Words): OfferEntry {
  return spoken<OfferEntry>(counterTo === undefined ? { kind: 'offer', round, role, offer, package: pkg } : { kind: 'offer', round, role, offer, package: pkg, counterTo }, words);
}

export function answerEntry(kind: 'accept' | 'reject', round: number, role: RoleId, offer: number, words: Words): AnswerEntry {
  return spoken<AnswerEntry>({ kind, round, role, offer }, words);
}

/** The words of a move that said nothing (a timer's end of turn). */
export const SILENT: Words = {};

/**
 * A move's entry with what its actor said: a stated reason, a bot's reason code, a public
 * statement. Keys are added only for what was said, after the entry's own keys, so an entry has a
 * few fixed shapes (those of human moves, and those of bots', which say all but the free text).
 */
export function spoken<T extends LogEntry>(entry: T, words: Words): T {
  const said = entry as Draft<Words>;
  const reason = stated(words.reason);
  if (reason !== undefined) said.reason = reason;
  if (words.why !== undefined) said.why = words.why;
  if (words.statement !== undefined) said.statement = words.statement;
  return entry;
}

/**
 * The state with `entries` appended to its log, in one copy (the same state when there are none).
 * A move writes its entries to a list as it goes and appends them once, at its end: nothing in the
 * rules reads the log, so the move sees the same game either way.
 */
export function withLog(state: GameState, entries: readonly LogEntry[]): GameState {
  if (entries.length === 0) return state;
  const next = copyState(state);
  next.log = appendLog(state.log, entries);
  return next;
}

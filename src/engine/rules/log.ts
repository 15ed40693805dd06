/**
 * The move log as a persistent list. Every rule returns a new state, and a game writes a log entry
 * or more on every move; copying the whole log each time made the log the largest single cost of
 * the rules (it grows to a hundred entries or more). Here entries sit in fixed-size chunks that
 * later states share, so a move copies at most one short chunk. It stays plain JSON data (depth 3,
 * however long the game), for snapshots. Read it through `logEntries`, which gives a plain array.
 */
import type { LogEntry } from './state.js';

/** Entries per full chunk: small, so a move copies little; large enough that few chunks exist. */
export const LOG_CHUNK = 16;

export interface MoveLog {
  /** Full chunks of exactly LOG_CHUNK entries, oldest first, shared with every later state. */
  readonly chunks: readonly (readonly LogEntry[])[];
  /** The entries after the last full chunk (fewer than LOG_CHUNK). */
  readonly tail: readonly LogEntry[];
}

export const EMPTY_LOG: MoveLog = { chunks: [], tail: [] };

export function logLength(log: MoveLog): number {
  return log.chunks.length * LOG_CHUNK + log.tail.length;
}

/** The log with `entries` added at the end; `log` itself is unchanged. */
export function appendLog(log: MoveLog, entries: readonly LogEntry[]): MoveLog {
  const added = entries.length;
  if (added === 0) return log;
  const old = log.tail;
  const size = old.length + added;
  // Copied by hand: cheaper than concat's generic path for these short lists.
  const all = new Array<LogEntry>(size);
  for (let i = 0; i < old.length; i++) all[i] = old[i] as LogEntry;
  for (let i = 0; i < added; i++) all[old.length + i] = entries[i] as LogEntry;
  // The common case: the tail stays short of a full chunk.
  if (size < LOG_CHUNK) return { chunks: log.chunks, tail: all };
  const chunks = log.chunks.slice();
  let at = 0;
  for (; at + LOG_CHUNK <= all.length; at += LOG_CHUNK) chunks.push(all.slice(at, at + LOG_CHUNK));
  return { chunks, tail: all.slice(at) };
}

const flattened = new WeakMap<MoveLog, readonly LogEntry[]>();

/**
 * Every entry, oldest first, as one array: built once per log value and shared, so callers must
 * not modify it.
 */
export function logEntries(log: MoveLog): readonly LogEntry[] {
  let all = flattened.get(log);
  if (!all) {
    const out: LogEntry[] = [];
    for (const chunk of log.chunks) for (const entry of chunk) out.push(entry);
    for (const entry of log.tail) out.push(entry);
    all = out;
    flattened.set(log, all);
  }
  return all;
}

/** A log holding `entries` (from a saved game that kept its log as a plain array). */
export function logFrom(entries: readonly LogEntry[]): MoveLog {
  return appendLog(EMPTY_LOG, entries);
}

/** Whether `value` has the shape of a MoveLog (for checking saved games). */
export function isMoveLog(value: unknown): value is MoveLog {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { chunks?: unknown; tail?: unknown };
  return Array.isArray(v.chunks) && Array.isArray(v.tail) && v.chunks.every((c) => Array.isArray(c) && c.length === LOG_CHUNK) && v.tail.length < LOG_CHUNK;
}

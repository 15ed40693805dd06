/**
 * The debrief: every seat's reasons (revealed now the game is over), the discussion questions, and
 * the words of the step-by-step replay (./replay.ts rebuilds the table at each step).
 *
 * A bot's reason is its own reckoning as it moved; a player's is rebuilt by the engine from the
 * player's own figures at the moment (engine/move-reasons.ts) and kept apart from any reason the
 * player typed, so both can sit side by side.
 */
import type { Debrief } from '../../engine/debrief.js';
import type { MoveReason } from '../../engine/move-reasons.js';
import type { LogEntry } from '../../engine/rules/state.js';
import type { RoleId } from '../../engine/types.js';
import type { PublicLevel } from '../../engine/view.js';
import { levelNaming } from '../../protocol/engine-words.js';
import { moveReasonText, moveWords } from '../../protocol/move-words.js';
import { logLine, type LogLineVm } from './log.js';
import { localText, roleName, type T } from './text.js';

export interface ReasonLineVm extends LogLineVm {
  /** Why the move made sense by the mover's own figures then (players' moves), in words; null for a bot's. */
  readonly derived: string | null;
}

export interface ReasonVm {
  readonly role: string;
  readonly name: string;
  readonly lines: readonly ReasonLineVm[];
}

/** The player moves' reasons by log index, worded for `viewer` ("you" for its own seat). */
export function derivedReasons(level: PublicLevel, moves: readonly MoveReason[], viewer: string | null, language: string): Map<number, string> {
  const naming = levelNaming(level, language);
  const resource = (role: string): string => localText(level.roles.find((r) => r.id === role)?.resource.name, language);
  const catalog = moveWords(language);
  return new Map(moves.map((m) => [m.logIndex, moveReasonText(m, m.role === viewer ? 'you' : 'seat', naming, resource, catalog)]));
}

/** A log line with the mover's derived reason beside its own words. */
export function reasonLine(level: PublicLevel, entry: LogEntry, index: number, derived: ReadonlyMap<number, string>, language: string, t: T): ReasonLineVm {
  return { ...logLine(level, entry, index, language, t), derived: derived.get(index) ?? null };
}

/** Each seat's moves with their reasons: a bot's own, a player's typed one, and a player's derived one. */
export function reasonsVm(level: PublicLevel, debrief: Debrief, language: string, t: T, viewer: string | null = null): ReasonVm[] {
  const derived = derivedReasons(level, debrief.moves ?? [], viewer, language);
  return level.roles.map((r) => ({
    role: r.id,
    name: localText(r.name, language),
    lines: debrief.log
      .map((e, i) => ({ e, i }))
      .filter(({ e, i }) => 'role' in e && e.role === r.id && e.kind !== 'change' && e.kind !== 'intel' && (derived.has(i) || ('reason' in e && !!e.reason) || ('why' in e && !!e.why)))
      .map(({ e, i }) => reasonLine(level, e, i, derived, language, t)),
  }));
}

/**
 * Three or four questions to discuss (the level's teaching block marks them; the engine picks
 * them into the debrief), then the level's question for the viewer's own seat.
 */
export function questionsVm(level: PublicLevel, viewer: RoleId | null, language: string, debrief: Debrief | null = null): { questions: string[]; perRole: string | null } {
  const chosen = debrief?.discussion && debrief.discussion.length > 0 ? debrief.discussion : level.debrief.questions;
  return {
    questions: chosen.map((q) => localText(q, language)),
    perRole: viewer ? localText(level.debrief.perRole[viewer], language) || null : null,
  };
}

export { roleName };

/**
 * The debrief's replay: the table itself at each step of the game, seen by the seat the reader
 * picks through the same per-role view the players had during play. The steps come from a
 * `ReplaySource`: a local game replays its seed and history in the browser and may show any seat;
 * an online game's server sends the seat its own steps (engine/replay.ts), so it shows that seat
 * and the public table, nothing of another seat's.
 *
 * What a step shows stays within what the debrief already reveals: the seat's own points and
 * intelligence as they stood then, the public table, the moves of the step with their public
 * statements and the reasons the debrief shows anyway (bots' own, players' derived ones). Another
 * seat's private entries (what changed for it) are left out, as in the seat's view.
 */
import type { Debrief } from '../../engine/debrief.js';
import { stepView, type ReplaySource } from '../../engine/replay.js';
import type { RoleId } from '../../engine/types.js';
import { logFor, type PublicLevel, type RoleView } from '../../engine/view.js';
import { derivedReasons, reasonLine, type ReasonLineVm } from './debrief.js';
import { valueChanges, type ValueChangeVm } from './effects.js';
import { eventBannerVm, type EventBannerVm } from './log.js';
import { revealsSince, type RevealVm } from './table.js';
import type { T } from './text.js';

export interface ReplayStepVm {
  readonly step: number;
  readonly steps: number;
  /** The table at this step, as the viewer saw it (viewer null: the public table). */
  readonly view: RoleView;
  /** The moves and happenings of this step, with statements and reasons. */
  readonly lines: readonly ReasonLineVm[];
  /** What this step changed in the viewer's own points, each with its cause. */
  readonly changes: readonly ValueChangeVm[];
  /** What the viewer's information cards revealed at this step. */
  readonly reveals: readonly RevealVm[];
  readonly banner: EventBannerVm | null;
}

/** Step `step` (clamped to the game) of a replay, seen by `viewer`. */
export function replayStepVm(level: PublicLevel, debrief: Debrief, source: ReplaySource, step: number, viewer: RoleId | null, language: string, t: T): ReplayStepVm {
  const steps = source.steps;
  const k = Math.max(0, Math.min(steps, Math.floor(step)));
  const seen = source.viewers.includes(viewer) ? viewer : null;
  const frame = source.at(k, seen);
  const prev = source.at(Math.max(0, k - 1), seen);
  const view = stepView(frame, debrief.log);
  const before = stepView(prev, debrief.log);
  const from = k === 0 ? 0 : prev.logLength;
  const entries = debrief.log.slice(from, frame.logLength);
  // The step's entries as the viewer may read them after the game: reasons shown, others' private entries out.
  const own = logFor(entries, seen, true);
  const derived = derivedReasons(level, debrief.moves, seen, language);
  const lines: ReasonLineVm[] = [];
  let at = from;
  for (const entry of entries) {
    if (own.includes(entry) && entry.kind !== 'change' && entry.kind !== 'intel') lines.push(reasonLine(level, entry, at, derived, language, t));
    at++;
  }
  const fresh = view.log.slice(before.log.length);
  return {
    step: k,
    steps,
    view,
    lines,
    changes: k === 0 ? [] : valueChanges(level, before, view, fresh, before.log.length, language, t),
    reveals: k === 0 ? [] : revealsSince(level, view, before.self?.intel.length ?? 0, language, t),
    banner: k === 0 ? null : eventBannerVm(level, view.log, before.log.length, language),
  };
}

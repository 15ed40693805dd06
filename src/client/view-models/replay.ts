/**
 * The debrief's replay: the table itself at each step of the game. The game is its seed and event
 * log, so a fresh engine session replays the log once and keeps the state after every event (states
 * are immutable and share their parts, so keeping them all is cheap); a step is then one of them,
 * seen by the seat the reader picks, through the same per-role view the players had during play.
 *
 * What a step shows stays within what the debrief already reveals: the seat's own points and
 * intelligence as they stood then, the public table, the moves of the step with their public
 * statements and the reasons the debrief shows anyway (bots' own, players' derived ones). Another
 * seat's private entries (what changed for it) are left out, as in the seat's view.
 */
import type { Debrief } from '../../engine/debrief.js';
import type { LevelModel } from '../../engine/level/model.js';
import { GameSession } from '../../engine/session.js';
import type { GameState, Phase } from '../../engine/rules/state.js';
import { logFor, viewFor, type PublicLevel, type RoleView } from '../../engine/view.js';
import { derivedReasons, reasonLine, type ReasonLineVm } from './debrief.js';
import { valueChanges, type ValueChangeVm } from './effects.js';
import { eventBannerVm, type EventBannerVm } from './log.js';
import { revealsSince, type RevealVm } from './table.js';
import type { T } from './text.js';
import type { RoleId } from '../../engine/types.js';

export interface ReplayFrame {
  readonly state: GameState;
  readonly phase: Phase;
  /** The length of the full move log after this step. */
  readonly logLength: number;
}

/** The state before any event (frame 0), then after each event of the debrief's history. */
export function replayFrames(model: LevelModel, seed: number | string, debrief: Debrief): ReplayFrame[] {
  const session = GameSession.create(model, seed);
  const frames: ReplayFrame[] = [{ state: session.state, phase: session.phase, logLength: session.log.length }];
  try {
    for (const [i, event] of debrief.history.entries()) {
      const result = session.send(event);
      if (!result.ok) throw new Error(`replay: event ${i + 1} (${event.type}) was refused: ${result.refusal.code}`);
      frames.push({ state: session.state, phase: session.phase, logLength: session.log.length });
    }
  } finally {
    session.stop();
  }
  return frames;
}

export interface ReplayStepVm {
  readonly step: number;
  readonly steps: number;
  /** The table at this step, as `viewer` saw it (null: the public table). */
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
export function replayStepVm(model: LevelModel, level: PublicLevel, debrief: Debrief, frames: readonly ReplayFrame[], step: number, viewer: RoleId | null, language: string, t: T): ReplayStepVm {
  const steps = frames.length - 1;
  const k = Math.max(0, Math.min(steps, Math.floor(step)));
  const frame = frames[k] as ReplayFrame;
  const prev = frames[Math.max(0, k - 1)] as ReplayFrame;
  const view = viewFor(model, frame.state, frame.phase, viewer);
  const before = viewFor(model, prev.state, prev.phase, viewer);
  const from = k === 0 ? 0 : prev.logLength;
  const full = debrief.log.length >= frame.logLength ? debrief.log : view.log;
  // The step's entries as the viewer may read them after the game: reasons shown, others' private entries out.
  const own = logFor(full.slice(from, frame.logLength), viewer, true);
  const derived = derivedReasons(level, debrief.moves, viewer, language);
  const lines: ReasonLineVm[] = [];
  let at = from;
  for (const entry of full.slice(from, frame.logLength)) {
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

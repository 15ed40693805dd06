/**
 * The debrief: every seat's stated reasons (revealed now the game is over), the discussion
 * questions, and the step-by-step replay, which rebuilds the game from its event log through a
 * fresh engine session so each step shows exactly what the rules produced.
 */
import type { Debrief } from '../../engine/debrief.js';
import type { LevelModel } from '../../engine/level/model.js';
import { GameSession } from '../../engine/session.js';
import { publicLevel, viewFor, type PublicLevel, type RoleView } from '../../engine/view.js';
import { logLine, type LogLineVm } from './log.js';
import { localText, roleName, type T } from './text.js';

export interface ReasonVm {
  readonly role: string;
  readonly name: string;
  readonly lines: readonly LogLineVm[];
}

export function reasonsVm(level: PublicLevel, debrief: Debrief, language: string, t: T): ReasonVm[] {
  return level.roles.map((r) => ({
    role: r.id,
    name: localText(r.name, language),
    lines: debrief.log
      .map((e, i) => ({ e, i }))
      .filter(({ e }) => 'role' in e && e.role === r.id && (('reason' in e && !!e.reason) || ('why' in e && !!e.why)))
      .map(({ e, i }) => logLine(level, e, i, language, t)),
  }));
}

export function questionsVm(level: PublicLevel, viewer: string | null, language: string): { questions: string[]; perRole: string | null } {
  return {
    questions: level.debrief.questions.map((q) => localText(q, language)),
    perRole: viewer ? localText(level.debrief.perRole[viewer], language) || null : null,
  };
}

export interface ReplayStepVm {
  readonly step: number;
  readonly steps: number;
  /** The event applied at this step, as a log-style sentence (null at step 0). */
  readonly view: RoleView;
  readonly lastLines: readonly LogLineVm[];
}

/** The game after its first `step` events, seen by `viewer` (null: the public table). */
export function replayStep(model: LevelModel, seed: number | string, debrief: Debrief, step: number, viewer: string | null, language: string, t: T): ReplayStepVm {
  const steps = debrief.history.length;
  const k = Math.max(0, Math.min(steps, Math.floor(step)));
  const session = GameSession.replay(model, seed, debrief.history.slice(0, k));
  const view = viewFor(model, session.state, session.phase, viewer);
  const before = k === 0 ? 0 : GameSession.replay(model, seed, debrief.history.slice(0, k - 1)).log.length;
  const level = publicLevel(model.level);
  const lastLines = session.log
    .slice(before)
    .map((e, i) => logLine(level, e, before + i, language, t));
  session.stop();
  return { step: k, steps, view, lastLines };
}

export { roleName };

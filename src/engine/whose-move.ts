/**
 * Whose move the game waits for, asked in one place by every host of a table: the server's table
 * host (bots, seat hand-over, timers), the browser's local table (solo, hot-seat) and their turn
 * clocks. In negotiation one role holds the turn; in the final decision every voter who has not
 * voted yet is due at once (votes are simultaneous); before and after the game nobody is.
 */
import type { LevelModel } from './level/model.js';
import type { GameState, Phase } from './rules/state.js';
import type { RoleId } from './types.js';

/** The roles whose move the game waits for, in turn order (negotiation) or voter order (final decision). */
export function dueRoles(model: LevelModel, state: GameState, phase: Phase): RoleId[] {
  if (phase === 'negotiating') {
    const role = model.turnOrder[state.turn];
    return role === undefined ? [] : [role];
  }
  if (phase === 'finalDecision') return model.voters.filter((voter) => !(voter in state.votes));
  return [];
}

/** The first due role that passes `test` (a bot seat, a human seat), or null. */
export function firstDue(model: LevelModel, state: GameState, phase: Phase, test: (role: RoleId) => boolean): RoleId | null {
  return dueRoles(model, state, phase).find(test) ?? null;
}

/**
 * Names the current turn: a turn clock restarts when it changes. A negotiation turn is one role's
 * (round and turn index); the final decision is one timed turn for all its voters.
 */
export function turnKey(state: GameState, phase: Phase): string {
  if (phase === 'negotiating') return `n:${state.round}:${state.turn}`;
  if (phase === 'finalDecision') return `f:${state.round}`;
  return phase;
}

/** Whether a phase has turns to time (the briefing waits for the host; a concluded game is over). */
export function isTimedPhase(phase: Phase): boolean {
  return phase === 'negotiating' || phase === 'finalDecision';
}

/**
 * A whole turn as one event (`turn`): the role's moves in order, then the end of its turn. Each
 * move must be legal in the state the moves before it leave, exactly as if it had been sent alone,
 * and is applied by the same rule; a move that concludes the game must be the last. If any move is
 * refused the whole event is, and nothing changes.
 *
 * Why it exists: the statechart costs the same for every event it takes, whatever the event does,
 * so a bot that sends the rest of its turn at once (bots/driver.ts) passes through the chart once
 * per turn instead of once per move. The log, the views and the outcome are the same either way.
 */
import type { LevelModel } from '../level/model.js';
import * as rules from './apply.js';
import { refusal } from './checks.js';
import type { TurnEvent, TurnMove } from './events.js';
import type { GameState, LogEntry } from './state.js';

/** How a legal turn leaves the game: agreed, at the end of its last turn, or at the next turn. */
export type TurnEnd = 'agreement' | 'lastTurn' | 'nextTurn';

export type TurnResult = { readonly ok: true; readonly state: GameState; readonly ends: TurnEnd } | { readonly ok: false; readonly reason: string };

/** One move of a turn, by the rule that applies it when it is sent alone. */
export function applyMove(model: LevelModel, state: GameState, move: TurnMove): GameState {
  switch (move.type) {
    case 'playCard':
      return rules.playCard(model, state, move);
    case 'offer':
      return rules.offer(model, state, move);
    case 'counter':
      return rules.counter(model, state, move);
    case 'accept':
      return rules.accept(model, state, move);
    case 'reject':
      return rules.reject(model, state, move);
  }
}

function describe(index: number, move: TurnMove): string {
  return `move ${index + 1} of the turn (${String(move.type)})`;
}

function evaluate(model: LevelModel, state: GameState, event: TurnEvent): TurnResult {
  let next = state;
  const moves = event.moves;
  // The moves' log entries are gathered and written once, at the end of the turn (apply.ts).
  const log: LogEntry[] = [];
  for (let i = 0; i < moves.length; i++) {
    const move = moves[i] as TurnMove;
    if (move.role !== event.role) return { ok: false, reason: `${describe(i, move)} is ${String(move.role)}'s, not ${event.role}'s` };
    const reason = refusal(model, next, move);
    if (reason !== null) return { ok: false, reason: `${describe(i, move)}: ${reason}` };
    next = rules.applyMoveInto(model, next, move, log);
    if (next.outcome !== null) {
      if (i < moves.length - 1) return { ok: false, reason: `${describe(i + 1, moves[i + 1] as TurnMove)}: the game ended in agreement with the move before it` };
      return { ok: true, state: rules.withTurnLog(next, log), ends: 'agreement' };
    }
  }
  const last = rules.isLastTurnOfGame(model, next);
  return { ok: true, state: rules.endWholeTurn(model, next, event.reason, log), ends: last ? 'lastTurn' : 'nextTurn' };
}

/**
 * The chart asks about one turn event several times in a row (which transition, then its action);
 * states and events are immutable, so the last answer is kept for the same pair. One slot is
 * enough for that, and far cheaper than a WeakMap, whose entries cost the collector extra work.
 */
let last: { event: TurnEvent | null; from: GameState | null; model: LevelModel | null; result: TurnResult } = { event: null, from: null, model: null, result: { ok: false, reason: '' } };

/** What the turn does to `state`: its refusal, or the state after it and how it ends. */
export function playTurn(model: LevelModel, state: GameState, event: TurnEvent): TurnResult {
  if (last.event === event && last.from === state && last.model === model) return last.result;
  const result = evaluate(model, state, event);
  last = { event, from: state, model, result };
  return result;
}

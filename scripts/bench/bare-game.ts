/**
 * The benchmark's baseline: the same bots making the same decisions through the same pure rules
 * (checks.ts via legal.ts, apply.ts), but with the phase flow written as a plain loop instead of the XState
 * chart and no session around it. The ratio of the two speeds is what the statechart costs.
 */
import { createBot, type StrategyId } from '../../src/engine/bots/index.js';
import type { LevelModel } from '../../src/engine/level/model.js';
import * as rules from '../../src/engine/rules/apply.js';
import { refusal } from '../../src/engine/rules/legal.js';
import type { GameEvent } from '../../src/engine/rules/events.js';
import type { GameState, Phase } from '../../src/engine/rules/state.js';
import type { ByRole, RoleId } from '../../src/engine/types.js';
import { viewFor } from '../../src/engine/view.js';

function step(model: LevelModel, state: GameState, event: GameEvent): GameState {
  switch (event.type) {
    case 'playCard':
      return rules.playCard(model, state, event);
    case 'offer':
      return rules.offer(model, state, event);
    case 'counter':
      return rules.counter(model, state, event);
    case 'accept':
      return rules.accept(model, state, event);
    case 'reject':
      return rules.reject(model, state, event);
    case 'endTurn':
    case 'timeout':
      return rules.endTurn(model, state, event);
    case 'vote':
      return rules.recordVote(model, state, event);
    default:
      return state;
  }
}

/**
 * One bare game. `onEvent`, if given, sees every event the bots send, in order, before it is
 * applied: the benchmark steps its XState-alone chart there, to measure the two interleaved.
 */
export function playBareGame(model: LevelModel, seed: number, strategies: ByRole<StrategyId>, onEvent?: (event: GameEvent) => void): GameState {
  const bots = new Map(model.roleIds.map((role, i) => [role, createBot(model, role, strategies[role] ?? 'dealmaker', (seed * 31 + i) >>> 0)]));
  let state = rules.startGame(model, rules.initialState(model, seed));
  onEvent?.({ type: 'start' });
  let phase: Phase = 'negotiating';
  while (phase !== 'concluded') {
    const role =
      phase === 'negotiating' ? (model.turnOrder[state.turn] as RoleId) : (model.voters.find((v) => !(v in state.votes)) as RoleId);
    const bot = bots.get(role);
    if (!bot) throw new Error(`no bot for ${role}`);
    const view = viewFor(model, state, phase, role, false);
    const event = bot.act(view);
    const refused = refusal(model, state, event);
    if (refused) throw new Error(`bare loop: ${JSON.stringify(refused)}`);
    onEvent?.(event);
    const lastTurn = (event.type === 'endTurn' || event.type === 'timeout') && rules.isLastTurnOfGame(model, state);
    state = step(model, state, event);
    if (phase === 'negotiating') {
      if (state.outcome?.kind === 'agreement') phase = 'concluded';
      else if (lastTurn) {
        state = rules.openFinalDecision(model, state);
        phase = 'finalDecision';
        if (state.candidate === null) {
          state = rules.concludeWithoutDeal(model, state);
          phase = 'concluded';
        }
      }
    } else if (rules.allVotesCast(model, state)) {
      state = rules.settleVote(model, state);
      phase = 'concluded';
    }
  }
  return state;
}

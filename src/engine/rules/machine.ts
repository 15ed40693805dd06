/**
 * The negotiation as an XState v5 statechart: the game's phases (briefing → negotiating, turn by
 * turn and round by round → final decision → concluded) and the rules that move a game from one
 * to the next. Whether a move is allowed is asked of the rules table (checks.ts, through
 * legal.ts), once, by the guard `followsTheRules`; what a move does is the pure rules of apply.ts.
 * The session (../session.ts) runs it with one XState actor per game.
 */
import { and, assign, setup } from 'xstate';
import type { LevelModel } from '../level/model.js';
import * as rules from './apply.js';
import { refusal } from './legal.js';
import type { GameEvent } from './events.js';
import type { GameState } from './state.js';

export interface GameInput {
  readonly seed: number | string;
}

/**
 * The chart's context holds the game state under one key. XState copies the context's top-level keys
 * on every assignment; one key keeps that copy trivial however large the state grows.
 */
export interface GameContext {
  readonly game: GameState;
}

/** The event of one type (an action runs only on the transitions of its own event type). */
type EventOf<T extends GameEvent['type']> = Extract<GameEvent, { type: T }>;
const move =
  <T extends GameEvent['type']>(rule: (model: LevelModel, game: GameState, event: EventOf<T>) => GameState, model: LevelModel) =>
  ({ context, event }: { context: GameContext; event: GameEvent }): GameContext => ({ game: rule(model, context.game, event as EventOf<T>) });

export function createGameMachine(model: LevelModel) {
  return setup({
    types: {
      context: {} as GameContext,
      events: {} as GameEvent,
      input: {} as GameInput,
    },
    guards: {
      /** The move breaks no rule of the table: its seat, its turn, its hand, its resource, an open offer... */
      followsTheRules: ({ context, event }) => refusal(model, context.game, event) === null,
      /** The last seat's turn in the last round: when it ends, the negotiation is over. */
      isLastTurnOfGame: ({ context }) => rules.isLastTurnOfGame(model, context.game),
      /** Every voter has accepted one offer: it was adopted on the spot. */
      hasAgreement: ({ context }) => context.game.outcome !== null,
      /** No open offer is left to put to the vote. */
      hasNoCandidate: ({ context }) => context.game.candidate === null,
      allVotesCast: ({ context }) => rules.allVotesCast(model, context.game),
    },
    actions: {
      startGame: assign(({ context }) => ({ game: rules.startGame(model, context.game) })),
      playCard: assign(move<'playCard'>(rules.playCard, model)),
      offer: assign(move<'offer'>(rules.offer, model)),
      counter: assign(move<'counter'>(rules.counter, model)),
      accept: assign(move<'accept'>(rules.accept, model)),
      reject: assign(move<'reject'>(rules.reject, model)),
      endTurn: assign(move<'endTurn' | 'timeout'>(rules.endTurn, model)),
      inject: assign(move<'inject'>(rules.inject, model)),
      openFinalDecision: assign(({ context }) => ({ game: rules.openFinalDecision(model, context.game) })),
      recordVote: assign(move<'vote'>(rules.recordVote, model)),
      settleVote: assign(({ context }) => ({ game: rules.settleVote(model, context.game) })),
      concludeWithoutDeal: assign(({ context }) => ({ game: rules.concludeWithoutDeal(model, context.game) })),
    },
  }).createMachine({
    id: 'ministerial',
    context: ({ input }) => ({ game: rules.initialState(model, input.seed) }),
    initial: 'briefing',
    states: {
      briefing: {
        on: { start: { target: 'negotiating', actions: 'startGame' } },
      },
      negotiating: {
        // An offer, a counter or an acceptance that every voter has now accepted ends the game.
        always: { guard: 'hasAgreement', target: 'concluded' },
        on: {
          playCard: { guard: 'followsTheRules', actions: 'playCard' },
          offer: { guard: 'followsTheRules', actions: 'offer' },
          counter: { guard: 'followsTheRules', actions: 'counter' },
          accept: { guard: 'followsTheRules', actions: 'accept' },
          reject: { guard: 'followsTheRules', actions: 'reject' },
          endTurn: [
            { guard: and(['isLastTurnOfGame', 'followsTheRules']), target: 'finalDecision', actions: 'endTurn' },
            { guard: 'followsTheRules', actions: 'endTurn' },
          ],
          // The turn clock ends a turn whoever holds it; no seat sends this.
          timeout: [{ guard: 'isLastTurnOfGame', target: 'finalDecision', actions: 'endTurn' }, { actions: 'endTurn' }],
          inject: { guard: 'followsTheRules', actions: 'inject' },
        },
      },
      finalDecision: {
        entry: 'openFinalDecision',
        always: [
          { guard: 'hasNoCandidate', target: 'concluded', actions: 'concludeWithoutDeal' },
          { guard: 'allVotesCast', target: 'concluded', actions: 'settleVote' },
        ],
        on: {
          vote: { guard: 'followsTheRules', actions: 'recordVote' },
          // The facilitator may still shake the room before the gavel falls.
          inject: { guard: 'followsTheRules', actions: 'inject' },
        },
      },
      concluded: { type: 'final' },
    },
  });
}

export type GameMachine = ReturnType<typeof createGameMachine>;

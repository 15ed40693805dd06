/**
 * The negotiation as an XState v5 statechart: briefing → negotiating (turns and rounds) → final
 * decision → concluded. Guards are the named rules of checks.ts, actions the pure rules of
 * apply.ts; the chart itself says which rule applies when, and nothing else moves a game on.
 */
import { assign, setup } from 'xstate';
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

type Guard = (args: { context: GameContext; event: GameEvent }) => boolean;

export function createGameMachine(model: LevelModel) {
  /**
   * The rule check behind every move's guard (`canPlayCard`, `canOffer`, ...): the event keeps
   * every rule checks.ts lists for its type (`isOwnTurn`, `cardInHand`, `hasEnoughResource`, ...).
   * A move's transitions only ever see events of the move's own type.
   */
  const legal: Guard = ({ context, event }) => refusal(model, context.game, event) === null;
  return setup({
    types: {
      context: {} as GameContext,
      events: {} as GameEvent,
      input: {} as GameInput,
    },
    guards: {
      canPlayCard: legal,
      canOffer: legal,
      canCounter: legal,
      canAccept: legal,
      canReject: legal,
      canEndTurn: legal,
      canInject: legal,
      canVote: legal,
      // The cheap test comes first in each of these, so the full rule check runs once per event
      // (plain guards rather than xstate's `and`, which costs more on the hot path of self-play).
      /** A legal move that leaves an offer accepted by every voter: consensus on the spot. */
      offerCompletesConsensus: (args) => rules.completesConsensus(model, args.context.game, args.event) && legal(args),
      counterCompletesConsensus: (args) => rules.completesConsensus(model, args.context.game, args.event) && legal(args),
      acceptCompletesConsensus: (args) => rules.completesConsensus(model, args.context.game, args.event) && legal(args),
      /** A legal end of the game's last turn. */
      endsLastTurn: (args) => rules.isLastTurnOfGame(model, args.context.game) && legal(args),
      isLastTurnOfGame: ({ context }) => rules.isLastTurnOfGame(model, context.game),
      hasNoCandidate: ({ context }) => context.game.candidate === null,
      allVotesCast: ({ context }) => rules.allVotesCast(model, context.game),
    },
    actions: {
      startGame: assign(({ context }) => ({ game: rules.startGame(model, context.game) })),
      playCard: assign(({ context, event }) => (event.type === 'playCard' ? { game: rules.playCard(model, context.game, event) } : context)),
      offer: assign(({ context, event }) => (event.type === 'offer' ? { game: rules.offer(model, context.game, event) } : context)),
      counter: assign(({ context, event }) => (event.type === 'counter' ? { game: rules.counter(model, context.game, event) } : context)),
      accept: assign(({ context, event }) => (event.type === 'accept' ? { game: rules.accept(model, context.game, event) } : context)),
      reject: assign(({ context, event }) => (event.type === 'reject' ? { game: rules.reject(model, context.game, event) } : context)),
      endTurn: assign(({ context, event }) => (event.type === 'endTurn' || event.type === 'timeout' ? { game: rules.endTurn(model, context.game, event) } : context)),
      inject: assign(({ context, event }) => (event.type === 'inject' ? { game: rules.inject(model, context.game, event) } : context)),
      openFinalDecision: assign(({ context }) => ({ game: rules.openFinalDecision(model, context.game) })),
      recordVote: assign(({ context, event }) => (event.type === 'vote' ? { game: rules.recordVote(model, context.game, event) } : context)),
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
        on: {
          playCard: { guard: 'canPlayCard', actions: 'playCard' },
          offer: [
            { guard: 'offerCompletesConsensus', target: 'concluded', actions: 'offer' },
            { guard: 'canOffer', actions: 'offer' },
          ],
          counter: [
            { guard: 'counterCompletesConsensus', target: 'concluded', actions: 'counter' },
            { guard: 'canCounter', actions: 'counter' },
          ],
          accept: [
            { guard: 'acceptCompletesConsensus', target: 'concluded', actions: 'accept' },
            { guard: 'canAccept', actions: 'accept' },
          ],
          reject: { guard: 'canReject', actions: 'reject' },
          endTurn: [
            { guard: 'endsLastTurn', target: 'finalDecision', actions: 'endTurn' },
            { guard: 'canEndTurn', actions: 'endTurn' },
          ],
          timeout: [{ guard: 'isLastTurnOfGame', target: 'finalDecision', actions: 'endTurn' }, { actions: 'endTurn' }],
          inject: { guard: 'canInject', actions: 'inject' },
        },
      },
      finalDecision: {
        entry: 'openFinalDecision',
        always: [
          { guard: 'hasNoCandidate', target: 'concluded', actions: 'concludeWithoutDeal' },
          { guard: 'allVotesCast', target: 'concluded', actions: 'settleVote' },
        ],
        on: {
          vote: { guard: 'canVote', actions: 'recordVote' },
          // The facilitator may still shake the room before the gavel falls.
          inject: { guard: 'canInject', actions: 'inject' },
        },
      },
      concluded: { type: 'final' },
    },
  });
}

export type GameMachine = ReturnType<typeof createGameMachine>;

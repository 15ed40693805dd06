/**
 * The rules as pure functions from (state, event) to the next state, gathered for the statechart
 * (machine.ts), which names them as its actions. They assume the event has passed its checks
 * (checks.ts) and leave moving between phases to the statechart. Each lives with its kind:
 * the game's clock (rounds.ts), playing a card (play-card.ts), offers (offers.ts), the final
 * decision (vote.ts); the log entries of moves are built in move-entries.ts.
 */
export { endTurn, initialState, inject, isLastTurnOfGame, startGame } from './rounds.js';
export { playCard } from './play-card.js';
export { accept, counter, offer, reject } from './offers.js';
export { allVotesCast, concludeWithoutDeal, openFinalDecision, recordVote, settleVote } from './vote.js';

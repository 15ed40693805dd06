/**
 * The final decision: the candidate package put to the vote, the votes, and the outcome the
 * level's decision rule gives them (or no deal).
 */
import type { LevelModel } from '../level/model.js';
import type { RoleId } from '../types.js';
import { copyState } from './copy.js';
import { pickCandidate, votesNeeded } from './decision.js';
import type { EventOf } from './events.js';
import { spoken, withLog } from './move-entries.js';
import { adopted } from './offers.js';
import type { GameState, LogEntry, Outcome } from './state.js';

/** The package put to the final vote: the open offer most voters accepted, the latest on a tie. */
export function openFinalDecision(model: LevelModel, state: GameState): GameState {
  const candidate = pickCandidate(model.voters, state.offers).offer;
  const next = copyState(state);
  next.candidate = candidate;
  next.votes = {};
  return withLog(next, [{ kind: 'finalDecision', round: state.round, offer: candidate }]);
}

export function concludeWithoutDeal(_model: LevelModel, state: GameState): GameState {
  const outcome: Outcome = { kind: 'noDeal', package: state.noDeal.slice(), round: state.round };
  const next = copyState(state);
  next.outcome = outcome;
  return withLog(next, [{ kind: 'outcome', round: state.round, outcome: 'noDeal' }]);
}

export function recordVote(_model: LevelModel, state: GameState, event: EventOf<'vote'>): GameState {
  const votes: Record<RoleId, boolean> = Object.assign({}, state.votes);
  votes[event.role] = event.accept;
  const next = copyState(state);
  next.votes = votes;
  return withLog(next, [spoken<Extract<LogEntry, { kind: 'vote' }>>({ kind: 'vote', round: state.round, role: event.role, accept: event.accept }, event)]);
}

export function allVotesCast(model: LevelModel, state: GameState): boolean {
  for (const v of model.voters) if (!Object.hasOwn(state.votes, v)) return false;
  return true;
}

/** Applies the level's decision rule to the votes cast on the candidate. */
export function settleVote(model: LevelModel, state: GameState): GameState {
  const candidate = state.candidate === null ? undefined : state.offers[state.candidate - 1];
  if (!candidate) return concludeWithoutDeal(model, state);
  const yes = model.voters.filter((v) => state.votes[v] === true);
  const { rule, minSignatories } = model.level.decision;
  const passes = yes.length >= votesNeeded(rule, model.voters.length, minSignatories);
  if (!passes) return concludeWithoutDeal(model, state);
  const signatories = rule === 'plurilateral' ? yes : model.voters.slice();
  const outcome: Outcome = { kind: 'agreement', package: candidate.package, offer: candidate.id, signatories, round: state.round };
  return withLog(adopted(state, candidate, outcome), [{ kind: 'outcome', round: state.round, outcome: 'agreement' }]);
}

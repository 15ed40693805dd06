/**
 * The legality rules, each named after what it enforces and each able to say, in plain words, why
 * an event breaks it. The statechart's guards are built from this table and the refusal reasons
 * come from it too, so the chart and the explanations can never disagree.
 */
import type { LevelModel } from '../level/model.js';
import type { GameEvent, GameEventType } from './events.js';
import type { GameState, Offer } from './state.js';
import { playTurn } from './turn.js';

type Check = (model: LevelModel, state: GameState, event: GameEvent) => string | null;

function roleOf(event: GameEvent): string | undefined {
  return 'role' in event ? event.role : undefined;
}

function currentRole(model: LevelModel, state: GameState): string {
  return model.turnOrder[state.turn] as string;
}

function findOffer(state: GameState, id: number): Offer | undefined {
  // Offer ids are dense and start at 1, so the offer with id n sits at index n - 1.
  const offer = state.offers[id - 1];
  return offer && offer.id === id ? offer : undefined;
}

function offerIdOf(event: GameEvent): number | undefined {
  return event.type === 'accept' || event.type === 'reject' || event.type === 'counter' ? event.offer : undefined;
}

export const RULES = {
  isKnownRole: (model, _state, event) => {
    const role = roleOf(event);
    return role !== undefined && model.roleIndex.has(role) ? null : `there is no role "${String(role)}" in this level`;
  },
  isOwnTurn: (model, state, event) => {
    const current = currentRole(model, state);
    return roleOf(event) === current ? null : `it is ${current}'s turn, not ${String(roleOf(event))}'s`;
  },
  cardInHand: (_model, state, event) => {
    if (event.type !== 'playCard') return null;
    return state.roles[event.role]?.hand.includes(event.card) ? null : `card "${event.card}" is not in ${event.role}'s hand`;
  },
  hasEnoughResource: (model, state, event) => {
    if (event.type !== 'playCard') return null;
    const card = model.cards.get(event.card);
    const have = state.roles[event.role]?.resources ?? 0;
    if (!card) return `there is no card "${event.card}"`;
    return have >= card.cost ? null : `card "${event.card}" costs ${card.cost} but ${event.role} has ${have}`;
  },
  withinCardLimit: (model, state, event) => {
    const limit = model.level.rounds.cardsPerTurn;
    const played = state.roles[roleOf(event) ?? '']?.cardsPlayedThisTurn ?? 0;
    return played < limit ? null : `only ${limit} card${limit === 1 ? '' : 's'} may be played per turn`;
  },
  targetFitsCard: (model, _state, event) => {
    if (event.type !== 'playCard') return null;
    const card = model.cards.get(event.card);
    if (!card) return `there is no card "${event.card}"`;
    if (!card.needsTarget) return event.target === undefined ? null : `card "${event.card}" does not take a target`;
    if (event.target === undefined) return `card "${event.card}" needs a target role`;
    if (!model.roleIndex.has(event.target)) return `there is no role "${event.target}" to target`;
    return event.target === event.role ? `a role cannot target itself with "${event.card}"` : null;
  },
  hasNotOfferedThisTurn: (_model, state, event) =>
    state.roles[roleOf(event) ?? '']?.offeredThisTurn ? 'only one package may be put on the table per turn' : null,
  isCompletePackage: (model, state, event) => {
    if (event.type !== 'offer' && event.type !== 'counter') return null;
    const pkg = event.package as Record<string, unknown>;
    if (typeof pkg !== 'object' || pkg === null) return 'a package must give one option for each issue';
    for (const key in pkg) {
      if (Object.hasOwn(pkg, key) && !model.issueIndex.has(key)) return `there is no issue "${key}" on the table`;
    }
    for (let i = 0; i < model.issueIds.length; i++) {
      const issue = model.issueIds[i] as string;
      const option = pkg[issue];
      if (option === undefined) return `the package gives no option for issue "${issue}"`;
      const count = model.optionCounts[i] as number;
      if (typeof option !== 'number' || !Number.isInteger(option) || option < 0 || option >= count) {
        return `issue "${issue}" has options 0 to ${count - 1}, not ${String(option)}`;
      }
      if (!state.available[i]?.[option]) return `option ${option} of issue "${issue}" has not been tabled yet (it is locked)`;
    }
    return null;
  },
  offerIsOpen: (_model, state, event) => {
    const id = offerIdOf(event);
    if (id === undefined) return null;
    const offer = findOffer(state, id);
    if (!offer) return `there is no offer #${id}`;
    return offer.status === 'open' ? null : `offer #${id} is no longer on the table (${offer.status})`;
  },
  isNotOwnOffer: (_model, state, event) => {
    const id = offerIdOf(event);
    const offer = id === undefined ? undefined : findOffer(state, id);
    return offer && offer.by === roleOf(event) ? `offer #${offer.id} is ${offer.by}'s own offer` : null;
  },
  hasNotAlreadyAccepted: (_model, state, event) => {
    if (event.type !== 'accept') return null;
    const offer = findOffer(state, event.offer);
    return offer?.acceptedBy.includes(event.role) ? `${event.role} has already accepted offer #${event.offer}` : null;
  },
  hasNotAlreadyRejected: (_model, state, event) => {
    if (event.type !== 'reject') return null;
    const offer = findOffer(state, event.offer);
    return offer?.rejectedBy.includes(event.role) ? `${event.role} has already rejected offer #${event.offer}` : null;
  },
  isKnownEvent: (model, _state, event) =>
    event.type !== 'inject' || model.events.has(event.event) ? null : `there is no event "${event.type === 'inject' ? event.event : ''}" in this level`,
  isVoter: (model, _state, event) =>
    model.voters.includes(roleOf(event) ?? '') ? null : `${String(roleOf(event))} has no vote in the final decision`,
  hasNotVoted: (_model, state, event) =>
    roleOf(event) !== undefined && Object.hasOwn(state.votes, roleOf(event) as string) ? `${String(roleOf(event))} has already voted` : null,
  /** Every move of a turn event legal where the moves before it leave the game (rules/turn.ts). */
  movesAreLegal: (model, state, event) => {
    if (event.type !== 'turn') return null;
    const result = playTurn(model, state, event);
    return result.ok ? null : result.reason;
  },
  isBooleanVote: (_model, _state, event) =>
    event.type !== 'vote' || typeof event.accept === 'boolean' ? null : 'a vote is accept: true or accept: false',
} satisfies Record<string, Check>;

export type RuleName = keyof typeof RULES;

/** Which rules an event must satisfy, in the order a player would want to hear about them. */
export const CHECKS: Record<GameEventType, readonly RuleName[]> = {
  start: [],
  playCard: ['isKnownRole', 'isOwnTurn', 'withinCardLimit', 'cardInHand', 'hasEnoughResource', 'targetFitsCard'],
  offer: ['isKnownRole', 'isOwnTurn', 'hasNotOfferedThisTurn', 'isCompletePackage'],
  counter: ['isKnownRole', 'isOwnTurn', 'hasNotOfferedThisTurn', 'offerIsOpen', 'isNotOwnOffer', 'isCompletePackage'],
  accept: ['isKnownRole', 'offerIsOpen', 'isNotOwnOffer', 'hasNotAlreadyAccepted'],
  reject: ['isKnownRole', 'offerIsOpen', 'isNotOwnOffer', 'hasNotAlreadyRejected'],
  endTurn: ['isKnownRole', 'isOwnTurn'],
  turn: ['isKnownRole', 'isOwnTurn', 'movesAreLegal'],
  timeout: [],
  inject: ['isKnownEvent'],
  vote: ['isKnownRole', 'isVoter', 'hasNotVoted', 'isBooleanVote'],
};

/** CHECKS with the rules themselves in place of their names (looked up once, not per event). */
const CHECK_FUNCTIONS: ReadonlyMap<string, readonly Check[]> = new Map(Object.entries(CHECKS).map(([type, names]) => [type, names.map((name) => RULES[name] as Check)]));

/** The first rule the event breaks, as a sentence, or null when the rules allow it. */
export function refusal(model: LevelModel, state: GameState, event: GameEvent): string | null {
  const checks = CHECK_FUNCTIONS.get(event.type);
  if (!checks) return `unknown event type "${String((event as { type?: unknown }).type)}"`;
  for (let i = 0; i < checks.length; i++) {
    const reason = (checks[i] as Check)(model, state, event);
    if (reason !== null) return reason;
  }
  return null;
}

export { findOffer, currentRole };

/**
 * The legality rules, each named after what it enforces and each able to say, in plain words, why
 * an event breaks it. The statechart's guards ask `refusal` and the refusal reasons come from it
 * too, so the chart and the explanations can never disagree.
 */
import type { LevelModel } from '../level/model.js';
import type { CardId, EventId, RoleId } from '../types.js';
import type { GameEvent, GameEventType, TurnEvent } from './events.js';
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

function answersAnOffer(event: GameEvent): event is Extract<GameEvent, { offer: number }> {
  return event.type === 'accept' || event.type === 'reject' || event.type === 'counter';
}

/*
 * Each rule is first written on the fields it reads (a role id, a card id, an offer id), so that
 * the per-event refusal below can call it with those fields directly: every call there is to one
 * known function on values of one kind, which the JIT inlines. The checks of every move take up to
 * a tenth of a bot game; called through a table of closures with whole events of a dozen shapes,
 * they took a few per cent more.
 */
function unknownRole(model: LevelModel, role: string | undefined): string | null {
  return role !== undefined && model.roleIndex.has(role) ? null : `there is no role "${String(role)}" in this level`;
}

function notOwnTurn(model: LevelModel, state: GameState, role: string | undefined): string | null {
  const current = currentRole(model, state);
  return role === current ? null : `it is ${current}'s turn, not ${String(role)}'s`;
}

function notInHand(state: GameState, role: RoleId, card: CardId): string | null {
  return state.roles[role]?.hand.includes(card) ? null : `card "${card}" is not in ${role}'s hand`;
}

function cannotAfford(model: LevelModel, state: GameState, role: RoleId, cardId: CardId): string | null {
  const card = model.cards.get(cardId);
  const have = state.roles[role]?.resources ?? 0;
  if (!card) return `there is no card "${cardId}"`;
  return have >= card.cost ? null : `card "${cardId}" costs ${card.cost} but ${role} has ${have}`;
}

function overCardLimit(model: LevelModel, state: GameState, role: string | undefined): string | null {
  const limit = model.level.rounds.cardsPerTurn;
  const played = state.roles[role ?? '']?.cardsPlayedThisTurn ?? 0;
  return played < limit ? null : `only ${limit} card${limit === 1 ? '' : 's'} may be played per turn`;
}

function badTarget(model: LevelModel, role: RoleId, cardId: CardId, target: RoleId | undefined): string | null {
  const card = model.cards.get(cardId);
  if (!card) return `there is no card "${cardId}"`;
  if (!card.needsTarget) return target === undefined ? null : `card "${cardId}" does not take a target`;
  if (target === undefined) return `card "${cardId}" needs a target role`;
  if (!model.roleIndex.has(target)) return `there is no role "${target}" to target`;
  return target === role ? `a role cannot target itself with "${cardId}"` : null;
}

function alreadyOffered(state: GameState, role: string | undefined): string | null {
  return state.roles[role ?? '']?.offeredThisTurn ? 'only one package may be put on the table per turn' : null;
}

function incompletePackage(model: LevelModel, state: GameState, input: unknown): string | null {
  if (typeof input !== 'object' || input === null) return 'a package must give one option for each issue';
  const pkg = input as Record<string, unknown>;
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
}

function offerNotOpen(state: GameState, id: number): string | null {
  // Only a typed event from code can lack it (the event schema requires it of everything else).
  if (typeof id !== 'number') return 'the move does not say which offer it answers';
  const offer = findOffer(state, id);
  if (!offer) return `there is no offer #${id}`;
  return offer.status === 'open' ? null : `offer #${id} is no longer on the table (${offer.status})`;
}

function ownOffer(state: GameState, id: number, role: string | undefined): string | null {
  const offer = findOffer(state, id);
  return offer && offer.by === role ? `offer #${offer.id} is ${offer.by}'s own offer` : null;
}

function alreadyAccepted(state: GameState, role: RoleId, id: number): string | null {
  return findOffer(state, id)?.acceptedBy.includes(role) ? `${role} has already accepted offer #${id}` : null;
}

function alreadyRejected(state: GameState, role: RoleId, id: number): string | null {
  return findOffer(state, id)?.rejectedBy.includes(role) ? `${role} has already rejected offer #${id}` : null;
}

function unknownEvent(model: LevelModel, id: EventId): string | null {
  return model.events.has(id) ? null : `there is no event "${id}" in this level`;
}

function notVoter(model: LevelModel, role: string | undefined): string | null {
  return model.voters.includes(role ?? '') ? null : `${String(role)} has no vote in the final decision`;
}

function alreadyVoted(state: GameState, role: string | undefined): string | null {
  return role !== undefined && Object.hasOwn(state.votes, role) ? `${String(role)} has already voted` : null;
}

function illegalMoves(model: LevelModel, state: GameState, event: TurnEvent): string | null {
  const result = playTurn(model, state, event);
  return result.ok ? null : result.reason;
}

function notBoolean(accept: unknown): string | null {
  return typeof accept === 'boolean' ? null : 'a vote is accept: true or accept: false';
}

/** The legality rules by name, each on a whole event (an event a rule does not concern passes it). */
export const RULES = {
  isKnownRole: (model, _state, event) => unknownRole(model, roleOf(event)),
  isOwnTurn: (model, state, event) => notOwnTurn(model, state, roleOf(event)),
  cardInHand: (_model, state, event) => (event.type === 'playCard' ? notInHand(state, event.role, event.card) : null),
  hasEnoughResource: (model, state, event) => (event.type === 'playCard' ? cannotAfford(model, state, event.role, event.card) : null),
  withinCardLimit: (model, state, event) => overCardLimit(model, state, roleOf(event)),
  targetFitsCard: (model, _state, event) => (event.type === 'playCard' ? badTarget(model, event.role, event.card, event.target) : null),
  hasNotOfferedThisTurn: (_model, state, event) => alreadyOffered(state, roleOf(event)),
  isCompletePackage: (model, state, event) => (event.type === 'offer' || event.type === 'counter' ? incompletePackage(model, state, event.package) : null),
  offerIsOpen: (_model, state, event) => (answersAnOffer(event) ? offerNotOpen(state, event.offer) : null),
  isNotOwnOffer: (_model, state, event) => (answersAnOffer(event) ? ownOffer(state, event.offer, roleOf(event)) : null),
  hasNotAlreadyAccepted: (_model, state, event) => (event.type === 'accept' ? alreadyAccepted(state, event.role, event.offer) : null),
  hasNotAlreadyRejected: (_model, state, event) => (event.type === 'reject' ? alreadyRejected(state, event.role, event.offer) : null),
  isKnownEvent: (model, _state, event) => (event.type === 'inject' ? unknownEvent(model, event.event) : null),
  isVoter: (model, _state, event) => notVoter(model, roleOf(event)),
  hasNotVoted: (_model, state, event) => alreadyVoted(state, roleOf(event)),
  /** Every move of a turn event legal where the moves before it leave the game (rules/turn.ts). */
  movesAreLegal: (model, state, event) => (event.type === 'turn' ? illegalMoves(model, state, event) : null),
  isBooleanVote: (_model, _state, event) => (event.type === 'vote' ? notBoolean(event.accept) : null),
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

/**
 * The first rule the event breaks, by the table: CHECKS' rules in order. `refusal` gives the same
 * answer faster; this is the reference it is tested against.
 */
export function refusalByTable(model: LevelModel, state: GameState, event: GameEvent): string | null {
  const checks = CHECK_FUNCTIONS.get(event.type);
  if (!checks) return unknownType(event);
  for (let i = 0; i < checks.length; i++) {
    const reason = (checks[i] as Check)(model, state, event);
    if (reason !== null) return reason;
  }
  return null;
}

function unknownType(event: GameEvent): string {
  return `unknown event type "${String((event as { type?: unknown }).type)}"`;
}

/**
 * The first rule the event breaks, as a sentence, or null when the rules allow it: CHECKS' rules
 * in CHECKS' order, written out per event type (a test holds the two to the same answers).
 */
export function refusal(model: LevelModel, state: GameState, event: GameEvent): string | null {
  switch (event.type) {
    case 'start':
    case 'timeout':
      return null;
    case 'playCard': {
      const role = event.role;
      return (
        unknownRole(model, role) ??
        notOwnTurn(model, state, role) ??
        overCardLimit(model, state, role) ??
        notInHand(state, role, event.card) ??
        cannotAfford(model, state, role, event.card) ??
        badTarget(model, role, event.card, event.target)
      );
    }
    case 'offer': {
      const role = event.role;
      return unknownRole(model, role) ?? notOwnTurn(model, state, role) ?? alreadyOffered(state, role) ?? incompletePackage(model, state, event.package);
    }
    case 'counter': {
      const role = event.role;
      const id = event.offer;
      return (
        unknownRole(model, role) ??
        notOwnTurn(model, state, role) ??
        alreadyOffered(state, role) ??
        offerNotOpen(state, id) ??
        ownOffer(state, id, role) ??
        incompletePackage(model, state, event.package)
      );
    }
    case 'accept': {
      const role = event.role;
      const id = event.offer;
      return unknownRole(model, role) ?? offerNotOpen(state, id) ?? ownOffer(state, id, role) ?? alreadyAccepted(state, role, id);
    }
    case 'reject': {
      const role = event.role;
      const id = event.offer;
      return unknownRole(model, role) ?? offerNotOpen(state, id) ?? ownOffer(state, id, role) ?? alreadyRejected(state, role, id);
    }
    case 'endTurn': {
      const role = event.role;
      return unknownRole(model, role) ?? notOwnTurn(model, state, role);
    }
    case 'turn': {
      const role = event.role;
      return unknownRole(model, role) ?? notOwnTurn(model, state, role) ?? illegalMoves(model, state, event);
    }
    case 'inject':
      return unknownEvent(model, event.event);
    case 'vote': {
      const role = event.role;
      return unknownRole(model, role) ?? notVoter(model, role) ?? alreadyVoted(state, role) ?? notBoolean(event.accept);
    }
    default:
      return unknownType(event);
  }
}

export { findOffer, currentRole };

/**
 * The legality rules, written once. Each is named after what it enforces and returns a refusal
 * code (refusal.ts) when an event breaks it; CHECKS lists, per event type, which rules apply and in
 * which order a player would want to hear about them. The statechart's guards, the session's
 * refusals, the client's greyed-out buttons (legal.ts) and the bots all ask this one table.
 *
 * The rules read narrow facts rather than the whole game: what a level says (a LevelModel has it,
 * and `levelFacts` builds it from the public level a client holds) and what is on the table (the
 * game state has it, and so does a role's view, for its own seat). So the same rule answers for the
 * server's state and for a player's screen.
 */
import { issueIdIn } from '../level/ids.js';
import type { CardId, EventId, IssueId, RoleId } from '../types.js';
import type { GameEvent, GameEventType } from './events.js';
import { refused, type Refusal } from './refusal.js';
import type { Statement } from './statements.js';
import type { Offer } from './state.js';

/** What the rules read of a level. */
export interface LevelFacts {
  readonly roleIndex: ReadonlyMap<RoleId, number>;
  readonly issueIds: readonly IssueId[];
  readonly issueIndex: ReadonlyMap<IssueId, number>;
  readonly optionCounts: readonly number[];
  readonly voters: readonly RoleId[];
  readonly cards: ReadonlyMap<CardId, { readonly cost: number; readonly needsTarget: boolean }>;
  readonly events: ReadonlyMap<EventId, unknown>;
  readonly level: { readonly rounds: { readonly cardsPerTurn: number }; readonly impact?: { readonly indicators: readonly { readonly id: string }[] } };
}

/** What the rules read of one seat: the acting role's own hand, purse and turn so far. */
export interface SeatFacts {
  readonly hand: readonly CardId[];
  readonly resources: number;
  readonly cardsPlayedThisTurn: number;
  readonly offeredThisTurn: boolean;
}

/** What the rules read of a game in progress. */
export interface TableFacts {
  /** The role whose turn it is (null outside the negotiation rounds). */
  readonly turnRole: RoleId | null;
  /** The seats the reader knows: every role's for the game state, the viewer's own for a view. */
  readonly seats: Readonly<Record<RoleId, SeatFacts | undefined>>;
  readonly offers: readonly Offer[];
  readonly available: readonly (readonly boolean[])[];
  readonly votes: Readonly<Record<RoleId, boolean>>;
}

type Rule = (level: LevelFacts, table: TableFacts, event: GameEvent) => Refusal | null;

function roleOf(event: GameEvent): RoleId | undefined {
  return 'role' in event ? event.role : undefined;
}

function seatOf(table: TableFacts, role: RoleId | undefined): SeatFacts | undefined {
  return role !== undefined && Object.hasOwn(table.seats, role) ? table.seats[role] : undefined;
}

/** The offer with this id (ids are dense and start at 1, so offer n sits at index n - 1). */
export function findOffer(offers: readonly Offer[], id: number): Offer | undefined {
  const offer = offers[id - 1];
  return offer && offer.id === id ? offer : undefined;
}

function answersAnOffer(event: GameEvent): event is Extract<GameEvent, { offer: number }> {
  return event.type === 'accept' || event.type === 'reject' || event.type === 'counter';
}

/** The offer an accept, reject or counter answers. */
function answered(table: TableFacts, event: GameEvent): Offer | undefined {
  return answersAnOffer(event) ? findOffer(table.offers, event.offer) : undefined;
}

function packageRefusal(level: LevelFacts, table: TableFacts, input: unknown): Refusal | null {
  if (typeof input !== 'object' || input === null) return refused('notAPackage', {});
  const pkg = input as Record<string, unknown>;
  for (const key in pkg) {
    if (Object.hasOwn(pkg, key) && issueIdIn(level, key) === null) return refused('unknownIssue', { issue: key });
  }
  for (let i = 0; i < level.issueIds.length; i++) {
    const issue = level.issueIds[i] as IssueId;
    const option = pkg[issue];
    if (option === undefined) return refused('missingOption', { issue });
    const count = level.optionCounts[i] as number;
    if (typeof option !== 'number' || !Number.isInteger(option) || option < 0 || option >= count) {
      return refused('optionOutOfRange', { issue, last: count - 1, option: String(option) });
    }
    if (!table.available[i]?.[option]) return refused('optionLocked', { issue, option });
  }
  return null;
}

function targetRefusal(level: LevelFacts, role: RoleId, cardId: CardId, target: RoleId | undefined): Refusal | null {
  const card = level.cards.get(cardId);
  if (!card) return refused('unknownCard', { card: cardId });
  if (!card.needsTarget) return target === undefined ? null : refused('targetNotTaken', { card: cardId });
  if (target === undefined) return refused('targetNeeded', { card: cardId });
  if (!level.roleIndex.has(target)) return refused('unknownTarget', { target });
  return target === role ? refused('selfTarget', { card: cardId }) : null;
}

/** A statement's ids checked against the level (its shape and code were checked by the event schema). */
function statementRefusal(level: LevelFacts, statement: Statement): Refusal | null {
  for (const issue of [statement.issue, statement.keep]) if (issue !== undefined && !level.issueIndex.has(issue)) return refused('unknownIssue', { issue });
  if (statement.option !== undefined) {
    if (statement.issue === undefined) return refused('malformed', { path: 'statement.option', detail: 'an option needs its issue' });
    const last = (level.optionCounts[level.issueIndex.get(statement.issue) as number] ?? 0) - 1;
    if (statement.option > last) return refused('optionOutOfRange', { issue: statement.issue, last, option: String(statement.option) });
  }
  if (statement.target !== undefined && !level.roleIndex.has(statement.target)) return refused('unknownTarget', { target: statement.target });
  if (statement.card !== undefined && !level.cards.has(statement.card)) return refused('unknownCard', { card: statement.card });
  const indicators = level.level.impact?.indicators;
  if (statement.indicator !== undefined && indicators && !indicators.some((i) => i.id === statement.indicator)) {
    return refused('malformed', { path: 'statement.indicator', detail: `no indicator "${statement.indicator}" in this level` });
  }
  return null;
}

/** The legality rules by name, each on a whole event (an event a rule does not concern passes it). */
export const RULES = {
  isKnownRole: (level, _table, event) => {
    const role = roleOf(event);
    return role !== undefined && level.roleIndex.has(role) ? null : refused('unknownRole', { role: String(role) });
  },
  isOwnTurn: (_level, table, event) => {
    const role = roleOf(event) as RoleId;
    return role === table.turnRole ? null : refused('notYourTurn', { role, turnRole: table.turnRole });
  },
  withinCardLimit: (level, table, event) => {
    const limit = level.level.rounds.cardsPerTurn;
    return (seatOf(table, roleOf(event))?.cardsPlayedThisTurn ?? 0) < limit ? null : refused('cardLimit', { limit });
  },
  cardInHand: (_level, table, event) => {
    if (event.type !== 'playCard') return null;
    return seatOf(table, event.role)?.hand.includes(event.card) ? null : refused('cardNotInHand', { role: event.role, card: event.card });
  },
  hasEnoughResource: (level, table, event) => {
    if (event.type !== 'playCard') return null;
    const card = level.cards.get(event.card);
    if (!card) return refused('unknownCard', { card: event.card });
    const have = seatOf(table, event.role)?.resources ?? 0;
    return have >= card.cost ? null : refused('cannotAfford', { role: event.role, card: event.card, cost: card.cost, have });
  },
  targetFitsCard: (level, _table, event) => (event.type === 'playCard' ? targetRefusal(level, event.role, event.card, event.target) : null),
  hasNotOfferedThisTurn: (_level, table, event) => (seatOf(table, roleOf(event))?.offeredThisTurn ? refused('alreadyOffered', {}) : null),
  isCompletePackage: (level, table, event) => (event.type === 'offer' || event.type === 'counter' ? packageRefusal(level, table, event.package) : null),
  offerIsOpen: (_level, table, event) => {
    if (!answersAnOffer(event)) return null;
    // Only a typed event from code can lack it (the event schema requires it of everything else).
    if (typeof event.offer !== 'number') return refused('noOfferNamed', {});
    const offer = answered(table, event);
    if (!offer) return refused('unknownOffer', { offer: event.offer });
    return offer.status === 'open' ? null : refused('offerClosed', { offer: offer.id, status: offer.status });
  },
  isNotOwnOffer: (_level, table, event) => {
    const offer = answered(table, event);
    return offer && offer.by === roleOf(event) ? refused('ownOffer', { offer: offer.id, by: offer.by }) : null;
  },
  hasNotAlreadyAccepted: (_level, table, event) =>
    event.type === 'accept' && answered(table, event)?.acceptedBy.includes(event.role) ? refused('alreadyAccepted', { role: event.role, offer: event.offer }) : null,
  hasNotAlreadyRejected: (_level, table, event) =>
    event.type === 'reject' && answered(table, event)?.rejectedBy.includes(event.role) ? refused('alreadyRejected', { role: event.role, offer: event.offer }) : null,
  isKnownEvent: (level, _table, event) => (event.type === 'inject' && !level.events.has(event.event) ? refused('unknownEvent', { event: event.event }) : null),
  isVoter: (level, _table, event) => {
    const role = roleOf(event);
    return role !== undefined && level.voters.includes(role) ? null : refused('notVoter', { role: String(role) });
  },
  hasNotVoted: (_level, table, event) => {
    const role = roleOf(event);
    return role !== undefined && Object.hasOwn(table.votes, role) ? refused('alreadyVoted', { role }) : null;
  },
  isBooleanVote: (_level, _table, event) => (event.type === 'vote' && typeof event.accept !== 'boolean' ? refused('voteNotBoolean', {}) : null),
  statementFits: (level, _table, event) => ('statement' in event && event.statement !== undefined ? statementRefusal(level, event.statement) : null),
} satisfies Record<string, Rule>;

export type RuleName = keyof typeof RULES;

/** Which rules an event must satisfy, in the order a player would want to hear about them. */
export const CHECKS: Record<GameEventType, readonly RuleName[]> = {
  start: [],
  playCard: ['isKnownRole', 'isOwnTurn', 'withinCardLimit', 'cardInHand', 'hasEnoughResource', 'targetFitsCard', 'statementFits'],
  offer: ['isKnownRole', 'isOwnTurn', 'hasNotOfferedThisTurn', 'isCompletePackage', 'statementFits'],
  counter: ['isKnownRole', 'isOwnTurn', 'hasNotOfferedThisTurn', 'offerIsOpen', 'isNotOwnOffer', 'isCompletePackage', 'statementFits'],
  accept: ['isKnownRole', 'offerIsOpen', 'isNotOwnOffer', 'hasNotAlreadyAccepted', 'statementFits'],
  reject: ['isKnownRole', 'offerIsOpen', 'isNotOwnOffer', 'hasNotAlreadyRejected', 'statementFits'],
  endTurn: ['isKnownRole', 'isOwnTurn', 'statementFits'],
  timeout: [],
  inject: ['isKnownEvent'],
  vote: ['isKnownRole', 'isVoter', 'hasNotVoted', 'isBooleanVote', 'statementFits'],
};

/** The first rule of CHECKS the event breaks, or null when the rules allow it. */
export function refusalOn(level: LevelFacts, table: TableFacts, event: GameEvent): Refusal | null {
  const names = Object.hasOwn(CHECKS, event.type) ? CHECKS[event.type] : undefined;
  if (!names) return refused('unknownEventType', { type: String((event as { type?: unknown }).type) });
  for (const name of names) {
    const refusal = (RULES[name] as Rule)(level, table, event);
    if (refusal !== null) return refusal;
  }
  return null;
}

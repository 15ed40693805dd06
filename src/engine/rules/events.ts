/**
 * Everything that can happen to a game, as typed events. A game is fully described by its level,
 * its seed and the list of accepted events: that list is what gets persisted and replayed.
 * `reason` is the actor's own one-line explanation, `why` a bot's reason as a code (bots always
 * give one), `statement` what it says in public (see Words); they go into the log.
 */
import type { CardId, EventId, PackageByIssue, RoleId } from '../types.js';
import type { BotReason } from './reasons.js';
import type { Statement } from './statements.js';

/**
 * What an actor says with a move: `statement`, public (ids only, never a value); `why`, a bot's
 * private reason as a code with figures (hidden from the other seats until the game is over).
 */
export interface Words {
  reason?: string;
  why?: BotReason;
  statement?: Statement;
}

export type PlayCardEvent = { type: 'playCard'; role: RoleId; card: CardId; target?: RoleId } & Words;
/** Put a package on the table; it replaces the role's previous open offer. */
export type OfferEvent = { type: 'offer'; role: RoleId; package: PackageByIssue } & Words;
/** Reject an open offer and put one's own package on the table in the same move. */
export type CounterEvent = { type: 'counter'; role: RoleId; offer: number; package: PackageByIssue } & Words;
export type AcceptEvent = { type: 'accept'; role: RoleId; offer: number } & Words;
export type RejectEvent = { type: 'reject'; role: RoleId; offer: number } & Words;

/** The moves a role makes during its turn, one event each. */
export type TurnMove = PlayCardEvent | OfferEvent | CounterEvent | AcceptEvent | RejectEvent;

export type GameEvent =
  /** Close the briefing and open round 1 (sent by the host once players have read their briefs). */
  | { type: 'start' }
  | TurnMove
  | ({ type: 'endTurn'; role: RoleId } & Words)
  /** The turn timer ran out: the current turn ends as if its role had ended it. */
  | { type: 'timeout' }
  /** A facilitator brings an event into play. */
  | { type: 'inject'; event: EventId }
  | ({ type: 'vote'; role: RoleId; accept: boolean } & Words);

export type GameEventType = GameEvent['type'];
/** The event of one type. */
export type EventOf<T extends GameEventType> = Extract<GameEvent, { type: T }>;
export const GAME_EVENT_TYPES: readonly GameEventType[] = [
  'start',
  'playCard',
  'offer',
  'counter',
  'accept',
  'reject',
  'endTurn',
  'timeout',
  'inject',
  'vote',
];

/**
 * Everything that can happen to a game, as typed events. A game is fully described by its level,
 * its seed and the list of accepted events: that list is what gets persisted and replayed.
 * `reason` is the actor's own one-line explanation (bots always give one); it goes into the log.
 */
import type { CardId, EventId, PackageByIssue, RoleId } from '../types.js';

export type PlayCardEvent = { type: 'playCard'; role: RoleId; card: CardId; target?: RoleId; reason?: string };
/** Put a package on the table; it replaces the role's previous open offer. */
export type OfferEvent = { type: 'offer'; role: RoleId; package: PackageByIssue; reason?: string };
/** Reject an open offer and put one's own package on the table in the same move. */
export type CounterEvent = { type: 'counter'; role: RoleId; offer: number; package: PackageByIssue; reason?: string };
export type AcceptEvent = { type: 'accept'; role: RoleId; offer: number; reason?: string };
export type RejectEvent = { type: 'reject'; role: RoleId; offer: number; reason?: string };

/** The moves a role makes during its turn, one event each. */
export type TurnMove = PlayCardEvent | OfferEvent | CounterEvent | AcceptEvent | RejectEvent;

export type GameEvent =
  /** Close the briefing and open round 1 (sent by the host once players have read their briefs). */
  | { type: 'start' }
  | TurnMove
  | { type: 'endTurn'; role: RoleId; reason?: string }
  /** The turn timer ran out: the current turn ends as if its role had ended it. */
  | { type: 'timeout' }
  /** A facilitator brings an event into play. */
  | { type: 'inject'; event: EventId }
  | { type: 'vote'; role: RoleId; accept: boolean; reason?: string };

export type GameEventType = GameEvent['type'];
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

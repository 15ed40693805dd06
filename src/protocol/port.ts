/**
 * The one interface a client drives a table through, whatever hosts it: a local engine session
 * in the browser (solo, hot-seat) or an authoritative room on the server (online). Scenes talk
 * only to a TablePort, so a table plays the same in every mode.
 */
import type { Debrief } from '../engine/debrief.js';
import type { GameEvent } from '../engine/rules/events.js';
import type { StockStatement } from '../engine/rules/statements.js';
import type { SendResult } from './engine-words.js';
import type { ReplaySource } from '../engine/replay.js';
import type { RoleId } from '../engine/types.js';
import type { PublicLevel, RoleView } from '../engine/view.js';

/**
 * An event as a player sends it: no role (the seat it comes from is implied by who sends it), no
 * bot reason code, and a statement only on an offer or a counter, and only a stock one.
 */
type AsPlayerSends<E> = E extends { role: RoleId }
  ? E extends { type: 'offer' | 'counter' }
    ? Omit<E, 'role' | 'why' | 'statement'> & { statement?: StockStatement }
    : Omit<E, 'role' | 'why' | 'statement'>
  : never;

/** A move as a player makes it. */
export type PlayerAction = AsPlayerSends<Extract<GameEvent, { role: RoleId }>>;

export type SeatController = 'human' | 'bot';

export interface SeatInfo {
  readonly role: RoleId;
  readonly controller: SeatController;
  /** A participant's display name (online), or null. */
  readonly name: string | null;
  /** False while an online participant is disconnected (their seat is held, then a bot takes over). */
  readonly connected: boolean;
}

export interface TimerInfo {
  /** Epoch milliseconds at which the current turn times out, or null without a timer. */
  readonly endsAt: number | null;
  readonly paused: boolean;
}

export interface TableSnapshot {
  readonly mode: 'solo' | 'hotseat' | 'online';
  readonly level: PublicLevel;
  /** The role this client plays now (in hot-seat, the seat whose turn it is), or null for a spectator. */
  readonly you: RoleId | null;
  /** The only game state a client ever sees: its own role's view. */
  readonly view: RoleView;
  readonly seats: readonly SeatInfo[];
  readonly timer: TimerInfo;
  /** Present once the game is over: the full reveal for the outcome dashboard and the debrief. */
  readonly debrief: Debrief | null;
}

export interface TablePort {
  snapshot(): TableSnapshot;
  /** Called with a new snapshot after every change; returns an unsubscribe function. */
  subscribe(listener: (snapshot: TableSnapshot) => void): () => void;
  /** Send a move for this client's seat; refused moves come back with the reason and change nothing. */
  act(action: PlayerAction): Promise<SendResult>;
  /**
   * The finished game stepped through again, for the debrief's replay: a local table rebuilds it
   * from its seed; an online one asks its server, which sends this seat's own steps only.
   */
  replay(): ReplaySource | Promise<ReplaySource>;
  /** Leave the table (stop bots and timers, close the connection). */
  close(): void;
}

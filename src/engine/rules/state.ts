/**
 * The state of one game: plain, JSON-serialisable data, never mutated in place (every rule
 * returns a new state), so snapshots, replays and per-role views can share it safely.
 */
import type { CardId, EventId, IssueId, OptionIndex, Package, RoleId } from '../types.js';
import type { ChangeEntry, IntelEntry } from './changes.js';
import type { MoveLog } from './log.js';
import type { BotReason } from './reasons.js';
import type { Statement } from './statements.js';

export type Phase = 'briefing' | 'negotiating' | 'finalDecision' | 'concluded';

export interface Intel {
  /** The role whose values were revealed. */
  readonly about: RoleId;
  readonly issue: IssueId;
  /** Its points for each option of the issue at the moment of the reveal. */
  readonly values: readonly number[];
  readonly round: number;
}

export interface RoleState {
  readonly resources: number;
  /** Public goodwill; added to the role's income each round (never below zero income). */
  readonly standing: number;
  readonly hand: readonly CardId[];
  readonly deck: readonly CardId[];
  /** Current private points per issue and option: the level's values plus persuasion shifts. */
  readonly values: readonly (readonly number[])[];
  readonly noDealAdjustment: number;
  readonly intel: readonly Intel[];
  readonly cardsPlayedThisTurn: number;
  readonly offeredThisTurn: boolean;
}

export type OfferStatus = 'open' | 'superseded' | 'adopted';

export interface Offer {
  readonly id: number;
  readonly by: RoleId;
  readonly package: Package;
  readonly round: number;
  readonly acceptedBy: readonly RoleId[];
  readonly rejectedBy: readonly RoleId[];
  readonly status: OfferStatus;
}

export type Outcome =
  | {
      readonly kind: 'agreement';
      readonly package: Package;
      readonly offer: number;
      /** Voters bound by the agreement (all voters, or the willing under a plurilateral rule). */
      readonly signatories: readonly RoleId[];
      readonly round: number;
    }
  | { readonly kind: 'noDeal'; readonly package: Package; readonly round: number };

/**
 * The move log: what happened, in order, with each actor's stated reason. `change` and `intel`
 * entries are private to their role (changes.ts); the per-role view filters them.
 */
export type LogEntry =
  | { readonly kind: 'start'; readonly round: number }
  | { readonly kind: 'roundStart'; readonly round: number }
  | { readonly kind: 'card'; readonly round: number; readonly role: RoleId; readonly card: CardId; readonly target?: RoleId; readonly reason?: string; readonly why?: BotReason; readonly statement?: Statement }
  | { readonly kind: 'offer'; readonly round: number; readonly role: RoleId; readonly offer: number; readonly package: Package; readonly counterTo?: number; readonly reason?: string; readonly why?: BotReason; readonly statement?: Statement }
  | { readonly kind: 'accept' | 'reject'; readonly round: number; readonly role: RoleId; readonly offer: number; readonly reason?: string; readonly why?: BotReason; readonly statement?: Statement }
  | { readonly kind: 'endTurn'; readonly round: number; readonly role: RoleId; readonly timedOut: boolean; readonly reason?: string; readonly why?: BotReason; readonly statement?: Statement }
  | { readonly kind: 'event'; readonly round: number; readonly event: EventId; readonly trigger: 'scheduled' | 'random' | 'facilitator' }
  | { readonly kind: 'drift'; readonly round: number; readonly issue: IssueId; readonly option: OptionIndex; readonly cause: 'schedule' | EventId | CardId; readonly parties?: readonly RoleId[] }
  | { readonly kind: 'unlock'; readonly round: number; readonly issue: IssueId; readonly option: OptionIndex }
  | { readonly kind: 'standing'; readonly round: number; readonly role: RoleId; readonly amount: number; readonly cause: 'blocking' | EventId | CardId }
  | { readonly kind: 'finalDecision'; readonly round: number; readonly offer: number | null }
  | { readonly kind: 'vote'; readonly round: number; readonly role: RoleId; readonly accept: boolean; readonly reason?: string; readonly why?: BotReason; readonly statement?: Statement }
  | { readonly kind: 'outcome'; readonly round: number; readonly outcome: Outcome['kind'] }
  | ChangeEntry
  | IntelEntry;

/**
 * What the rules remember. The phase is not here: it is the statechart's state value, and the
 * chart is the only thing that moves a game from one phase to the next.
 */
export interface GameState {
  /** 0 during the briefing, then 1..rounds.count; the final decision keeps the last round. */
  readonly round: number;
  /** Index into the level's turn order. */
  readonly turn: number;
  readonly rng: number;
  readonly roles: Readonly<Record<RoleId, RoleState>>;
  /** Where the world stands on each issue without a deal; it drifts as rounds pass. */
  readonly noDeal: Package;
  /** available[issue][option]: whether an option may be offered (locked options start false). */
  readonly available: readonly (readonly boolean[])[];
  readonly offers: readonly Offer[];
  readonly firedEvents: readonly EventId[];
  /** The offer put to the final vote, and the votes cast so far. */
  readonly candidate: number | null;
  readonly votes: Readonly<Record<RoleId, boolean>>;
  readonly outcome: Outcome | null;
  /** The public move log (read it with `logEntries`). */
  readonly log: MoveLog;
}

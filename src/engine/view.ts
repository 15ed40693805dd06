/**
 * The per-role view: the only thing a player (human or bot) ever sees of a game. Hidden
 * information is filtered here and nowhere else. Other roles' values, objectives, hands, decks,
 * intel, no-deal adjustments and private log entries (what changed for them, what they learned)
 * never appear; their stated reasons stay hidden until the game is over, because a bot's reason
 * ("I care most about data flows") would give its values away.
 */
import type { Level, LocalText } from './level/schema.js';
import type { LevelModel } from './level/model.js';
import { packageValue } from './scoring/value.js';
import { PRIVATE_ENTRY_KINDS } from './rules/changes.js';
import { logEntries } from './rules/log.js';
import type { GameState, Intel, LogEntry, Offer, Outcome, Phase } from './rules/state.js';
import type { CardId, EventId, Package, RoleId } from './types.js';

export interface SeatView {
  readonly role: RoleId;
  readonly resources: number;
  readonly standing: number;
  readonly handSize: number;
  readonly deckSize: number;
}

export interface SelfView {
  readonly role: RoleId;
  readonly resources: number;
  readonly standing: number;
  readonly hand: readonly CardId[];
  readonly deckSize: number;
  readonly values: readonly (readonly number[])[];
  readonly objectives: LocalText;
  /** What no deal is worth to this role right now (its values of the drifted no-deal outcome). */
  readonly noDealValue: number;
  /** The part of noDealValue that cards and the level add to the no-deal package's points. */
  readonly noDealAdjustment: number;
  readonly intel: readonly Intel[];
  readonly cardsPlayedThisTurn: number;
  readonly offeredThisTurn: boolean;
}

export interface RoleView {
  readonly viewer: RoleId | null;
  readonly phase: Phase;
  readonly round: number;
  readonly rounds: number;
  readonly turnRole: RoleId | null;
  /** Null for a spectator (projector, facilitator): public information only. */
  readonly self: SelfView | null;
  readonly seats: readonly SeatView[];
  readonly noDeal: Package;
  readonly available: readonly (readonly boolean[])[];
  readonly offers: readonly Offer[];
  readonly firedEvents: readonly EventId[];
  readonly candidate: number | null;
  readonly votes: Readonly<Record<RoleId, boolean>>;
  readonly outcome: Outcome | null;
  readonly log: readonly LogEntry[];
}

function publicEntry(entry: LogEntry, viewer: RoleId | null): LogEntry {
  const hidden = ('reason' in entry && entry.reason !== undefined) || ('why' in entry && entry.why !== undefined);
  if (!hidden || ('role' in entry && entry.role === viewer)) return entry;
  // The public statement stays: it was said to the whole table.
  const { reason: _reason, why: _why, ...rest } = entry as LogEntry & { reason?: string; why?: unknown };
  return rest as LogEntry;
}

/**
 * The log as `viewer` may read it: other roles' private entries (what changed for them, what they
 * learned) left out, during play and after it (the debrief carries them once the game is over),
 * and, during play, other roles' stated reasons hidden.
 */
export function logFor(entries: readonly LogEntry[], viewer: RoleId | null, over: boolean): LogEntry[] {
  const out: LogEntry[] = [];
  for (const entry of entries) {
    if (PRIVATE_ENTRY_KINDS.has(entry.kind) && (entry as { role: RoleId }).role !== viewer) continue;
    out.push(over ? entry : publicEntry(entry, viewer));
  }
  return out;
}

function seatsOf(model: LevelModel, state: GameState): SeatView[] {
  const seats = new Array<SeatView>(model.roleIds.length);
  for (const [i, r] of model.roleIds.entries()) {
    const s = state.roles[r];
    seats[i] = { role: r, resources: s?.resources ?? 0, standing: s?.standing ?? 0, handSize: s?.hand.length ?? 0, deckSize: s?.deck.length ?? 0 };
  }
  return seats;
}

/** The game as one role (or, with viewer null, a spectator) may see it. */
export function viewFor(model: LevelModel, state: GameState, phase: Phase, viewer: RoleId | null, withLog = true): RoleView {
  const me = viewer === null ? undefined : state.roles[viewer];
  const over = phase === 'concluded';
  const role = viewer === null ? undefined : model.roles.get(viewer);
  return {
    viewer,
    phase,
    round: state.round,
    rounds: model.level.rounds.count,
    turnRole: phase === 'negotiating' ? (model.turnOrder[state.turn] ?? null) : null,
    self:
      me && role && viewer !== null
        ? {
            role: viewer,
            resources: me.resources,
            standing: me.standing,
            hand: me.hand,
            deckSize: me.deck.length,
            values: me.values,
            objectives: role.objectives,
            noDealValue: packageValue(me.values, state.noDeal) + me.noDealAdjustment,
            noDealAdjustment: me.noDealAdjustment,
            intel: me.intel,
            cardsPlayedThisTurn: me.cardsPlayedThisTurn,
            offeredThisTurn: me.offeredThisTurn,
          }
        : null,
    seats: seatsOf(model, state),
    noDeal: state.noDeal,
    available: state.available,
    offers: state.offers,
    firedEvents: state.firedEvents,
    candidate: state.candidate,
    votes: state.votes,
    outcome: state.outcome,
    // Bots skip the log: they read the table itself, and filtering a long log each move is costly.
    log: withLog ? logFor(logEntries(state.log), viewer, over) : [],
  };
}

/**
 * The level as every player may see it: no role's values, objectives, deck or no-deal adjustment,
 * and no teaching block (it holds each role's no-deal reasoning: the teacher's, not the players').
 */
export type PublicLevel = Omit<Level, 'roles' | 'teaching'> & {
  roles: Omit<Level['roles'][number], 'values' | 'objectives' | 'deck' | 'noDealAdjustment'>[];
};

export function publicLevel({ teaching: _t, ...level }: Level): PublicLevel {
  return {
    ...level,
    roles: level.roles.map(({ values: _v, objectives: _o, deck: _d, noDealAdjustment: _n, ...rest }) => rest),
  };
}

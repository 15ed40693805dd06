/**
 * Copies of the immutable game records, made to be filled in: a rule copies a record, sets the
 * fields it changes, and hands the copy on, after which nobody writes to it again.
 *
 * Why not `patch(state, { offers, roles })`: such a helper reads every field of its partial record,
 * and the rules call it with a dozen different shapes of partial record, so each of those reads
 * becomes megamorphic (a lookup in V8's global stub cache, which XState's own lookups share).
 * Copies written field by field, then plain assignments, keep every access on one object shape:
 * that made bot games through the statechart 8 to 12% faster. Every field is written out in the
 * copies for the same reason: each kind of record keeps a single shape.
 */
import type { RoleId } from '../types.js';
import type { GameState, Offer, RoleState } from './state.js';

/** A record being built: writable until it is handed on, never written after. */
export type Draft<T> = { -readonly [K in keyof T]: T[K] };

export function copyState(s: GameState): Draft<GameState> {
  return {
    round: s.round,
    turn: s.turn,
    rng: s.rng,
    roles: s.roles,
    noDeal: s.noDeal,
    available: s.available,
    offers: s.offers,
    firedEvents: s.firedEvents,
    candidate: s.candidate,
    votes: s.votes,
    outcome: s.outcome,
    log: s.log,
  };
}

export function copyRole(r: RoleState): Draft<RoleState> {
  return {
    resources: r.resources,
    standing: r.standing,
    hand: r.hand,
    deck: r.deck,
    values: r.values,
    noDealAdjustment: r.noDealAdjustment,
    intel: r.intel,
    cardsPlayedThisTurn: r.cardsPlayedThisTurn,
    offeredThisTurn: r.offeredThisTurn,
  };
}

export function copyOffer(o: Offer): Draft<Offer> {
  return {
    id: o.id,
    by: o.by,
    package: o.package,
    round: o.round,
    acceptedBy: o.acceptedBy,
    rejectedBy: o.rejectedBy,
    status: o.status,
  };
}

/**
 * Changes to roles' records, collected so that the rule copies the roles table and the state once,
 * and each changed role's record once, however many changes it makes. The copies are the draft's
 * own until `done` (or `roles`) hands them on.
 */
export class RolesDraft {
  private copy: Record<RoleId, RoleState> | null = null;
  /** The records this draft copied, and may still write to. */
  private own: RoleState[] | null = null;

  constructor(private readonly state: GameState) {}

  /** The role's record as changed so far (undefined for a role the game does not have). */
  get(role: RoleId): RoleState | undefined {
    return (this.copy ?? this.state.roles)[role];
  }

  /** The role's record to write to (undefined for a role the game does not have, which is left out). */
  edit(role: RoleId): Draft<RoleState> | undefined {
    const current = this.get(role);
    if (!current) return undefined;
    if (this.own?.includes(current)) return current as Draft<RoleState>;
    // Copying the table and replacing an existing key keeps its shape (faster than for-in or spread).
    this.copy ??= Object.assign({}, this.state.roles);
    const mine = copyRole(current);
    this.copy[role] = mine;
    (this.own ??= []).push(mine);
    return mine;
  }

  /** The roles table with every change made. */
  roles(): Readonly<Record<RoleId, RoleState>> {
    return this.copy ?? this.state.roles;
  }

  /** The state with every change made (the very same state if there was none). */
  done(): GameState {
    if (!this.copy) return this.state;
    const next = copyState(this.state);
    next.roles = this.copy;
    return next;
  }
}

/**
 * Copies of the immutable game records with some fields replaced. Every field is written out, so
 * each kind of record keeps a single object shape: spreads (`{ ...state, round }`) cost several
 * times more in the engine's hottest path, bot self-play.
 */
import type { RoleId } from '../types.js';
import type { GameState, Offer, RoleState } from './state.js';

const pick = <T>(patched: T | undefined, current: T): T => (patched !== undefined ? patched : current);

export function patchState(s: GameState, p: Partial<GameState>): GameState {
  return {
    round: pick(p.round, s.round),
    turn: pick(p.turn, s.turn),
    rng: pick(p.rng, s.rng),
    roles: pick(p.roles, s.roles),
    noDeal: pick(p.noDeal, s.noDeal),
    available: pick(p.available, s.available),
    offers: pick(p.offers, s.offers),
    firedEvents: pick(p.firedEvents, s.firedEvents),
    candidate: pick(p.candidate, s.candidate),
    votes: pick(p.votes, s.votes),
    outcome: pick(p.outcome, s.outcome),
    log: pick(p.log, s.log),
  };
}

export function patchRole(r: RoleState, p: Partial<RoleState>): RoleState {
  return {
    resources: pick(p.resources, r.resources),
    standing: pick(p.standing, r.standing),
    hand: pick(p.hand, r.hand),
    deck: pick(p.deck, r.deck),
    values: pick(p.values, r.values),
    noDealAdjustment: pick(p.noDealAdjustment, r.noDealAdjustment),
    intel: pick(p.intel, r.intel),
    cardsPlayedThisTurn: pick(p.cardsPlayedThisTurn, r.cardsPlayedThisTurn),
    offeredThisTurn: pick(p.offeredThisTurn, r.offeredThisTurn),
  };
}

export function patchOffer(o: Offer, p: Partial<Offer>): Offer {
  return {
    id: o.id,
    by: o.by,
    package: o.package,
    round: o.round,
    acceptedBy: pick(p.acceptedBy, o.acceptedBy),
    rejectedBy: pick(p.rejectedBy, o.rejectedBy),
    status: pick(p.status, o.status),
  };
}

/**
 * Changes to several roles' records, collected so that the rule copies the roles table and the
 * state once rather than once per role. The copy is the draft's own until `done` shares it.
 */
export class RolesDraft {
  private copy: Record<RoleId, RoleState> | null = null;

  constructor(private readonly state: GameState) {}

  /** The role's record as changed so far (undefined for a role the game does not have). */
  get(role: RoleId): RoleState | undefined {
    return (this.copy ?? this.state.roles)[role];
  }

  /** Replace fields of a role's record; an unknown role is left out, as withRole does. */
  patch(role: RoleId, p: Partial<RoleState>): void {
    const current = this.get(role);
    if (!current) return;
    this.copy ??= Object.assign({}, this.state.roles);
    this.copy[role] = patchRole(current, p);
  }

  /** The roles table with every change made. */
  roles(): Readonly<Record<RoleId, RoleState>> {
    return this.copy ?? this.state.roles;
  }

  /** The state with every change made (the very same state if there was none). */
  done(): GameState {
    return this.copy ? patchState(this.state, { roles: this.copy }) : this.state;
  }
}

/** The state with one role's record changed; an unknown role leaves the state as it is. */
export function withRole(state: GameState, role: RoleId, p: Partial<RoleState>): GameState {
  const current = state.roles[role];
  if (!current) return state;
  // Copying the record and replacing an existing key keeps its shape (faster than for-in or spread).
  const roles: Record<RoleId, RoleState> = Object.assign({}, state.roles);
  roles[role] = patchRole(current, p);
  return patchState(state, { roles });
}

/**
 * Scoring a concluded game, and the balance figures of a level for trainers.
 *
 * Definitions (documented to trainers; quoted in the README). For each role r, with its values V_r
 * and no-deal adjustment adj_r at the end of the game, and N the (drifted) no-deal package:
 * - no-deal value: d_r = value of N to r + adj_r.
 * - outcome value v_r: without a deal, d_r. With an agreement on package P signed by the voters S,
 *   covering the share c = |S| / |voters| of the table: a voter that did not sign (plurilateral
 *   rule) stays out and gets d_r; every other role gets c × value of P + (1 − c) × d_r, because the
 *   agreement's rules apply only where its signatories are (under consensus, c = 1).
 * - score against no deal: v_r − d_r.
 * - best_r = max(best package value for r, d_r); worst_r = min(worst package value for r, d_r).
 * - relative gain g_r: (v_r − d_r) / (best_r − d_r) when v_r ≥ d_r, (v_r − d_r) / (d_r − worst_r)
 *   otherwise (0 when the denominator is 0); always between −1 and 1.
 * - Pareto distance: see {@link paretoDistance}; the outcome point is (v_r), normalised with best_r
 *   and worst_r.
 * - opening no-deal value: o_r = value of the OPENING no-deal package to r (end values) + the
 *   level's starting adjustment of r: where r stood when the talks opened.
 * - score against the opening: v_r − o_r. Without a deal it is d_r − o_r, what the drift (and
 *   the cards that moved walking away) did to r: the loss or gain of a failed negotiation.
 * - opening relative gain g°_r: as g_r, against o_r, with best°_r = max(best package, o_r, d_r)
 *   and worst°_r = min(worst package, o_r, d_r); always between −1 and 1.
 * Which gain decides the win is the scoring basis (WinBasis): against the opening (g°_r), a no-deal
 * world's drift counts, so blocking is not free; against walking away at the end (g_r), a game
 * without a deal is a tie for everyone. Bots decide by what walking away is worth now (d_r) either
 * way. The shipped levels are balanced for DEFAULT_WIN_BASIS (docs/balance.md).
 */
import type { LevelModel } from '../level/model.js';
import { packageToIssues } from '../level/model.js';
import type { GameState, Outcome } from '../rules/state.js';
import type { ByRole, IssueId, RoleId } from '../types.js';
import { countBeatingNoDeal } from './agreement-zone.js';
import { paretoDistance, paretoFrontier, type Frontier, type ValueRange } from './frontier.js';
import { nashPoint } from './nash.js';
import { packageValue, valueRange } from './value.js';

/** What decides the win: the gain against the opening no-deal value, or against walking away at the end. */
export type WinBasis = 'opening' | 'walkAway';

/**
 * The basis games are scored on when the level does not say (`winBasis` in the level file). Still
 * 'walkAway': a level balanced for it stays balanced; the shipped levels rebalanced for the opening
 * basis declare it (docs/balance.md has the figures under each basis).
 */
export const DEFAULT_WIN_BASIS: WinBasis = 'walkAway';

/** The basis a level's games are scored on: the one it declares, else the default. */
export function winBasisOf(model: LevelModel): WinBasis {
  return model.level.winBasis ?? DEFAULT_WIN_BASIS;
}

/** Relative gains closer than this count as a tie for the win. */
export const WIN_TIE_TOLERANCE = 1e-9;
/** A Pareto distance below this counts as on the frontier. */
export const ON_FRONTIER_TOLERANCE = 1e-9;

export interface RoleResult {
  role: RoleId;
  /** v_r: what the outcome is worth to the role. */
  value: number;
  /** d_r: what the (drifted) no-deal outcome is worth to it, adjustment included. */
  noDealValue: number;
  /** v_r − d_r. */
  scoreVsNoDeal: number;
  /** g_r in [−1, 1]: the gain as a share of the most it could have gained (or lost). */
  relativeGain: number;
  /** 1/k if the role is one of the k roles with the largest relative gain on the game's basis (decidedBy), else 0. */
  winShare: number;
  /** o_r: what the opening no-deal outcome is worth to it (its end values, the level's adjustment). */
  openingNoDealValue: number;
  /** v_r − o_r: the result against where the role stood when the talks opened. */
  scoreVsOpening: number;
  /** g°_r in [−1, 1]: the opening relative gain, which decides the win. */
  relativeGainVsOpening: number;
  /** Whether the role signed the agreement (always false without a deal and for non-voters). */
  signatory: boolean;
  /** best_r = max(best package value, d_r). */
  best: number;
  /** worst_r = min(worst package value, d_r). */
  worst: number;
}

export interface GameResult {
  outcome: Outcome;
  /** |signatories| / |voters| for an agreement; 0 without a deal. */
  coverage: number;
  roles: ByRole<RoleResult>;
  /** The roles that share the win, in role order. */
  winners: RoleId[];
  /** Which figure decides the win: the gain against the opening no-deal value, or against walking away at the end. */
  decidedBy: WinBasis;
  /** Whether the win is shared: 'none' (one winner), 'shared' (some roles), 'everyone' (all roles tie). */
  tie: 'none' | 'shared' | 'everyone';
  paretoDistance: number;
  onFrontier: boolean;
  /** The Nash bargaining point under the end values and the end no-deal values, if any. */
  nash: { package: number[]; values: ByRole<number> } | null;
  /** Number of distinct utility vectors on the Pareto frontier. */
  frontierSize: number;
}

/**
 * The win. The roles with the largest relative gain g_r (gains within 1e-9 of each other tie) share
 * the win: each of the k winners gets a win share of 1/k, every other role 0. The shares of a game
 * always add up to 1. In a game without a deal every role's gain is 0, so all n roles tie and each
 * gets 1/n. Games are scored with the opening relative gains (g°_r): without a deal and without
 * drift they are all 0 too, and GameResult.tie says 'everyone'.
 */
export function winShares(gains: readonly number[]): number[] {
  let top = -Infinity;
  for (const g of gains) if (g > top) top = g;
  let k = 0;
  for (const g of gains) if (g >= top - WIN_TIE_TOLERANCE) k++;
  return gains.map((g) => (g >= top - WIN_TIE_TOLERANCE ? 1 / k : 0));
}

/** g_r as defined above, clamped to [−1, 1] against rounding. */
export function relativeGain(value: number, noDeal: number, best: number, worst: number): number {
  let g: number;
  if (value >= noDeal) g = best === noDeal ? 0 : (value - noDeal) / (best - noDeal);
  else g = noDeal === worst ? 0 : (value - noDeal) / (noDeal - worst);
  return g > 1 ? 1 : g < -1 ? -1 : g;
}

/** Score a concluded game. Throws if the game has no outcome yet. */
export function scoreGame(model: LevelModel, state: GameState, basis: WinBasis = winBasisOf(model)): GameResult {
  const outcome = state.outcome;
  if (!outcome) throw new Error('scoreGame: the game has no outcome yet (state.outcome is null); score it once it has concluded');
  const roleIds = model.roleIds;
  const n = roleIds.length;
  const voters = model.voters;
  const values: (readonly (readonly number[])[])[] = new Array(n);
  for (const [r, id] of roleIds.entries()) {
    const rs = state.roles[id];
    if (!rs) throw new Error(`scoreGame: the game state has no entry for role "${id}"`);
    values[r] = rs.values;
  }
  const agreement = outcome.kind === 'agreement' ? outcome : null;
  let coverage = 0;
  if (agreement) {
    let signed = 0;
    for (const v of voters) if (agreement.signatories.includes(v)) signed++;
    coverage = voters.length > 0 ? signed / voters.length : 0;
  }
  const noDealValues: number[] = new Array(n);
  const outcomeValues: number[] = new Array(n);
  const ranges: ValueRange[] = new Array(n);
  const gains: number[] = new Array(n);
  const openings: number[] = new Array(n);
  const openingGains: number[] = new Array(n);
  const signatory: boolean[] = new Array(n);
  for (const [r, id] of roleIds.entries()) {
    const V = values[r] as readonly (readonly number[])[];
    const d = packageValue(V, state.noDeal) + (state.roles[id]?.noDealAdjustment ?? 0);
    let v = d;
    let signed = false;
    if (agreement) {
      signed = voters.includes(id) && agreement.signatories.includes(id);
      if (signed || !voters.includes(id)) v = coverage * packageValue(V, agreement.package) + (1 - coverage) * d;
    }
    const range = valueRange(V);
    const best = Math.max(range.best, d);
    const worst = Math.min(range.worst, d);
    noDealValues[r] = d;
    outcomeValues[r] = v;
    ranges[r] = { best, worst };
    gains[r] = relativeGain(v, d, best, worst);
    const o = packageValue(V, model.noDealStart) + (model.roles.get(id)?.noDealAdjustment ?? 0);
    openings[r] = o;
    openingGains[r] = relativeGain(v, o, Math.max(best, o), Math.min(worst, o));
    signatory[r] = signed;
  }
  const shares = winShares(basis === 'opening' ? openingGains : gains);
  const roles: ByRole<RoleResult> = {};
  const winners: RoleId[] = [];
  for (const [r, id] of roleIds.entries()) {
    const v = outcomeValues[r] as number;
    const d = noDealValues[r] as number;
    const range = ranges[r] as ValueRange;
    const share = shares[r] as number;
    roles[id] = {
      role: id,
      value: v,
      noDealValue: d,
      scoreVsNoDeal: v - d,
      relativeGain: gains[r] as number,
      openingNoDealValue: openings[r] as number,
      scoreVsOpening: v - (openings[r] as number),
      relativeGainVsOpening: openingGains[r] as number,
      winShare: share,
      signatory: signatory[r] as boolean,
      best: range.best,
      worst: range.worst,
    };
    if (share > 0) winners.push(id);
  }
  const frontier = cachedFrontier(model, values);
  const distance = paretoDistance(outcomeValues, frontier, ranges);
  const nash = nashPoint(model, values, noDealValues, frontier);
  return {
    outcome,
    coverage,
    roles,
    winners,
    decidedBy: basis,
    tie: winners.length <= 1 ? 'none' : winners.length === n ? 'everyone' : 'shared',
    paretoDistance: distance,
    onFrontier: distance < ON_FRONTIER_TOLERANCE,
    nash: nash ? { package: nash.package, values: byRole(roleIds, nash.values) } : null,
    frontierSize: frontier.size,
  };
}

/**
 * The frontier depends only on the roles' values, and in a simulation many games end with the same
 * values (no persuasion, or the same few shifts): the last frontiers of each level are kept, keyed
 * by the exact bits of the values (checked in full on a hit, so a hash collision cannot mislead).
 * They never leave this module, so nobody can alter a shared one. A shipped level's bot games end
 * with a few hundred distinct sets of values over thousands of games; a frontier takes a few
 * kilobytes, so room for 2,048 of them keeps nearly all of them.
 */
const FRONTIER_CACHE_LIMIT = 2048;
export interface CachedFrontier {
  readonly bits: Uint32Array;
  readonly frontier: Frontier;
}
/** Per level (kept on its model): the cached frontiers, and a scratch table the values are laid out in to be hashed. */
export interface FrontierCache {
  entries: number;
  readonly byHash: Map<number, CachedFrontier[]>;
  readonly flat: Float64Array;
  readonly bits: Uint32Array;
}

function cachedFrontier(model: LevelModel, values: readonly (readonly (readonly number[])[])[]): Frontier {
  const counts = model.optionCounts;
  let length = 0;
  for (const c of counts) length += c;
  let cache = model.derived.frontierCache;
  if (!cache || cache.flat.length !== length * values.length) {
    // A typed array this size lives outside the heap and costs a system allocation: keep one.
    const flat = new Float64Array(length * values.length);
    cache = { entries: 0, byHash: new Map(), flat, bits: new Uint32Array(flat.buffer) };
    model.derived.frontierCache = cache;
  }
  const flat = cache.flat;
  let k = 0;
  for (const v of values) {
    for (let i = 0; i < counts.length; i++) {
      const opts = v[i] as readonly number[];
      const n = counts[i] as number;
      for (let o = 0; o < n; o++) flat[k++] = opts[o] as number;
    }
  }
  const bits = cache.bits;
  let hash = 0x811c9dc5;
  for (let w = 0; w < bits.length; w++) hash = Math.imul(hash ^ (bits[w] as number), 0x01000193);
  const bucket = cache.byHash.get(hash);
  if (bucket) {
    for (const entry of bucket) {
      const e = entry.bits;
      let same = e.length === bits.length;
      for (let w = 0; same && w < bits.length; w++) same = e[w] === bits[w];
      if (same) return entry.frontier;
    }
  }
  const frontier = paretoFrontier(model, values);
  if (cache.entries >= FRONTIER_CACHE_LIMIT) {
    cache.byHash.clear();
    cache.entries = 0;
  }
  const entry = { bits: bits.slice(), frontier };
  const list = cache.byHash.get(hash);
  if (list) list.push(entry);
  else cache.byHash.set(hash, [entry]);
  cache.entries++;
  return frontier;
}

function byRole<T>(roleIds: readonly RoleId[], list: readonly T[]): ByRole<T> {
  const out: ByRole<T> = {};
  roleIds.forEach((id, i) => {
    out[id] = list[i] as T;
  });
  return out;
}

export interface RoleAnalysis {
  /** Best and worst package values (the ends of the role's scale, no deal not included). */
  best: number;
  worst: number;
  /** Value of the starting no-deal package plus the role's no-deal adjustment. */
  noDeal: number;
  /** Packages this role strictly prefers to its no-deal value. */
  packagesBeatingNoDeal: number;
}

export interface LevelAnalysis {
  level: string;
  packageCount: number;
  /** Distinct utility vectors on the Pareto frontier, and how many packages map to them. */
  frontierSize: number;
  frontierPackages: number;
  /** The Nash bargaining point at the start (all roles), or null if no package beats no deal for all. */
  nash: { package: Record<IssueId, number>; values: ByRole<number> } | null;
  roles: ByRole<RoleAnalysis>;
  /** Packages every voter strictly prefers to its no-deal value: the zone of possible agreement. */
  zopaVoters: number;
  /** Packages every role, voter or not, strictly prefers to its no-deal value. */
  zopaAllRoles: number;
}

/**
 * Balance figures of a level for trainers, with the starting values, the starting no-deal package
 * and each role's no-deal adjustment (before any card, event or drift).
 */
export function analyseLevel(model: LevelModel): LevelAnalysis {
  const roleIds = model.roleIds;
  const n = roleIds.length;
  const values = model.values;
  const noDealValues = roleIds.map((id, r) => packageValue(values[r] as readonly (readonly number[])[], model.noDealStart) + (model.roles.get(id)?.noDealAdjustment ?? 0));
  const frontier = paretoFrontier(model, values);
  let frontierPackages = 0;
  for (let j = 0; j < frontier.size; j++) frontierPackages += frontier.counts[j] as number;
  const nash = nashPoint(model, values, noDealValues, frontier);
  const roles: ByRole<RoleAnalysis> = {};
  for (let r = 0; r < n; r++) {
    const only = roleIds.map((_, q) => q === r);
    const range = valueRange(values[r] as readonly (readonly number[])[]);
    roles[roleIds[r] as RoleId] = {
      best: range.best,
      worst: range.worst,
      noDeal: noDealValues[r] as number,
      packagesBeatingNoDeal: countBeatingNoDeal(model, values, noDealValues, only),
    };
  }
  const voterSet = new Set(model.voters);
  return {
    level: model.level.id,
    packageCount: model.packageCount,
    frontierSize: frontier.size,
    frontierPackages,
    nash: nash ? { package: packageToIssues(model, nash.package), values: byRole(roleIds, nash.values) } : null,
    roles,
    zopaVoters: countBeatingNoDeal(
      model,
      values,
      noDealValues,
      roleIds.map((id) => voterSet.has(id)),
    ),
    zopaAllRoles: countBeatingNoDeal(
      model,
      values,
      noDealValues,
      roleIds.map(() => true),
    ),
  };
}

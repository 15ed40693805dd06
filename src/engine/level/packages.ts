/**
 * Every package of a level, laid out flat (package p's option for issue i is at p * issues + i),
 * built once per level and kept on its model: bots and the Pareto frontier scan it many times per
 * game.
 */
import type { LevelModel } from './model.js';
import type { Package } from '../types.js';

export interface PackageTable {
  readonly count: number;
  readonly issues: number;
  readonly optionCounts: readonly number[];
  readonly options: Uint8Array;
  /**
   * Masks of the packages on the table by lock combination (`availablePackageMask`): games of a
   * level only ever see a few combinations, so each mask is built once.
   */
  readonly masks: Map<string, Uint8Array>;
}

/** The level's package table, built on first use and kept on the model. */
export function packageTable(model: LevelModel): PackageTable {
  let table = model.derived.packageTable;
  if (table) return table;
  const issues = model.optionCounts.length;
  const count = model.packageCount;
  const options = new Uint8Array(count * issues);
  for (let p = 0; p < count; p++) {
    let rest = p;
    for (let i = issues - 1; i >= 0; i--) {
      const n = model.optionCounts[i] as number;
      options[p * issues + i] = rest % n;
      rest = Math.floor(rest / n);
    }
  }
  table = { count, issues, optionCounts: model.optionCounts, options, masks: new Map() };
  model.derived.packageTable = table;
  return table;
}

/** Each package's value under one set of values, into `out` (reused to avoid allocation). */
export function valuesOfAll(table: PackageTable, values: readonly (readonly number[])[], out: Float64Array): Float64Array {
  const { count, issues, options } = table;
  for (let p = 0, base = 0; p < count; p++, base += issues) {
    let total = 0;
    for (let i = 0; i < issues; i++) total += (values[i] as readonly number[])[options[base + i] as number] as number;
    out[p] = total;
  }
  return out;
}

export function packageOf(table: PackageTable, p: number): number[] {
  return Array.from(table.options.subarray(p * table.issues, (p + 1) * table.issues));
}

export interface PackageRanking {
  /** Each package's value under the ranked values (indexed by package). */
  readonly value: Float64Array;
  /** Package indices from the most to the least valuable (by index on a tie). */
  readonly order: Uint32Array;
  /** rank[p]: the position of package p in `order`. */
  readonly rank: Uint32Array;
  /** Widest option count: the row length of flat issue × option tables (issue i, option k at i * stride + k). */
  readonly stride: number;
}

/** All packages ranked by one set of values, best first. */
export function rankPackages(table: PackageTable, values: readonly (readonly number[])[]): PackageRanking {
  const value = valuesOfAll(table, values, new Float64Array(table.count));
  const order = Uint32Array.from({ length: table.count }, (_, i) => i).sort((a, b) => (value[b] as number) - (value[a] as number) || a - b);
  const rank = new Uint32Array(table.count);
  for (let k = 0; k < order.length; k++) rank[order[k] as number] = k;
  return { value, order, rank, stride: Math.max(1, ...table.optionCounts) };
}

/**
 * All packages ranked by a role's starting values (the role's index in the level), kept on the
 * model, so the sort runs once per role and level however many games are played. Shared: callers
 * only read it.
 */
export function roleRanking(model: LevelModel, roleIndex: number): PackageRanking {
  let ranking = model.derived.rankings[roleIndex];
  if (!ranking) {
    const values = model.values[roleIndex];
    if (values === undefined) throw new RangeError(`no role at index ${roleIndex}`);
    ranking = rankPackages(packageTable(model), values);
    model.derived.rankings[roleIndex] = ranking;
  }
  return ranking;
}

/**
 * 1 for each package whose options are all on the table (not locked), 0 otherwise. Masks are kept
 * on the table by lock combination and shared across games. Shared: do not modify.
 */
export function availablePackageMask(table: PackageTable, available: readonly (readonly boolean[])[]): Uint8Array {
  const bySignature = table.masks;
  let signature = '';
  for (const opts of available) {
    for (const ok of opts) signature += ok ? '1' : '0';
    signature += '|';
  }
  let mask = bySignature.get(signature);
  if (!mask) {
    const { count, issues, options } = table;
    mask = new Uint8Array(count);
    for (let p = 0, base = 0; p < count; p++, base += issues) {
      let ok = 1;
      for (let i = 0; i < issues && ok; i++) if (!(available[i] as readonly boolean[])[options[base + i] as number]) ok = 0;
      mask[p] = ok;
    }
    bySignature.set(signature, mask);
  }
  return mask;
}

/** Whether two packages choose the same option on every issue. */
export function samePackage(a: Package, b: Package): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return a.length === b.length;
}

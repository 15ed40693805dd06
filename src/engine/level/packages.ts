/**
 * Every package of a level, laid out flat (package p's option for issue i is at p * issues + i),
 * built once per level: bots and the Pareto frontier scan it many times per game.
 */
import type { LevelModel } from './model.js';
import type { Package } from '../types.js';

export interface PackageTable {
  readonly count: number;
  readonly issues: number;
  readonly optionCounts: readonly number[];
  readonly options: Uint8Array;
}

const tables = new WeakMap<LevelModel, PackageTable>();

export function packageTable(model: LevelModel): PackageTable {
  let table = tables.get(model);
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
  table = { count, issues, optionCounts: model.optionCounts, options };
  tables.set(model, table);
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

const valueTables = new WeakMap<object, Float64Array>();

/**
 * Every package's value under one set of values, cached by the identity of that values array:
 * every game of a level starts from the same arrays, so this is built once per role and level.
 * The result is shared: copy it before changing it.
 */
export function sharedPackageValues(table: PackageTable, values: readonly (readonly number[])[]): Float64Array {
  let out = valueTables.get(values);
  if (!out) {
    out = valuesOfAll(table, values, new Float64Array(table.count));
    valueTables.set(values, out);
  }
  return out;
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

const rankings = new WeakMap<object, PackageRanking>();

/**
 * All packages ranked by a role's starting values, cached by the identity of the values array, so
 * the sort runs once per role and level however many games are played.
 */
export function rankPackages(table: PackageTable, values: readonly (readonly number[])[]): PackageRanking {
  const cached = rankings.get(values);
  if (cached) return cached;
  const value = sharedPackageValues(table, values);
  const order = Uint32Array.from({ length: table.count }, (_, i) => i).sort((a, b) => (value[b] as number) - (value[a] as number) || a - b);
  const rank = new Uint32Array(table.count);
  for (let k = 0; k < order.length; k++) rank[order[k] as number] = k;
  const ranking = { value, order, rank, stride: Math.max(1, ...table.optionCounts) };
  rankings.set(values, ranking);
  return ranking;
}

const masksBySignature = new WeakMap<PackageTable, Map<string, Uint8Array>>();
const masksByIdentity = new WeakMap<object, Uint8Array>();

/**
 * 1 for each package whose options are all on the table (not locked), 0 otherwise. Games of a level
 * only ever see a few lock combinations, so masks are shared across games by the combination, and
 * found again by the identity of the availability array within a game. Shared: do not modify.
 */
export function availablePackageMask(table: PackageTable, available: readonly (readonly boolean[])[]): Uint8Array {
  const known = masksByIdentity.get(available);
  if (known) return known;
  let bySignature = masksBySignature.get(table);
  if (!bySignature) {
    bySignature = new Map();
    masksBySignature.set(table, bySignature);
  }
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
  masksByIdentity.set(available, mask);
  return mask;
}

/** Whether two packages choose the same option on every issue. */
export function samePackage(a: Package, b: Package): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return a.length === b.length;
}

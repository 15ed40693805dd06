/**
 * Every package of a level, laid out flat (package p's option for issue i is at p * issues + i),
 * built once per level: bots and the Pareto frontier scan it many times per game.
 */
import type { LevelModel } from './model.js';

export interface PackageTable {
  readonly count: number;
  readonly issues: number;
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
  table = { count, issues, options };
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

/** Adds `delta` to the value of every package that picks `option` on `issue`. */
export function shiftPackageValues(table: PackageTable, out: Float64Array, issue: number, option: number, delta: number): void {
  const { count, issues, options } = table;
  for (let p = 0, at = issue; p < count; p++, at += issues) if (options[at] === option) out[p] = (out[p] as number) + delta;
}

export interface PackageRanking {
  /** Each package's value under the ranked values. */
  readonly value: Float64Array;
  /** Package indices from the most to the least valuable. */
  readonly order: Uint32Array;
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
  const ranking = { value, order };
  rankings.set(values, ranking);
  return ranking;
}

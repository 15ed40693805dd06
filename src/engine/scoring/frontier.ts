/**
 * The Pareto frontier of a level and the distance of an outcome from it.
 *
 * A package's utility vector is u(P) = (packageValue(V_r, P)) for every role r, in the level's role
 * order. The frontier is the set of non-dominated vectors (u dominates w when u ≥ w in every
 * coordinate and u > w in at least one); one representative package (the first in enumeration
 * order) is kept per distinct vector, with the number of packages that map to it.
 *
 * These run once per simulated game on up to a few thousand packages, so they work on flat typed
 * arrays (frontier-tables.ts) and allocate nothing per package.
 */
import type { LevelModel } from '../level/model.js';
import { packageAt } from '../level/model.js';
import { filterFrontier } from './dominance.js';
import { flatValues, scratchFor, type Values } from './frontier-tables.js';

export interface Frontier {
  /** Number of roles: the length of each utility vector. */
  readonly roles: number;
  /** Number of distinct non-dominated utility vectors. */
  readonly size: number;
  /** For each frontier point, its representative package (index in `packageAt` order), ascending. */
  readonly packages: Uint32Array;
  /** For each frontier point, how many packages share its utility vector. */
  readonly counts: Uint32Array;
  /** Utility vectors, flat: point j's value for role r is at `j * roles + r`. */
  readonly points: Float64Array;
}

export interface ValueRange {
  readonly best: number;
  readonly worst: number;
}

/** Larger than any frontier size (a level has at most 6^8 packages). */
const SLOT_SPAN = 2 ** 22;

/**
 * The Pareto frontier of a level under the given values (`values[role][issue][option]`, roles in
 * `model.roleIds` order).
 *
 * Values are additive across issues, so a package whose first k issues' partial sum is dominated
 * by another prefix's is dominated by that prefix with the same remaining options: the frontier is
 * built issue by issue, extending only the non-dominated prefixes. Partial sums are added in issue
 * order from 0, exactly as `packageValue` does, so the vectors are bit-identical to it; partial
 * prefixes are dropped only when beaten by a margin far above rounding, so every package's vector is
 * accounted for and the counts are exact.
 */
export function paretoFrontier(model: LevelModel, values: Values): Frontier {
  const R = values.length;
  const s = scratchFor(model, R);
  const counts = model.optionCounts;
  const I = counts.length;
  const { flat, offset } = flatValues(model, values, R);
  // A margin far above the rounding error of partial sums of this size.
  let magnitude = 0;
  for (let r = 0; r < R; r++) {
    let m = 0;
    for (let i = 0; i < I; i++) {
      let big = 0;
      for (let o = offset[i] as number; o < (offset[i + 1] as number); o++) big = Math.max(big, Math.abs(flat[o * R + r] as number));
      m += big;
    }
    magnitude = Math.max(magnitude, m);
  }
  const margin = 1e-9 * (1 + magnitude);
  // Stage 0: the options of the first issue (0 + value, as packageValue adds them).
  let n = counts[0] as number;
  for (let o = 0; o < n; o++) {
    for (let r = 0; r < R; r++) s.cv[o * R + r] = 0 + (flat[o * R + r] as number);
    s.cc[o] = 1;
    s.cr[o] = o;
  }
  let size = filterFrontier(s, n, I === 1 ? 0 : margin);
  for (let i = 1; i < I; i++) {
    const m = counts[i] as number;
    const row0 = (offset[i] as number) * R;
    n = 0;
    for (let j = 0; j < size; j++) {
      const fb = j * R;
      const count = s.fc[j] as number;
      const rep = (s.fr[j] as number) * m;
      for (let o = 0, row = row0; o < m; o++, row += R) {
        const out = n * R;
        for (let r = 0; r < R; r++) s.cv[out + r] = (s.fv[fb + r] as number) + (flat[row + r] as number);
        s.cc[n] = count;
        s.cr[n] = rep + o;
        n++;
      }
    }
    size = filterFrontier(s, n, i === I - 1 ? 0 : margin);
  }
  // Output in enumeration order of the representative packages (distinct package indices): sort
  // keys rep × 2^22 + slot (exact in a double: at most 6^8 packages, fewer slots).
  const keys = new Float64Array(size);
  for (let j = 0; j < size; j++) keys[j] = (s.fr[j] as number) * SLOT_SPAN + j;
  keys.sort();
  const packages = new Uint32Array(size);
  const pointCounts = new Uint32Array(size);
  const points = new Float64Array(size * R);
  for (let k = 0; k < size; k++) {
    const key = keys[k] as number;
    const j = key % SLOT_SPAN;
    packages[k] = (key - j) / SLOT_SPAN;
    pointCounts[k] = s.fc[j] as number;
    points.set(s.fv.subarray(j * R, j * R + R), k * R);
  }
  return { roles: R, size, packages, counts: pointCounts, points };
}

/** The package (option indices in issue order) of frontier point `j`. */
export function frontierPackage(model: LevelModel, frontier: Frontier, j: number): number[] {
  return packageAt(model, frontier.packages[j] as number);
}

/**
 * How far a point (one value per role) sits from the frontier: each coordinate x_r is normalised to
 * (x_r − worst_r) / (best_r − worst_r) (a role whose range is zero counts as 0), the distance is the
 * smallest Euclidean distance to a normalised frontier point, divided by √(number of roles) so that
 * it lies in [0, 1] when the point and the frontier lie within the ranges. 0 on the frontier; 1 for
 * an empty frontier.
 */
export function paretoDistance(point: readonly number[], frontier: Frontier, ranges: readonly ValueRange[]): number {
  const R = point.length;
  if (R === 0) return 0;
  if (frontier.size === 0) return 1;
  if (frontier.roles !== R) throw new Error(`paretoDistance: the point has ${R} coordinates but the frontier has ${frontier.roles}`);
  // Divide rather than multiply by 1/span: a tiny (subnormal) span has no finite inverse.
  const span = new Float64Array(R);
  for (let r = 0; r < R; r++) {
    const range = ranges[r];
    const s = range ? range.best - range.worst : 0;
    span[r] = s > 0 ? s : 0;
  }
  const pts = frontier.points;
  let best = Infinity;
  for (let j = 0, base = 0; j < frontier.size; j++, base += R) {
    let d2 = 0;
    for (let r = 0; r < R; r++) {
      const s = span[r] as number;
      if (s === 0) continue;
      const d = ((point[r] as number) - (pts[base + r] as number)) / s;
      d2 += d * d;
      if (d2 >= best) break;
    }
    if (d2 < best) {
      best = d2;
      if (best === 0) break;
    }
  }
  return Math.min(1, Math.sqrt(best) / Math.sqrt(R));
}

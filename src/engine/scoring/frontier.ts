/**
 * The Pareto frontier of a level, the distance of an outcome from it, and the Nash bargaining point.
 *
 * A package's utility vector is u(P) = (packageValue(V_r, P)) for every role r, in the level's role
 * order. The frontier is the set of non-dominated vectors (u dominates w when u ≥ w in every
 * coordinate and u > w in at least one); one representative package (the first in enumeration
 * order) is kept per distinct vector, with the number of packages that map to it.
 *
 * These run once per simulated game on up to a few thousand packages, so they work on flat typed
 * arrays and allocate nothing per package.
 */
import type { LevelModel } from '../level/model.js';
import { packageAt } from '../level/model.js';

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

type Values = readonly (readonly (readonly number[])[])[];

/** Per-model scratch space, kept on the model and reused from call to call (the engine is single-threaded). */
export interface FrontierScratch {
  roles: number;
  /** Candidate points of a stage: vectors (flat), package counts, representative (prefix) indices. */
  cv: Float64Array;
  cc: Float64Array;
  cr: Float64Array;
  /** The frontier kept by a stage, same layout. */
  fv: Float64Array;
  fc: Float64Array;
  fr: Float64Array;
  sums: Float64Array;
  order: Uint32Array;
  bucketOf: Uint32Array;
  bucketStart: Uint32Array;
  /** utilities[p * roles + r]: package p's value for role r (full scans only). */
  utilities: Float64Array;
}

/** Larger than any frontier size (a level has at most 6^8 packages). */
const SLOT_SPAN = 2 ** 22;

function scratchFor(model: LevelModel, roles: number): FrontierScratch {
  let s = model.derived.frontierScratch;
  if (!s || s.roles !== roles) {
    const n = model.packageCount;
    s = {
      roles,
      cv: new Float64Array(n * roles),
      cc: new Float64Array(n),
      cr: new Float64Array(n),
      fv: new Float64Array(n * roles),
      fc: new Float64Array(n),
      fr: new Float64Array(n),
      sums: new Float64Array(n),
      order: new Uint32Array(n),
      bucketOf: new Uint32Array(n),
      bucketStart: new Uint32Array(n + 1),
      utilities: new Float64Array(n * roles),
    };
    model.derived.frontierScratch = s;
  }
  return s;
}

/** Values laid out flat: option o of issue i for role r at (offset[i] + o) * R + r. */
function flatValues(model: LevelModel, values: Values, R: number): { flat: Float64Array; offset: Int32Array } {
  const counts = model.optionCounts;
  const I = counts.length;
  const offset = new Int32Array(I + 1);
  for (let i = 0; i < I; i++) offset[i + 1] = (offset[i] as number) + (counts[i] as number);
  const flat = new Float64Array((offset[I] as number) * R);
  for (let r = 0; r < R; r++) {
    const vr = values[r] as readonly (readonly number[])[];
    for (let i = 0; i < I; i++) {
      const vi = vr[i] as readonly number[];
      const base = offset[i] as number;
      const n = counts[i] as number;
      for (let o = 0; o < n; o++) flat[(base + o) * R + r] = vi[o] as number;
    }
  }
  return { flat, offset };
}

/**
 * Every package's utility vector into `s.utilities`, in enumeration (`packageAt`) order, by an
 * odometer that keeps partial sums per issue. Summation runs over issues in order, from 0, exactly
 * as `packageValue` does, so the numbers are bit-identical to it.
 */
function computeUtilities(model: LevelModel, values: Values, s: FrontierScratch): number {
  const R = s.roles;
  const counts = model.optionCounts;
  const I = counts.length;
  const { flat, offset } = flatValues(model, values, R);
  const opt = new Int32Array(I);
  const partial = new Float64Array((I + 1) * R);
  const u = s.utilities;
  const lastIssue = I - 1;
  const lastCount = counts[lastIssue] as number;
  const lastRow = (offset[lastIssue] as number) * R;
  const prefix = lastIssue * R;
  let p = 0;
  let from = 0;
  for (;;) {
    // Partial sums of every issue but the last, then the last issue's options in a row.
    for (let i = from; i < lastIssue; i++) {
      const row = ((offset[i] as number) + (opt[i] as number)) * R;
      const src = i * R;
      for (let r = 0; r < R; r++) partial[src + R + r] = (partial[src + r] as number) + (flat[row + r] as number);
    }
    for (let o = 0, row = lastRow; o < lastCount; o++, row += R) {
      const out = p * R;
      for (let r = 0; r < R; r++) u[out + r] = (partial[prefix + r] as number) + (flat[row + r] as number);
      p++;
    }
    let i = lastIssue - 1;
    while (i >= 0) {
      const o = (opt[i] as number) + 1;
      if (o < (counts[i] as number)) {
        opt[i] = o;
        break;
      }
      opt[i] = 0;
      i--;
    }
    if (i < 0) break;
    from = i;
  }
  return p;
}

/**
 * Keep the non-dominated candidates (`s.cv`, `s.cc`, `s.cr`, n of them) in `s.fv`, `s.fc`, `s.fr`;
 * returns how many. Equal vectors merge: counts add up, the smaller representative stays. With a
 * `margin` > 0, a point is only dropped when another is ≥ in every coordinate and ahead by at least
 * `margin` in one (used on partial sums, so that rounding in the issues still to be added can never
 * turn a dropped package into a tie with a kept one).
 *
 * Candidates are processed by buckets of the sum of their coordinates, highest first (a counting
 * sort). Rounded addition is monotone, so a vector never lands in a later bucket than one it
 * dominates: a candidate is compared with the frontier kept so far and can only knock out points of
 * its own bucket. The kept points stay mutually non-dominated throughout.
 */
function filterFrontier(s: FrontierScratch, n: number, margin: number): number {
  const R = s.roles;
  const { cv, cc, cr, fv, fc, fr, sums, order, bucketOf, bucketStart } = s;
  let hi = -Infinity;
  let lo = Infinity;
  for (let c = 0, base = 0; c < n; c++, base += R) {
    let t = 0;
    for (let r = 0; r < R; r++) t += cv[base + r] as number;
    sums[c] = t;
    if (t > hi) hi = t;
    if (t < lo) lo = t;
  }
  const B = n;
  const width = (hi - lo) / B;
  const scale = width > 0 && Number.isFinite(width) ? 1 / width : 0;
  bucketStart.fill(0, 0, B + 1);
  for (let c = 0; c < n; c++) {
    const q = Math.floor((hi - (sums[c] as number)) * scale);
    const b = q >= 0 ? (q < B ? q : B - 1) : 0; // NaN goes to bucket 0
    bucketOf[c] = b;
    bucketStart[b + 1] = (bucketStart[b + 1] as number) + 1;
  }
  for (let b = 0; b < B; b++) bucketStart[b + 1] = (bucketStart[b + 1] as number) + (bucketStart[b] as number);
  for (let c = 0; c < n; c++) {
    const b = bucketOf[c] as number;
    const at = bucketStart[b] as number;
    order[at] = c;
    bucketStart[b] = at + 1;
  }
  let size = 0;
  let bucketFirst = 0; // kept points from index bucketFirst on belong to the current bucket
  let currentBucket = -1;
  for (let k = 0; k < n; k++) {
    const c = order[k] as number;
    const b = bucketOf[c] as number;
    if (b !== currentBucket) {
      currentBucket = b;
      bucketFirst = size;
    }
    const base = c * R;
    let fate = 0; // 0: kept, 1: dominated, 2: merged into an equal point
    for (let j = 0, fb = 0; j < size; j++, fb += R) {
      let r = 0;
      while (r < R && (fv[fb + r] as number) >= (cv[base + r] as number)) r++;
      if (r === R) {
        // fv[j] ≥ candidate everywhere: equal, dominated, or (with a margin) too close to tell.
        let eq = true;
        let ahead = false;
        for (let q = 0; q < R; q++) {
          const d = (fv[fb + q] as number) - (cv[base + q] as number);
          if (d !== 0) {
            eq = false;
            if (d >= margin) ahead = true;
          }
        }
        if (eq) {
          fc[j] = (fc[j] as number) + (cc[c] as number);
          if ((cr[c] as number) < (fr[j] as number)) fr[j] = cr[c] as number;
          fate = 2;
          break;
        }
        if (ahead) {
          fate = 1;
          break;
        }
        continue;
      }
      if (j < bucketFirst) continue;
      // A point of the candidate's own bucket: does the candidate dominate it?
      let q = 0;
      while (q < R && (fv[fb + q] as number) <= (cv[base + q] as number)) q++;
      if (q < R) continue;
      let ahead = false;
      for (let t = 0; t < R; t++) if ((cv[base + t] as number) - (fv[fb + t] as number) >= margin && (cv[base + t] as number) !== (fv[fb + t] as number)) ahead = true;
      if (!ahead) continue;
      // Then no kept point dominates the candidate (it would dominate this one too): drop this one
      // (the last kept point moves into its place) and look at slot j again.
      size--;
      const lb = size * R;
      for (let t = 0; t < R; t++) fv[fb + t] = fv[lb + t] as number;
      fc[j] = fc[size] as number;
      fr[j] = fr[size] as number;
      j--;
      fb -= R;
    }
    if (fate !== 0) continue;
    const out = size * R;
    for (let r = 0; r < R; r++) fv[out + r] = cv[base + r] as number;
    fc[size] = cc[c] as number;
    fr[size] = cr[c] as number;
    size++;
  }
  return size;
}

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

export interface NashPoint {
  readonly package: number[];
  /** u_r of the package, in role order. */
  readonly values: number[];
}

/**
 * The Nash bargaining point: the package maximising Σ_r log(u_r(P) − d_r) over the packages with
 * u_r(P) > d_r for every role (d = `noDealValues`, in role order); null when no package beats no
 * deal for every role. Ties: the first package in enumeration order.
 *
 * Only the Pareto frontier is searched (pass `frontier` if it is already computed for these
 * values): a strictly dominated package has a strictly smaller product, so the maximum is the same,
 * and each frontier vector is represented by the first package that has it. The one difference
 * with a scan of every package is a tie that exists only through rounding (a package dominated by
 * less than the precision of the sums): the Pareto-optimal package is chosen, as Nash's solution
 * requires.
 */
export function nashPoint(model: LevelModel, values: Values, noDealValues: readonly number[], frontier?: Frontier): NashPoint | null {
  const R = values.length;
  const f = frontier && frontier.roles === R ? frontier : paretoFrontier(model, values);
  const u = f.points;
  const n = f.size;
  const pkgIndex = f.packages;
  let bestScore = -Infinity;
  let bestRow = -1;
  let bestPkg = Infinity;
  let bestProduct = 0;
  for (let c = 0, base = 0; c < n; c++, base += R) {
    // The product of the gains orders points as the sum of their logs does, up to rounding, at a
    // fraction of the cost: the logs are taken only for a point whose product comes within a
    // billionth of the best one's (far beyond any rounding), so the answer is that of the sums.
    // A product is trusted only when every gain lies in [1e-15, 1e15] and there are at most 16
    // roles: it then stays far from underflow and overflow, within 16 roundings of exact.
    let product = 1;
    let ok = true;
    let trusted = R <= 16;
    for (let r = 0; r < R; r++) {
      const gain = (u[base + r] as number) - (noDealValues[r] as number);
      if (!(gain > 0)) {
        ok = false;
        break;
      }
      if (gain < 1e-15 || gain > 1e15) trusted = false;
      product *= gain;
    }
    if (!ok || (trusted && product < bestProduct * (1 - 1e-9))) continue;
    let score = 0;
    for (let r = 0; r < R; r++) score += Math.log((u[base + r] as number) - (noDealValues[r] as number));
    const p = pkgIndex[c] as number;
    if (score > bestScore || (score === bestScore && p < bestPkg)) {
      bestScore = score;
      bestRow = c;
      bestPkg = p;
      // An untrusted best cannot bound the others: 0 turns the shortcut off.
      bestProduct = trusted ? product : 0;
    }
  }
  if (bestRow < 0) return null;
  return { package: packageAt(model, bestPkg), values: Array.from(u.subarray(bestRow * R, bestRow * R + R)) };
}

/**
 * How many packages every listed role strictly prefers to its no-deal value (`include[r]` false
 * leaves role r out of the test). Used for the "zone of possible agreement".
 */
export function countBeatingNoDeal(model: LevelModel, values: Values, noDealValues: readonly number[], include: readonly boolean[]): number {
  const R = values.length;
  const s = scratchFor(model, R);
  const n = computeUtilities(model, values, s);
  const u = s.utilities;
  let count = 0;
  for (let c = 0, base = 0; c < n; c++, base += R) {
    let ok = true;
    for (let r = 0; r < R; r++) {
      if (include[r] && !((u[base + r] as number) > (noDealValues[r] as number))) {
        ok = false;
        break;
      }
    }
    if (ok) count++;
  }
  return count;
}

/**
 * One stage of the frontier search: the non-dominated points among a stage's candidates, found by
 * buckets of their coordinate sums.
 */
import type { FrontierScratch } from './frontier-tables.js';

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
export function filterFrontier(s: FrontierScratch, n: number, margin: number): number {
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

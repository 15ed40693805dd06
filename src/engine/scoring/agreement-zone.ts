/**
 * The "zone of possible agreement": how many packages beat no deal for the roles that count, by a
 * scan of every package's utility vector.
 */
import type { LevelModel } from '../level/model.js';
import { flatValues, scratchFor, type FrontierScratch, type Values } from './frontier-tables.js';

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

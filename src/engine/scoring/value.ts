/**
 * What a package is worth to a role: the sum of its points for the chosen option of each issue.
 * Values are additive across issues, as in classic multi-issue negotiation exercises, which is
 * what makes trades across issues ("I move on data flows if you move on tariffs") possible.
 */
import type { Package } from '../types.js';

export function packageValue(values: readonly (readonly number[])[], pkg: Package): number {
  let total = 0;
  for (let i = 0; i < pkg.length; i++) total += (values[i] as readonly number[])[pkg[i] as number] as number;
  return total;
}

/** The best and worst a role could get from any package: the ends of its scale. */
export function valueRange(values: readonly (readonly number[])[]): { best: number; worst: number } {
  let best = 0;
  let worst = 0;
  for (const opts of values) {
    let hi = -Infinity;
    let lo = Infinity;
    for (const v of opts) {
      if (v > hi) hi = v;
      if (v < lo) lo = v;
    }
    best += hi;
    worst += lo;
  }
  return { best, worst };
}

/** The Nash bargaining point of a level, searched on its Pareto frontier. */
import type { LevelModel } from '../level/model.js';
import { packageAt } from '../level/model.js';
import { paretoFrontier, type Frontier } from './frontier.js';
import type { Values } from './frontier-tables.js';

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

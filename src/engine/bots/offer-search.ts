/**
 * The offer search: among the packages on the table worth at least a threshold to the bot, the one
 * with the best score, where a package's score is
 *
 *   0.25 × (own − worst) / span  +  Σ linear[i][option i]  +  court × min over voters of Σ voter[i][option i]
 *
 * (its worth to the bot, what the others are believed to think of it, and what the least keen of
 * several voters is believed to think of it). Ties go to the package ranked higher by the bot's
 * starting values, so the search gives the same answer as walking every package in that order.
 *
 * It is a branch and bound over the issues: a partial package is dropped as soon as even the best
 * options left for the remaining issues cannot lift it to the threshold, or to the best score found
 * so far. A bot searches once a turn, and most of the package space is cut off near the root.
 */
import type { LevelModel } from '../level/model.js';
import { packageTable, roleRanking, type PackageRanking, type PackageTable } from '../level/packages.js';

/** The per-option tables a search reads, flat: issue i, option k at i * stride + k. */
export interface SearchTables {
  /** The bot's current points. */
  readonly own: readonly number[];
  /** Everything in the score that adds up issue by issue. */
  readonly linear: readonly number[];
  /** One table per voter whose least keen estimate counts (none, or two or more). */
  readonly voters: readonly (readonly number[])[];
}

export interface SearchGoal {
  /** The least worth to the bot a package may have. */
  readonly threshold: number;
  readonly worst: number;
  /** best − worst of the bot's scale (never 0). */
  readonly span: number;
  /** Weight of the least keen voter's estimate. */
  readonly court: number;
  /** available[issue][option]: options that may be offered. */
  readonly available: readonly (readonly boolean[])[];
}

export interface SearchResult {
  /** The package's index in the table. */
  readonly pkg: number;
  /** Its worth to the bot. */
  readonly own: number;
}

/** Bounds are compared with this much slack, so rounding in a bound never cuts off a tie. */
const SLACK = 1e-7;

export class PackageSearch {
  private readonly issues: number;
  private readonly stride: number;
  /** radix[i]: how far one step in issue i's option moves the package index (mixed radix). */
  private readonly radix: number[];
  /**
   * Per issue, the options on the table in the order they are tried (best first): the first
   * tryCount[i] entries of tryOrder[i]. Counted rather than truncated, as setting an array's length
   * is a slow call into the runtime.
   */
  private readonly tryOrder: number[][];
  private readonly tryCount: number[];
  /** Per issue, the sort keys of its options for this search. */
  private readonly keys: number[][];
  /** Suffix bounds: the most the issues from i on can add (index `issues` is 0). */
  private readonly ownLeft: number[];
  private readonly linearLeft: number[];
  private readonly votersLeft: number[][];
  /** The options of the package being built, and the voters' partial sums along it. */
  private readonly picked: number[];
  private readonly voterSums: number[][];
  // The search in progress.
  private tables: SearchTables = { own: [], linear: [], voters: [] };
  private goal: SearchGoal = { threshold: 0, worst: 0, span: 1, court: 0, available: [] };
  private bestScore = -Infinity;
  private bestRank = Infinity;
  private bestPkg = -1;
  private bestOwn = 0;

  /** A table of the search's layout (issue i, option k at i * stride + k) for callers to fill before a search. */
  readonly scratch: number[];

  /**
   * The search of one role (its index in the level), kept on the level's model and shared by every
   * bot of that role. A search keeps nothing between calls and runs to its end without yielding,
   * so one instance serves them all, and games allocate none.
   */
  static forRole(model: LevelModel, roleIndex: number): PackageSearch {
    let search = model.derived.searches[roleIndex];
    if (!search) {
      search = new PackageSearch(packageTable(model), roleRanking(model, roleIndex));
      model.derived.searches[roleIndex] = search;
    }
    return search;
  }

  constructor(
    table: PackageTable,
    private readonly ranking: PackageRanking,
  ) {
    this.scratch = new Array<number>(table.issues * ranking.stride).fill(0);
    this.issues = table.issues;
    this.stride = ranking.stride;
    this.radix = new Array<number>(this.issues).fill(1);
    for (let i = this.issues - 2; i >= 0; i--) this.radix[i] = (this.radix[i + 1] as number) * (table.optionCounts[i + 1] as number);
    this.tryOrder = table.optionCounts.map((n) => new Array<number>(n).fill(0));
    this.tryCount = new Array<number>(this.issues).fill(0);
    this.keys = table.optionCounts.map((n) => new Array<number>(n).fill(0));
    this.ownLeft = new Array<number>(this.issues + 1).fill(0);
    this.linearLeft = new Array<number>(this.issues + 1).fill(0);
    this.votersLeft = [];
    this.picked = new Array<number>(this.issues).fill(0);
    this.voterSums = [];
  }

  /** The best package for the goal, or null when no package on the table reaches the threshold. */
  best(tables: SearchTables, goal: SearchGoal): SearchResult | null {
    this.tables = tables;
    this.goal = goal;
    this.bestScore = -Infinity;
    this.bestRank = Infinity;
    this.bestPkg = -1;
    if (!this.prepare()) return null;
    this.visit(0, 0, 0, 0);
    return this.bestPkg < 0 ? null : { pkg: this.bestPkg, own: this.bestOwn };
  }

  /** Order each issue's options and work out the suffix bounds; false if an issue has no option open. */
  private prepare(): boolean {
    const { issues, stride } = this;
    const { own, linear, voters } = this.tables;
    const { span, available } = this.goal;
    const nv = voters.length;
    while (this.votersLeft.length < nv) {
      this.votersLeft.push(new Array<number>(issues + 1).fill(0));
      this.voterSums.push(new Array<number>(issues + 1).fill(0));
    }
    for (let v = 0; v < nv; v++) {
      (this.votersLeft[v] as number[])[issues] = 0;
      (this.voterSums[v] as number[])[0] = 0;
    }
    this.ownLeft[issues] = 0;
    this.linearLeft[issues] = 0;
    for (let i = issues - 1; i >= 0; i--) {
      const order = this.tryOrder[i] as number[];
      const keys = this.keys[i] as number[];
      const open = available[i] as readonly boolean[];
      const row = i * stride;
      let count = 0;
      let ownMax = -Infinity;
      let linearMax = -Infinity;
      for (let k = 0; k < keys.length; k++) {
        if (!open[k]) continue;
        const o = own[row + k] as number;
        const l = linear[row + k] as number;
        if (o > ownMax) ownMax = o;
        if (l > linearMax) linearMax = l;
        // Try options in order of what they add on their own: good packages come first, so the
        // bound cuts the rest early.
        const key = (0.25 * o) / span + l;
        keys[k] = key;
        let at = count++;
        while (at > 0 && (keys[order[at - 1] as number] as number) < key) {
          order[at] = order[at - 1] as number;
          at--;
        }
        order[at] = k;
      }
      this.tryCount[i] = count;
      // An issue with nothing on the table: no package can be offered.
      if (count === 0) return false;
      this.ownLeft[i] = (this.ownLeft[i + 1] as number) + ownMax;
      this.linearLeft[i] = (this.linearLeft[i + 1] as number) + linearMax;
      for (let v = 0; v < nv; v++) {
        const t = voters[v] as readonly number[];
        let m = -Infinity;
        for (let n = 0; n < count; n++) {
          const e = t[row + (order[n] as number)] as number;
          if (e > m) m = e;
        }
        const left = this.votersLeft[v] as number[];
        left[i] = (left[i + 1] as number) + m;
      }
    }
    return true;
  }

  /** Try every option of issue i under the package picked so far (own and linear partial sums). */
  private visit(i: number, ownSoFar: number, linearSoFar: number, pkgSoFar: number): void {
    const { issues, stride } = this;
    const { own, linear, voters } = this.tables;
    const { threshold, worst, span, court } = this.goal;
    if (i === issues) {
      this.leaf(ownSoFar, pkgSoFar);
      return;
    }
    const nv = voters.length;
    const order = this.tryOrder[i] as number[];
    const count = this.tryCount[i] as number;
    for (let n = 0; n < count; n++) {
      const k = order[n] as number;
      const slot = i * stride + k;
      // Summed in issue order, as the worth of a whole package is: the leaf's sum is exact.
      const ownNow = ownSoFar + (own[slot] as number);
      const ownBound = ownNow + (this.ownLeft[i + 1] as number);
      if (ownBound + SLACK < threshold) continue;
      const linearNow = linearSoFar + (linear[slot] as number);
      let bound = (0.25 * (ownBound - worst)) / span + linearNow + (this.linearLeft[i + 1] as number);
      if (nv > 0) {
        let least = Infinity;
        for (let v = 0; v < nv; v++) {
          const sums = this.voterSums[v] as number[];
          const now = (sums[i] as number) + ((voters[v] as readonly number[])[slot] as number);
          sums[i + 1] = now;
          least = Math.min(least, now + ((this.votersLeft[v] as number[])[i + 1] as number));
        }
        bound += court * least;
      }
      if (bound + SLACK < this.bestScore) continue;
      this.picked[i] = k;
      this.visit(i + 1, ownNow, linearNow, pkgSoFar + k * (this.radix[i] as number));
    }
  }

  /** A whole package: score it exactly as a walk over every package would, and keep the best. */
  private leaf(own: number, pkg: number): void {
    const { issues, stride, picked } = this;
    const { linear, voters } = this.tables;
    const { threshold, worst, span, court } = this.goal;
    if (own < threshold) return;
    let score = (0.25 * (own - worst)) / span;
    for (let i = 0; i < issues; i++) score += linear[i * stride + (picked[i] as number)] as number;
    if (voters.length > 0) {
      let least = Infinity;
      for (const t of voters) {
        let e = 0;
        for (let i = 0; i < issues; i++) e += t[i * stride + (picked[i] as number)] as number;
        if (e < least) least = e;
      }
      score += court * least;
    }
    const rank = this.ranking.rank[pkg] as number;
    if (score > this.bestScore || (score === this.bestScore && rank < this.bestRank)) {
      this.bestScore = score;
      this.bestRank = rank;
      this.bestPkg = pkg;
      this.bestOwn = own;
    }
  }
}

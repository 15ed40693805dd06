/**
 * What a bot believes about another role's values, learnt only from what it may see: the
 * packages that role puts on the table, which offers it accepts or rejects, and intel from
 * information cards. This is the frequency model of automated-negotiation research: options a
 * role keeps offering are ones it values; issues on which it never moves are ones it cares about.
 */
import type { LevelModel } from '../level/model.js';
import type { Intel, Offer } from '../rules/state.js';
import type { Package, RoleId } from '../types.js';

export interface Belief {
  /** Bumped whenever the belief changes, so derived tables can be cached. */
  version: number;
  /** Estimated appeal of each option in [0, 1], per issue. */
  readonly appeal: number[][];
  /** Estimated importance of each issue (sums to 1). */
  readonly weight: number[];
  /** The last package this role offered, to see where it moved. */
  lastOffer: Package | null;
  offersSeen: number;
}

function uniformBelief(model: LevelModel): Belief {
  const n = model.optionCounts.length;
  return {
    appeal: model.optionCounts.map((k) => new Array<number>(k).fill(0.5)),
    weight: new Array<number>(n).fill(1 / n),
    lastOffer: null,
    offersSeen: 0,
    version: 0,
  };
}

function normalise(weights: number[]): void {
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) / total;
}

export class OpponentModel {
  private readonly beliefs = new Map<RoleId, Belief>();
  private seenOffers = 0;
  /** How many acceptances and rejections of each offer (by id - 1) have been learnt from. */
  private readonly seenAccepts: number[] = [];
  private readonly seenRejects: number[] = [];
  private settled = 0;
  /** looked[k]: the offer with index k as the bot last read it. */
  private readonly looked: Offer[] = [];
  private intelSeen = 0;
  private readonly flat = new Map<RoleId, { version: number; table: number[] }>();
  readonly stride: number;

  constructor(
    private readonly model: LevelModel,
    private readonly me: RoleId,
  ) {
    for (const role of model.roleIds) if (role !== me) this.beliefs.set(role, uniformBelief(model));
    /** Widest option count: the stride of the flat tables below. */
    this.stride = Math.max(...model.optionCounts);
  }

  belief(role: RoleId): Belief | undefined {
    return this.beliefs.get(role);
  }


  /**
   * weight × appeal for every issue and option, flat (issue i, option k at i * stride + k), so a
   * package's estimate is a sum of lookups: what the offer search needs for thousands of packages.
   */
  flatEstimate(role: RoleId): readonly number[] {
    const b = this.beliefs.get(role);
    let cached = this.flat.get(role);
    if (cached && b && cached.version === b.version) return cached.table;
    if (!cached) {
      // One table per role, rewritten in place when the belief changes: allocation is the cost here.
      // A plain array: a typed array this size would be allocated off the heap, which costs more.
      cached = { version: -1, table: new Array<number>(this.model.optionCounts.length * this.stride).fill(0) };
      this.flat.set(role, cached);
    }
    const out = cached.table;
    if (!b) return out.fill(0.5 / this.model.optionCounts.length);
    const stride = this.stride;
    for (let i = 0; i < b.appeal.length; i++) {
      const appeal = b.appeal[i] as number[];
      const w = b.weight[i] as number;
      for (let k = 0; k < appeal.length; k++) out[i * stride + k] = w * (appeal[k] as number);
    }
    cached.version = b.version;
    return out;
  }

  /** A version that changes whenever any belief does: lets callers cache what they derive. */
  get version(): number {
    let v = 0;
    for (const b of this.beliefs.values()) v += b.version;
    return v;
  }

  /** Estimated appeal in [0, 1] of a package to a role. */
  estimate(role: RoleId, pkg: ArrayLike<number>): number {
    const b = this.beliefs.get(role);
    if (!b) return 0.5;
    let total = 0;
    for (let i = 0; i < b.weight.length; i++) total += (b.weight[i] as number) * ((b.appeal[i] as number[])[pkg[i] as number] as number);
    return total;
  }

  /** Read what is new on the table since the last look, and the intelligence up to `intelCount`. */
  observe(offers: readonly Offer[], intel: readonly Intel[], intelCount = intel.length): void {
    for (let k = this.seenOffers; k < offers.length; k++) this.learnFromOffer(offers[k] as Offer);
    this.seenOffers = offers.length;
    // Offers before the first open one are settled for good (superseded or adopted): skip them.
    while (this.settled < offers.length && (offers[this.settled] as Offer).status !== 'open') this.settled++;
    for (let k = this.settled; k < offers.length; k++) {
      const offer = offers[k] as Offer;
      // Offers are never changed in place: the same object means no new answers.
      if (offer.status !== 'open' || this.looked[k] === offer) continue;
      this.looked[k] = offer;
      // Counted without the bot's own answers, which teach it nothing: then what it learns does not
      // depend on whether it looked at the table between its own moves.
      const accepts = this.seenAccepts[k] ?? 0;
      const rejects = this.seenRejects[k] ?? 0;
      const acceptsNow = countOthers(offer.acceptedBy, this.me);
      const rejectsNow = countOthers(offer.rejectedBy, this.me);
      if (acceptsNow > accepts || rejectsNow > rejects) this.learnFromResponses(offer, accepts, rejects);
      this.seenAccepts[k] = acceptsNow;
      this.seenRejects[k] = rejectsNow;
    }
    const upTo = Math.min(intelCount, intel.length);
    for (let k = this.intelSeen; k < upTo; k++) this.learnFromIntel(intel[k] as Intel);
    if (upTo > this.intelSeen) this.intelSeen = upTo;
  }

  private learnFromOffer(offer: Offer): void {
    const b = this.beliefs.get(offer.by);
    if (!b) return;
    const pkg = offer.package;
    // Options a role offers gain appeal; nearby options (they are ordered) gain a little.
    const rate = b.offersSeen === 0 ? 0.6 : 0.25;
    for (let i = 0; i < pkg.length; i++) {
      const appeal = b.appeal[i] as number[];
      const chosen = pkg[i] as number;
      const span = Math.max(1, appeal.length - 1);
      for (let k = 0; k < appeal.length; k++) {
        const closeness = 1 - Math.abs(k - chosen) / span;
        appeal[k] = (appeal[k] as number) * (1 - rate) + closeness * rate;
      }
    }
    if (b.lastOffer) {
      // An issue the role did not move on, while conceding elsewhere, matters more to it.
      let moved = false;
      for (let i = 0; i < pkg.length; i++) if (pkg[i] !== b.lastOffer[i]) moved = true;
      if (moved) {
        for (let i = 0; i < pkg.length; i++) if (pkg[i] === b.lastOffer[i]) b.weight[i] = (b.weight[i] as number) + 0.1;
        normalise(b.weight);
      }
    }
    b.lastOffer = pkg.slice();
    b.version++;
    b.offersSeen++;
  }

  /** Learn from the answers others gave since the last look (the first ones seen are skipped). */
  private learnFromResponses(offer: Offer, acceptsSeen: number, rejectsSeen: number): void {
    const pkg = offer.package;
    let n = 0;
    for (const role of offer.acceptedBy) {
      if (role === this.me || n++ < acceptsSeen || role === offer.by) continue;
      const b = this.beliefs.get(role);
      if (!b) continue;
      b.version++;
      for (let i = 0; i < pkg.length; i++) {
        const appeal = b.appeal[i] as number[];
        const option = pkg[i] as number;
        appeal[option] = Math.min(1, (appeal[option] as number) + 0.05);
      }
    }
    n = 0;
    for (const role of offer.rejectedBy) {
      if (role === this.me || n++ < rejectsSeen) continue;
      const b = this.beliefs.get(role);
      if (!b) continue;
      b.version++;
      for (let i = 0; i < pkg.length; i++) {
        const appeal = b.appeal[i] as number[];
        const option = pkg[i] as number;
        appeal[option] = Math.max(0, (appeal[option] as number) - 0.05);
      }
    }
  }

  private learnFromIntel(intel: Intel): void {
    const b = this.beliefs.get(intel.about);
    const issue = this.model.issueIndex.get(intel.issue);
    if (!b || issue === undefined) return;
    const hi = Math.max(...intel.values);
    const lo = Math.min(...intel.values);
    const span = hi - lo || 1;
    b.appeal[issue] = intel.values.map((v) => (v - lo) / span);
    // Revealed points also say how much the issue matters: a wide spread is a priority.
    b.weight[issue] = Math.max(b.weight[issue] as number, Math.min(0.6, span / 100));
    b.version++;
    normalise(b.weight);
  }
}

/** How many roles other than `me` the list holds. */
function countOthers(list: readonly RoleId[], me: RoleId): number {
  let n = 0;
  for (const role of list) if (role !== me) n++;
  return n;
}

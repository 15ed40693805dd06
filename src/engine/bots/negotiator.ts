/**
 * A negotiating bot. It trades across issues with its own values: among the packages it can still
 * live with (its aspiration, which falls over time toward its no-deal value), it offers the one it
 * believes the others like most, so it gives on what it values less to gain on what it values
 * more. It accepts an offer that is worth at least what it could still expect, and votes for a
 * package only if it beats no deal. Strategies differ in how fast they concede and whom they court.
 */
import type { LevelModel } from '../level/model.js';
import { packageToIssues } from '../level/model.js';
import { availablePackageMask, packageTable, roleRanking, samePackage, type PackageRanking, type PackageTable } from '../level/packages.js';
import type { GameEvent, TurnMove } from '../rules/events.js';
import type { Offer } from '../rules/state.js';
import { packageValue, valueRange } from '../scoring/value.js';
import type { Package, RoleId } from '../types.js';
import type { RoleView, SelfView } from '../view.js';
import type { Bot, StrategyId } from './bot.js';
import type { BotReason } from '../rules/reasons.js';
import type { Statement } from '../rules/statements.js';
import { chooseCard } from './cards.js';
import { cardStatement, concernStatement, offerStatement } from './statements.js';
import { PackageSearch } from './offer-search.js';
import { OpponentModel } from './opponent-model.js';

export interface NegotiatorStyle {
  readonly strategy: StrategyId;
  /** Concession exponent: below 1 holds out until late (Boulware), above 1 gives early (Conceder). */
  readonly concession: number;
  /** How much the least keen voter counts when choosing an offer, against the average of all others. */
  readonly courtVoters: number;
  readonly courtEveryone: number;
  /** How much a card's cost weighs against its worth (higher: thriftier). */
  readonly costWeight: number;
  /** Follow the others' concessions instead of the clock (tit for tat). */
  readonly reciprocal: boolean;
  /**
   * The least gain over no deal (as a share of its whole scale) for which the bot will sign: the
   * political cost of putting its name to a text. A hardliner would rather walk away than sign
   * for crumbs.
   */
  readonly floor: number;
}

export const STYLES: Record<Exclude<StrategyId, 'random'>, NegotiatorStyle> = {
  hardliner: { strategy: 'hardliner', concession: 0.5, courtVoters: 0.6, courtEveryone: 0.1, costWeight: 0.9, reciprocal: false, floor: 0.15 },
  dealmaker: { strategy: 'dealmaker', concession: 1.1, courtVoters: 0.7, courtEveryone: 0.5, costWeight: 1.3, reciprocal: false, floor: 0.05 },
  reciprocator: { strategy: 'reciprocator', concession: 1, courtVoters: 0.8, courtEveryone: 0.3, costWeight: 1.1, reciprocal: true, floor: 0.07 },
};

const round = (x: number): number => Math.round(x);

/** An offer the bot chose: the package, its private reason, and what it says in public. */
type OfferChoice = { readonly pkg: Package; readonly because: BotReason; readonly statement: Statement };

export class Negotiator implements Bot {
  private readonly table: PackageTable;
  private readonly beliefs: OpponentModel;
  private valuesRef: readonly (readonly number[])[] | null = null;
  private valuesVersion = 0;
  /** The bot's current points laid out like the belief tables (issue i, option k at i * stride + k). */
  private readonly mine: number[];
  /** Packages ranked by the role's starting values: the order in which ties between offers are settled. */
  private readonly ranking: PackageRanking;
  private readonly isVoter: boolean;
  private readonly concessionCache = { t: Number.NaN, conceded: 0 };
  private best = 0;
  private worst = 0;
  /** The round whose turn the bot is playing (it has one turn a round). */
  private turnRound = -1;
  /** The offer chosen this turn, reused while nothing it depends on has changed. */
  private offerCache: {
    round: number;
    aspiration: number;
    beliefs: number;
    values: number;
    available: RoleView['available'];
    choice: OfferChoice | null;
  } | null = null;
  private readonly others: readonly RoleId[];
  private readonly otherVoters: readonly RoleId[];
  /** Scratch table for the linear part of the offer search's score (PackageSearch.forRole). */
  private readonly linear: number[];
  private readonly voterTables: (readonly number[])[];
  private readonly search: PackageSearch;
  private cardsConsidered = false;
  /** How much of its intelligence the bot reads this turn: what it had when the turn began. */
  private intelRead = 0;
  /** respondedIn[offer id]: the round in which the bot last weighed that offer. */
  private readonly respondedIn: number[] = [];
  /** Best value (normalised) each other role's offers have given me: first and latest. */
  private readonly firstFromOthers = new Map<RoleId, number>();
  private readonly latestFromOthers = new Map<RoleId, number>();
  private seenOffers = 0;

  constructor(
    private readonly model: LevelModel,
    readonly role: RoleId,
    private readonly style: NegotiatorStyle,
  ) {
    this.table = packageTable(model);
    this.isVoter = model.voterSet.has(role);
    this.others = model.othersOf.get(role) ?? [];
    this.otherVoters = this.others.filter((r) => model.voterSet.has(r));
    this.voterTables = new Array<readonly number[]>(this.otherVoters.length > 1 ? this.otherVoters.length : 0).fill([]);
    this.mine = new Array<number>(model.optionCounts.length * Math.max(...model.optionCounts)).fill(0);
    this.beliefs = new OpponentModel(model, role);
    const roleIndex = model.roleIndex.get(role);
    if (roleIndex === undefined) throw new RangeError(`no role ${role} in level ${model.level.id}`);
    this.ranking = roleRanking(model, roleIndex);
    // Scratch space, rewritten by every search and read only during it: shared by the role's bots.
    this.search = PackageSearch.forRole(model, roleIndex);
    this.linear = this.search.scratch;
  }

  get strategy(): StrategyId {
    return this.style.strategy;
  }

  /** The bot's next move, from the table as it stands after its moves so far. */
  act(view: RoleView): GameEvent {
    const self = view.self;
    if (!self) throw new Error(`bot ${this.role} has no view of its own role`);
    this.refreshValues(self);
    const voting = view.phase === 'finalDecision';
    if (!voting && view.round !== this.turnRound) {
      this.turnRound = view.round;
      this.cardsConsidered = false;
      this.intelRead = self.intel.length;
    }
    // Intelligence bought during a turn is read from the bot's next turn on (its analysts need the
    // time), so a reveal card can go with the rest of the turn in one event.
    this.beliefs.observe(view.offers, self.intel, voting ? self.intel.length : this.intelRead);
    this.trackOthers(view.offers);
    if (voting) return this.vote(view, self);

    if (!this.cardsConsidered) {
      this.cardsConsidered = true;
      const choice = chooseCard(this.model, view, this.beliefs, this.style.costWeight);
      if (choice) {
        const why = { code: choice.because.code, params: { strategy: this.style.strategy, card: choice.card.id, ...choice.because.params } };
        const statement = cardStatement(choice.card, choice.target);
        return choice.target
          ? { type: 'playCard', role: this.role, card: choice.card.id, target: choice.target, why, statement }
          : { type: 'playCard', role: this.role, card: choice.card.id, why, statement };
      }
    }
    const t = this.progress(view);
    const aspiration = this.aspiration(t, self);
    const nextAspiration = this.aspiration(Math.min(1, t + 1 / this.turnsInGame(view)), self);
    /** The package of the bot's open offer, if it has one out. */
    const mine = this.myOpenOffer(view.offers)?.package;
    const offered = self.offeredThisTurn;

    for (const offer of view.offers) {
      if (offer.status !== 'open' || offer.by === this.role || this.respondedIn[offer.id] === view.round) continue;
      this.respondedIn[offer.id] = view.round;
      const value = packageValue(self.values, offer.package);
      const norm = this.normalise(value);
      const ownOfferNorm = mine ? this.normalise(packageValue(self.values, mine)) : 1;
      const enough = value >= self.noDealValue + this.style.floor * (this.best - this.worst) && (norm >= nextAspiration || norm >= ownOfferNorm);
      if (enough && !offer.acceptedBy.includes(this.role)) {
        const move: TurnMove = {
          type: 'accept',
          role: this.role,
          offer: offer.id,
          why: { code: 'accept', params: { strategy: this.style.strategy, offer: offer.id, value: round(value), noDeal: round(self.noDealValue), expect: round(this.denormalise(nextAspiration)) } },
          // Late in the talks a delegate says it is time to close; before, that it can live with it.
          statement: { code: t > 0.7 ? 'acceptClose' : 'acceptCanLiveWith', offer: offer.id },
        };
        return move;
      }
      // A rejection only matters where it can block or warn: from a voter, or against an offer some
      // voter has accepted. Otherwise the bot lets a bad offer lie, or answers it with a new offer.
      const threat = this.isVoter || this.acceptedByAnotherVoter(offer);
      if (!enough && !offer.rejectedBy.includes(this.role) && (value < self.noDealValue || norm < aspiration - 0.15)) {
        const counter = offered ? null : this.chooseOffer(view, self, aspiration);
        const below = value < self.noDealValue;
        const why: BotReason = below
          ? { code: 'reject.belowNoDeal', params: { strategy: this.style.strategy, offer: offer.id, value: round(value), noDeal: round(self.noDealValue) } }
          : { code: 'reject.belowAim', params: { strategy: this.style.strategy, offer: offer.id, value: round(value), aim: round(this.denormalise(aspiration)) } };
        if (counter && !(mine && samePackage(mine, counter.pkg))) {
          const statement = concernStatement(this.model, this.role, self.values, offer.package, 'counterConcern');
          const move: TurnMove = { type: 'counter', role: this.role, offer: offer.id, package: packageToIssues(this.model, counter.pkg), why: { ...why, then: counter.because }, statement };
          return move;
        }
        if (threat) {
          const statement = concernStatement(this.model, this.role, self.values, offer.package, below ? 'rejectBetterAlone' : 'rejectConcern');
          return { type: 'reject', role: this.role, offer: offer.id, why, statement };
        }
      }
    }

    if (!offered) {
      const choice = this.chooseOffer(view, self, aspiration);
      if (choice && !(mine && samePackage(mine, choice.pkg))) {
        const move: TurnMove = { type: 'offer', role: this.role, package: packageToIssues(this.model, choice.pkg), why: choice.because, statement: choice.statement };
        return move;
      }
    }
    return { type: 'endTurn', role: this.role, why: { code: 'endTurn', params: { strategy: this.style.strategy, aim: round(this.denormalise(aspiration)) } } };
  }

  /** Whether every voter but the bot has accepted the offer, so the bot's acceptance adopts it. */
  private othersAllAccepted(offer: Offer): boolean {
    for (const v of this.model.voters) if (v !== this.role && !offer.acceptedBy.includes(v)) return false;
    return true;
  }

  /** Whether the bot's own offer is adopted the moment it is made (it alone has a vote). */
  private isSoleVoter(): boolean {
    for (const v of this.model.voters) if (v !== this.role) return false;
    return true;
  }

  private acceptedByAnotherVoter(offer: Offer): boolean {
    for (const v of this.model.voters) if (v !== offer.by && offer.acceptedBy.includes(v)) return true;
    return false;
  }

  private vote(view: RoleView, self: SelfView): GameEvent {
    const candidate = view.candidate === null ? undefined : view.offers[view.candidate - 1];
    const full = candidate ? packageValue(self.values, candidate.package) : -Infinity;
    // Under a plurilateral rule the text binds only those who sign: it is worth its value on the
    // share of the table expected to sign (those who voted yes or accepted it) and no deal elsewhere.
    let coverage = 1;
    if (this.model.level.decision.rule === 'plurilateral' && candidate) {
      const voters = this.model.voters;
      const likely = voters.filter((v) => v === this.role || view.votes[v] === true || (!(v in view.votes) && candidate.acceptedBy.includes(v)));
      coverage = likely.length / voters.length;
    }
    const value = coverage * full + (1 - coverage) * self.noDealValue;
    const signingPoint = self.noDealValue + this.style.floor * (this.best - this.worst);
    const accept = value >= signingPoint;
    const params = { strategy: this.style.strategy, accept, value: round(value), coverage: Math.round(coverage * 100), noDeal: round(self.noDealValue), signingPoint: round(signingPoint) };
    const statement: Statement = accept || !candidate ? { code: accept ? 'voteYes' : 'voteNo' } : concernStatement(this.model, this.role, self.values, candidate.package, 'voteNo');
    return { type: 'vote', role: this.role, accept, why: { code: 'vote', params }, statement };
  }

  private refreshValues(self: SelfView): void {
    if (self.values === this.valuesRef) return;
    this.valuesRef = self.values;
    this.valuesVersion++;
    // The offer search reads the bot's points laid out like the belief tables.
    const values = self.values;
    const stride = this.ranking.stride;
    for (let i = 0; i < values.length; i++) {
      const opts = values[i] as readonly number[];
      for (let k = 0; k < opts.length; k++) this.mine[i * stride + k] = opts[k] as number;
    }
    const range = valueRange(values);
    this.best = range.best;
    this.worst = range.worst;
  }

  /** The current worth to the bot of package p (summed in issue order, as the search sums it). */
  private packageWorth(p: number): number {
    const { issues, options } = this.table;
    const stride = this.ranking.stride;
    let total = 0;
    for (let i = 0; i < issues; i++) total += this.mine[i * stride + (options[p * issues + i] as number)] as number;
    return total;
  }

  private normalise(value: number): number {
    return this.best === this.worst ? 1 : (value - this.worst) / (this.best - this.worst);
  }

  private denormalise(norm: number): number {
    return this.worst + norm * (this.best - this.worst);
  }

  private turnsInGame(view: RoleView): number {
    return Math.max(1, view.rounds * this.model.turnOrder.length);
  }

  /** How far through the negotiation we are, from 0 (first turn) to 1 (last turn). */
  private progress(view: RoleView): number {
    const turn = this.model.turnOrder.indexOf(view.turnRole ?? this.role);
    const done = (view.round - 1) * this.model.turnOrder.length + Math.max(0, turn);
    return Math.min(1, done / Math.max(1, this.turnsInGame(view) - 1));
  }

  /** The least the bot will settle for now, on its 0..1 scale. */
  private aspiration(t: number, self: SelfView): number {
    const reservation = Math.min(1, this.normalise(self.noDealValue) + this.style.floor);
    let conceded: number;
    if (this.style.reciprocal) {
      // Tit for tat: concede as much as the others have conceded to me, plus a little for the clock.
      let moved = 0;
      let n = 0;
      for (const [role, first] of this.firstFromOthers) {
        moved += Math.max(0, (this.latestFromOthers.get(role) ?? first) - first);
        n++;
      }
      conceded = Math.min(1, (n > 0 ? moved / n : 0) * 1.5 + 0.6 * t * t);
    } else {
      conceded = this.concededBy(t);
    }
    return Math.max(reservation, 1 - (1 - reservation) * conceded);
  }

  /** The clock's share of the concession at progress t (a bot asks for the same t many times a turn). */
  private concededBy(t: number): number {
    const c = this.concessionCache;
    if (c.t !== t) {
      c.t = t;
      c.conceded = Math.pow(t, 1 / this.style.concession);
    }
    return c.conceded;
  }

  private trackOthers(offers: readonly Offer[]): void {
    for (let k = this.seenOffers; k < offers.length; k++) {
      const offer = offers[k] as Offer;
      if (offer.by === this.role || !this.valuesRef) continue;
      const norm = this.normalise(packageValue(this.valuesRef, offer.package));
      if (!this.firstFromOthers.has(offer.by)) this.firstFromOthers.set(offer.by, norm);
      this.latestFromOthers.set(offer.by, norm);
    }
    this.seenOffers = offers.length;
  }

  private myOpenOffer(offers: readonly Offer[]): Offer | undefined {
    for (let k = offers.length - 1; k >= 0; k--) {
      const o = offers[k] as Offer;
      if (o.by === this.role && o.status === 'open') return o;
    }
    return undefined;
  }

  /** Among the packages worth at least the aspiration, the one the others are believed to like most. */
  private chooseOffer(view: RoleView, self: SelfView, aspiration: number): OfferChoice | null {
    // Within a turn only the bot's own moves change the table, and they teach it nothing new.
    const c = this.offerCache;
    const beliefs = this.beliefs.version;
    if (c && c.round === view.round && c.aspiration === aspiration && c.beliefs === beliefs && c.values === this.valuesVersion && c.available === view.available) return c.choice;
    const choice = this.searchOffer(view, self, aspiration);
    this.offerCache = { round: view.round, aspiration, beliefs, values: this.valuesVersion, available: view.available, choice };
    return choice;
  }

  private searchOffer(view: RoleView, self: SelfView, aspiration: number): OfferChoice | null {
    const { options, issues, count } = this.table;
    const { others, otherVoters: voters } = this;
    const threshold = this.denormalise(aspiration);
    const { courtVoters, courtEveryone } = this.style;
    const worst = this.worst;
    const span = this.best - worst || 1;
    // The score of a package is linear in its options except for the least keen of several voters:
    // fold everything linear into one table, so a package costs one lookup per issue (plus one per
    // voter when there are several).
    const linear = this.linear.fill(0);
    for (const o of others) {
      const t = this.beliefs.flatEstimate(o);
      const w = courtEveryone / others.length + (voters.length === 1 && voters[0] === o ? courtVoters : 0);
      for (let k = 0; k < linear.length; k++) linear[k] = (linear[k] as number) + w * (t[k] as number);
    }
    // One table per voter when several voters count (the array is the bot's own, its size fixed).
    const voterTables = this.voterTables;
    for (let v = 0; v < voterTables.length; v++) voterTables[v] = this.beliefs.flatEstimate(voters[v] as RoleId);
    const found = this.search.best({ own: this.mine, linear, voters: voterTables }, { threshold, worst, span, court: courtVoters, available: view.available });
    let bestP = found ? found.pkg : -1;
    let value = found ? found.own : 0;
    if (bestP < 0) {
      // Nothing reaches the aspiration (no deal beats every package): offer the best available one,
      // the first in package order on a tie.
      const mask = availablePackageMask(this.table, view.available);
      let fallbackValue = -Infinity;
      for (let p = 0; p < count; p++) {
        if (mask[p] === 0) continue;
        const worth = this.packageWorth(p);
        if (worth > fallbackValue) {
          bestP = p;
          fallbackValue = worth;
        }
      }
      value = fallbackValue;
    }
    if (bestP < 0) return null;
    const chosen = new Array<number>(issues);
    for (let i = 0; i < issues; i++) chosen[i] = options[bestP * issues + i] as number;
    // Name the issue conceded most, so the log shows the trade across issues.
    let gaveOn = -1;
    let gaveMost = 0;
    for (let i = 0; i < issues; i++) {
      const opts = self.values[i] as readonly number[];
      let top = -Infinity;
      for (const v of opts) if (v > top) top = v;
      const loss = top - (opts[chosen[i] as number] as number);
      if (loss > gaveMost) {
        gaveMost = loss;
        gaveOn = i;
      }
    }
    const params = { strategy: this.style.strategy, value: round(value), noDeal: round(self.noDealValue) };
    const because: BotReason = gaveOn >= 0 ? { code: 'offer.trade', params: { ...params, gaveOn: this.model.issueIds[gaveOn] as string } } : { code: 'offer.best', params };
    return { pkg: chosen, because, statement: offerStatement(this.model, self.values, gaveOn) };
  }
}

/**
 * A bot that plays random legal moves: no strategy, only the rules. Tests use it to walk games
 * into odd corners the negotiating bots would never visit.
 */
import type { LevelModel } from '../level/model.js';
import type { GameEvent } from '../rules/events.js';
import { Rng } from '../rng.js';
import type { RoleId } from '../types.js';
import type { RoleView } from '../view.js';
import type { BotReason } from '../rules/reasons.js';
import type { Bot } from './bot.js';
import { cardStatement, concernStatement } from './statements.js';

const RANDOM_END: BotReason = { code: 'random.endTurn', params: { strategy: 'random' } };
const RANDOM_CARD: BotReason = { code: 'random.card', params: { strategy: 'random' } };
const RANDOM_ANSWER: BotReason = { code: 'random.answer', params: { strategy: 'random' } };
const RANDOM_OFFER: BotReason = { code: 'random.offer', params: { strategy: 'random' } };

export class RandomBot implements Bot {
  readonly strategy = 'random' as const;
  private readonly rng: Rng;
  private actionsThisTurn = 0;
  private turnKey = '';

  constructor(
    private readonly model: LevelModel,
    readonly role: RoleId,
    seed: number,
  ) {
    this.rng = new Rng(seed);
  }

  act(view: RoleView): GameEvent {
    const self = view.self;
    if (!self) throw new Error(`bot ${this.role} has no view of its own role`);
    if (view.phase === 'finalDecision') {
      const accept = this.rng.next() < 0.5;
      return { type: 'vote', role: this.role, accept, why: { code: 'random.vote', params: { strategy: 'random' } }, statement: { code: accept ? 'voteYes' : 'voteNo' } };
    }
    const key = `${view.round}`;
    if (key !== this.turnKey) {
      this.turnKey = key;
      this.actionsThisTurn = 0;
    }
    this.actionsThisTurn++;
    const end: GameEvent = { type: 'endTurn', role: this.role, why: RANDOM_END };
    if (this.actionsThisTurn > 4) return end;
    const moves: GameEvent[] = [end];
    if (self.cardsPlayedThisTurn < this.model.level.rounds.cardsPerTurn) {
      for (const id of self.hand) {
        const card = this.model.cards.get(id);
        if (!card || card.cost > self.resources) continue;
        const target = card.needsTarget ? this.rng.pick(this.model.roleIds.filter((r) => r !== this.role)) : undefined;
        moves.push({ type: 'playCard', role: this.role, card: id, ...(target ? { target } : {}), why: RANDOM_CARD, statement: cardStatement(card, target) });
      }
    }
    for (const offer of view.offers) {
      if (offer.status !== 'open' || offer.by === this.role) continue;
      if (!offer.acceptedBy.includes(this.role)) moves.push({ type: 'accept', role: this.role, offer: offer.id, why: RANDOM_ANSWER, statement: { code: 'acceptCanLiveWith', offer: offer.id } });
      // The random bot has no concern to name: it says the clause that costs it most, as any delegate would.
      if (!offer.rejectedBy.includes(this.role)) moves.push({ type: 'reject', role: this.role, offer: offer.id, why: RANDOM_ANSWER, statement: concernStatement(this.model, this.role, self.values, offer.package, 'rejectConcern') });
    }
    if (!self.offeredThisTurn) {
      const pkg: Record<string, number> = {};
      this.model.issueIds.forEach((issue, i) => {
        const open = (view.available[i] ?? []).map((ok, k) => (ok ? k : -1)).filter((k) => k >= 0);
        pkg[issue] = this.rng.pick(open);
      });
      moves.push({ type: 'offer', role: this.role, package: pkg, why: RANDOM_OFFER, statement: { code: 'proposeOwn' } });
    }
    return this.rng.pick(moves);
  }
}

/**
 * How a bot judges a card: what each effect is worth to it, in its own points, given what it
 * believes about the others. A bot plays a card only when the card pays for its cost, and says
 * which effect made it worth playing.
 */
import type { Card, Effect } from '../level/schema.js';
import type { LevelModel } from '../level/model.js';
import { resolveWho } from '../rules/effects.js';
import { packageValue, valueRange } from '../scoring/value.js';
import type { RoleId } from '../types.js';
import type { RoleView, SelfView } from '../view.js';
import type { OpponentModel } from './opponent-model.js';

export interface CardChoice {
  readonly card: Card;
  readonly target: RoleId | undefined;
  /** Worth in the bot's own normalised points (0..100 scale) before cost. */
  readonly worth: number;
  readonly because: string;
}

function optionSpread(self: SelfView, issue: number, option: number): number {
  const opts = self.values[issue] as readonly number[];
  const mean = opts.reduce((a, b) => a + b, 0) / opts.length;
  return (opts[option] as number) - mean;
}

/** Worth of one effect; `scale` turns the bot's points into a 0..100 scale. */
function effectWorth(model: LevelModel, view: RoleView, beliefs: OpponentModel, effect: Effect, target: RoleId | undefined, scale: number): { worth: number; because: () => string } {
  const self = view.self as SelfView;
  const me = self.role;
  const ctx = { actor: me, target: target ?? null, cause: '' };
  switch (effect.kind) {
    case 'shiftValue': {
      const issue = model.issueIndex.get(effect.issue) as number;
      const mine = optionSpread(self, issue, effect.option) * scale;
      let worth = 0;
      let voters = 0;
      for (const role of resolveWho(model, effect.who, ctx)) {
        if (role === me) continue;
        const weight = model.voters.includes(role) ? 1 : 0.3;
        worth += weight * (effect.amount / 10) * mine;
        if (model.voters.includes(role)) voters++;
      }
      const label = model.level.issues[issue]?.id ?? effect.issue;
      return {
        worth,
        because: () => `it moves ${voters > 0 ? 'the voters' : 'others'} on ${label} option ${effect.option}, which I rate ${mine >= 0 ? 'above' : 'below'} my average`,
      };
    }
    case 'resource': {
      let worth = 0;
      for (const role of resolveWho(model, effect.who, ctx)) worth += role === me ? effect.amount * 2 : -effect.amount * (model.voters.includes(role) ? 1 : 0.5);
      return { worth, because: () => `it changes resources by ${effect.amount}` };
    }
    case 'standing': {
      let worth = 0;
      for (const role of resolveWho(model, effect.who, ctx)) {
        if (role === me) worth += effect.amount * 2;
        else {
          // Lowering the standing of someone who disagrees with me is worth something; of an ally, not.
          const b = beliefs.belief(role);
          const agreement = b?.lastOffer ? 1 - Math.abs(packageValue(self.values, b.lastOffer) - self.noDealValue) / 100 : 0.5;
          worth += -effect.amount * (1 - agreement) * 2;
        }
      }
      return { worth, because: () => `it shifts public standing by ${effect.amount}` };
    }
    case 'noDealValue': {
      // A better alternative is leverage for me; for a voter I need, it makes the deal harder.
      let worth = 0;
      for (const role of resolveWho(model, effect.who, ctx)) {
        if (role === me) worth += effect.amount * scale;
        else if (model.voters.includes(role)) worth -= effect.amount * scale * 0.5;
      }
      return { worth, because: () => `it changes what walking away is worth by ${effect.amount}` };
    }
    case 'noDealDrift': {
      const issue = model.issueIndex.get(effect.issue) as number;
      const now = (self.values[issue] as readonly number[])[view.noDeal[issue] as number] as number;
      const then = (self.values[issue] as readonly number[])[effect.option] as number;
      return { worth: (then - now) * scale, because: () => `it moves the no-deal outcome on ${effect.issue} to an option worth ${then} to me instead of ${now}` };
    }
    case 'unlockOption': {
      const issue = model.issueIndex.get(effect.issue) as number;
      if (view.available[issue]?.[effect.option]) return { worth: 0, because: () => 'the option is already on the table' };
      const opts = self.values[issue] as readonly number[];
      let bestAvailable = -Infinity;
      opts.forEach((v, k) => {
        if (view.available[issue]?.[k] && v > bestAvailable) bestAvailable = v;
      });
      // A new option helps if I like it, or if the voters might (it can bridge a gap).
      let votersLike = 0;
      for (const v of model.voters) if (v !== me) votersLike += (beliefs.belief(v)?.appeal[issue]?.[effect.option] ?? 0.5) - 0.5;
      const worth = Math.max(0, ((opts[effect.option] as number) - bestAvailable) * scale) + Math.max(0, optionSpread(self, issue, effect.option) * scale) * 0.5 + votersLike * 10;
      return { worth, because: () => `it tables option ${effect.option} on ${effect.issue}, which I value at ${opts[effect.option]}` };
    }
    case 'reveal': {
      if (!target) return { worth: 0, because: () => '' };
      const known = self.intel.filter((i) => i.about === target).length;
      return { worth: known === 0 ? (model.voters.includes(target) ? 8 : 5) : 1, because: () => `it shows me what ${target} really values` };
    }
    case 'draw':
      return { worth: Math.min(effect.count, 8 - self.hand.length) * 2, because: () => `it draws ${effect.count} card${effect.count === 1 ? '' : 's'}` };
  }
}

/** The card most worth playing now (value minus cost times `costWeight`), or null if none pays. */
export function chooseCard(model: LevelModel, view: RoleView, beliefs: OpponentModel, costWeight: number): CardChoice | null {
  const self = view.self;
  if (!self || self.cardsPlayedThisTurn >= model.level.rounds.cardsPerTurn) return null;
  const range = valueRange(self.values);
  const scale = 100 / Math.max(1, range.best - range.worst);
  let best: { card: Card; target: RoleId | undefined; worth: number; because: () => string } | null = null;
  let bestNet = 0;
  const seen = new Set<string>();
  for (const id of self.hand) {
    if (seen.has(id)) continue;
    seen.add(id);
    const card = model.cards.get(id);
    if (!card || card.cost > self.resources) continue;
    const targets: (RoleId | undefined)[] = card.needsTarget ? model.roleIds.filter((r) => r !== self.role) : [undefined];
    for (const target of targets) {
      let worth = 0;
      // The reason is only written out for the card finally chosen.
      let because: () => string = () => '';
      let top = -Infinity;
      for (const effect of card.effects) {
        const w = effectWorth(model, view, beliefs, effect, target, scale);
        worth += w.worth;
        if (w.worth > top) {
          top = w.worth;
          because = w.because;
        }
      }
      const net = worth - card.cost * costWeight;
      if (net > bestNet) {
        bestNet = net;
        best = { card, target, worth, because };
      }
    }
  }
  return best ? { card: best.card, target: best.target, worth: best.worth, because: best.because() } : null;
}

/**
 * How a bot judges a card: what each effect is worth to it, in its own points, given what it
 * believes about the others. A bot plays a card only when the card pays for its cost, and says
 * which effect made it worth playing.
 *
 * Worth and wording are kept apart: a bot weighs every card in its hand on every turn but explains
 * only the one it plays, so the reason is written once, for that card, from the same view.
 */
import type { Card, Effect } from '../level/schema.js';
import type { LevelModel } from '../level/model.js';
import { HAND_LIMIT, whoAmong } from '../rules/effects.js';
import { packageValue, valueRange } from '../scoring/value.js';
import type { BotReason } from '../rules/reasons.js';
import type { CardId, RoleId } from '../types.js';
import type { RoleView, SelfView } from '../view.js';
import type { OpponentModel } from './opponent-model.js';

export interface CardChoice {
  readonly card: Card;
  readonly target: RoleId | undefined;
  /** Worth in the bot's own normalised points (0..100 scale) before cost. */
  readonly worth: number;
  /** Why, as a reason code (the negotiator adds its strategy). */
  readonly because: BotReason;
}

/** How far an option sits above (or below) the mean of its issue's options, in the role's points. */
function optionSpread(self: SelfView, issue: number, option: number): number {
  const opts = self.values[issue] as readonly number[];
  let sum = 0;
  for (let k = 0; k < opts.length; k++) sum += opts[k] as number;
  return (opts[option] as number) - sum / opts.length;
}

/** Worth of one effect; `scale` turns the bot's points into a 0..100 scale. */
function effectWorth(model: LevelModel, view: RoleView, beliefs: OpponentModel, effect: Effect, target: RoleId | undefined, scale: number): number {
  const self = view.self as SelfView;
  const me = self.role;
  switch (effect.kind) {
    case 'shiftValue': {
      const issue = model.issueIndex.get(effect.issue) as number;
      const mine = optionSpread(self, issue, effect.option) * scale;
      let worth = 0;
      for (const role of whoAmong(model, effect.who, self.role, target ?? null)) {
        if (role === me) continue;
        const weight = model.voterSet.has(role) ? 1 : 0.3;
        worth += weight * (effect.amount / 10) * mine;
      }
      return worth;
    }
    case 'resource': {
      let worth = 0;
      for (const role of whoAmong(model, effect.who, self.role, target ?? null)) worth += role === me ? effect.amount * 2 : -effect.amount * (model.voterSet.has(role) ? 1 : 0.5);
      return worth;
    }
    case 'standing': {
      let worth = 0;
      for (const role of whoAmong(model, effect.who, self.role, target ?? null)) {
        if (role === me) worth += effect.amount * 2;
        else {
          // Lowering the standing of someone who disagrees with me is worth something; of an ally, not.
          const b = beliefs.belief(role);
          const agreement = b?.lastOffer ? 1 - Math.abs(packageValue(self.values, b.lastOffer) - self.noDealValue) / 100 : 0.5;
          worth += -effect.amount * (1 - agreement) * 2;
        }
      }
      return worth;
    }
    case 'noDealValue': {
      // A better alternative is leverage for me; for a voter I need, it makes the deal harder.
      let worth = 0;
      for (const role of whoAmong(model, effect.who, self.role, target ?? null)) {
        if (role === me) worth += effect.amount * scale;
        else if (model.voterSet.has(role)) worth -= effect.amount * scale * 0.5;
      }
      return worth;
    }
    case 'noDealDrift': {
      // A drift that binds only its parties moves nothing for me unless I am one of them.
      if (effect.parties && !effect.parties.includes(me)) return 0;
      const issue = model.issueIndex.get(effect.issue) as number;
      const opts = self.values[issue] as readonly number[];
      return ((opts[effect.option] as number) - (opts[view.noDeal[issue] as number] as number)) * scale;
    }
    case 'unlockOption': {
      const issue = model.issueIndex.get(effect.issue) as number;
      const open = view.available[issue];
      if (open?.[effect.option]) return 0;
      const opts = self.values[issue] as readonly number[];
      let bestAvailable = -Infinity;
      for (let k = 0; k < opts.length; k++) if (open?.[k] && (opts[k] as number) > bestAvailable) bestAvailable = opts[k] as number;
      // A new option helps if I like it, or if the voters might (it can bridge a gap).
      let votersLike = 0;
      for (const v of model.voters) if (v !== me) votersLike += (beliefs.belief(v)?.appeal[issue]?.[effect.option] ?? 0.5) - 0.5;
      return Math.max(0, ((opts[effect.option] as number) - bestAvailable) * scale) + Math.max(0, optionSpread(self, issue, effect.option) * scale) * 0.5 + votersLike * 10;
    }
    case 'reveal': {
      if (!target) return 0;
      let known = 0;
      for (const intel of self.intel) if (intel.about === target) known++;
      return known === 0 ? (model.voterSet.has(target) ? 8 : 5) : 1;
    }
    case 'draw':
      return Math.min(effect.count, HAND_LIMIT - self.hand.length) * 2;
  }
}

/** Why an effect makes the card worth playing, as a reason code with the bot's own figures. */
function effectReason(model: LevelModel, view: RoleView, effect: Effect, target: RoleId | undefined): BotReason {
  const self = view.self as SelfView;
  switch (effect.kind) {
    case 'shiftValue': {
      const issue = model.issueIndex.get(effect.issue) as number;
      let voters = 0;
      for (const role of whoAmong(model, effect.who, self.role, target ?? null)) if (role !== self.role && model.voterSet.has(role)) voters++;
      return { code: 'card.shiftValue', params: { voters: voters > 0, issue: effect.issue, option: effect.option, above: optionSpread(self, issue, effect.option) >= 0 } };
    }
    case 'resource':
    case 'standing':
    case 'noDealValue':
      return { code: `card.${effect.kind}`, params: { amount: effect.amount } };
    case 'noDealDrift': {
      const issue = model.issueIndex.get(effect.issue) as number;
      const opts = self.values[issue] as readonly number[];
      return { code: 'card.noDealDrift', params: { issue: effect.issue, option: effect.option, value: opts[effect.option] as number, was: opts[view.noDeal[issue] as number] as number } };
    }
    case 'unlockOption': {
      const issue = model.issueIndex.get(effect.issue) as number;
      if (view.available[issue]?.[effect.option]) return { code: 'card.alreadyTabled', params: { issue: effect.issue, option: effect.option } };
      return { code: 'card.unlockOption', params: { issue: effect.issue, option: effect.option, value: (self.values[issue] as readonly number[])[effect.option] as number } };
    }
    case 'reveal':
      return target ? { code: 'card.reveal', params: { target } } : { code: 'card.none', params: {} };
    case 'draw':
      return { code: 'card.draw', params: { count: effect.count } };
  }
}

/** The card most worth playing now (value minus cost times `costWeight`), or null if none pays. */
export function chooseCard(model: LevelModel, view: RoleView, beliefs: OpponentModel, costWeight: number): CardChoice | null {
  const self = view.self;
  if (!self || self.cardsPlayedThisTurn >= model.level.rounds.cardsPerTurn) return null;
  const range = valueRange(self.values);
  const scale = 100 / Math.max(1, range.best - range.worst);
  let best: Card | null = null;
  let bestTarget: RoleId | undefined;
  let bestWorth = 0;
  let bestEffect: Effect | null = null;
  let bestNet = 0;
  const hand = self.hand;
  const untargeted: readonly (RoleId | undefined)[] = [undefined];
  for (let h = 0; h < hand.length; h++) {
    const id = hand[h] as CardId;
    // A hand may hold two copies of a card: weigh it once.
    if (hand.indexOf(id) !== h) continue;
    const card = model.cards.get(id);
    if (!card || card.cost > self.resources) continue;
    const targets: readonly (RoleId | undefined)[] = card.needsTarget ? (model.othersOf.get(self.role) ?? []) : untargeted;
    for (const target of targets) {
      let worth = 0;
      let top = -Infinity;
      let topEffect: Effect | null = null;
      for (const effect of card.effects) {
        const w = effectWorth(model, view, beliefs, effect, target, scale);
        worth += w;
        if (w > top) {
          top = w;
          topEffect = effect;
        }
      }
      const net = worth - card.cost * costWeight;
      if (net > bestNet) {
        bestNet = net;
        best = card;
        bestTarget = target;
        bestWorth = worth;
        bestEffect = topEffect;
      }
    }
  }
  if (!best) return null;
  return { card: best, target: bestTarget, worth: bestWorth, because: bestEffect ? effectReason(model, view, bestEffect, bestTarget) : { code: 'card.none', params: {} } };
}

/**
 * Effects of cards and events: who they land on exists, the issue and option they name exist, and
 * what only a card can do (a target, a reveal, a draw) is not asked of an event.
 */
import type { ReferencePlace } from '../issue-codes.js';
import type { LevelPath } from '../path.js';
import type { Effect } from '../schema.js';
import { suggesting } from '../suggest.js';
import type { CheckContext } from './context.js';
import { RESERVED_WHO } from './ids.js';

type Owner = { readonly in: 'card' | 'event'; readonly id: string };

/**
 * A drift's parties are roles of the level, and not all of them: a drift that binds every role is
 * the shared no-deal outcome moving, which a drift without `parties` says (and shows to everyone).
 */
export function checkParties(ctx: CheckContext, parties: readonly string[], path: LevelPath, place: ReferencePlace): void {
  let known = 0;
  parties.forEach((party, k) => {
    if (ctx.roleExists(party, [...path, k], place) && parties.indexOf(party) === k) known++;
  });
  if (known === ctx.roleIds.size) ctx.report(path, 'driftPartiesAreEveryone', { roles: ctx.roleIds.size });
}

function checkEffects(ctx: CheckContext, effects: readonly Effect[], base: LevelPath, owner: Owner): void {
  const inEvent = owner.in === 'event';
  effects.forEach((effect, k) => {
    const path = [...base, k];
    if ('who' in effect) {
      const who = effect.who;
      if (inEvent && (who === 'self' || who === 'target')) {
        ctx.report([...path, 'who'], 'eventWhoSelfOrTarget', { who, event: owner.id });
      } else if (!(RESERVED_WHO as readonly string[]).includes(who) && !ctx.roleIds.has(who)) {
        ctx.report([...path, 'who'], 'unknownWho', { who, place: owner, words: RESERVED_WHO, ...suggesting(who, [...RESERVED_WHO, ...ctx.roleIds]) });
      }
    }
    switch (effect.kind) {
      case 'shiftValue':
      case 'noDealDrift':
      case 'unlockOption':
        if (ctx.issueExists(effect.issue, [...path, 'issue'], owner)) ctx.optionExists(effect.issue, effect.option, [...path, 'option'], owner);
        if (effect.kind === 'noDealDrift' && effect.parties) checkParties(ctx, effect.parties, [...path, 'parties'], owner);
        if (effect.kind === 'unlockOption') {
          const option = ctx.issueById.get(effect.issue)?.options[effect.option];
          if (option && !option.locked) ctx.report(path, 'unlockNotLocked', { issue: effect.issue, option: effect.option, place: owner });
        }
        break;
      case 'reveal':
        if (effect.issue !== undefined) ctx.issueExists(effect.issue, [...path, 'issue'], owner);
        if (inEvent) ctx.report([...path, 'kind'], 'eventCannotReveal', { event: owner.id });
        break;
      case 'draw':
        if (inEvent) ctx.report([...path, 'kind'], 'eventCannotDraw', { event: owner.id });
        break;
      default:
        break;
    }
  });
}

export function cardEffectsResolve(ctx: CheckContext): void {
  ctx.level.cards.forEach((card, c) => checkEffects(ctx, card.effects, ['cards', c, 'effects'], { in: 'card', id: card.id }));
}

export function eventEffectsResolve(ctx: CheckContext): void {
  ctx.level.events.forEach((event, e) => checkEffects(ctx, event.effects, ['events', e, 'effects'], { in: 'event', id: event.id }));
}

/** A card that acts on a target says so (`needsTarget: true`), and one that says so uses it. */
export function targetsAreDeclared(ctx: CheckContext): void {
  ctx.level.cards.forEach((card, c) => {
    const usesTarget = card.effects.some((e) => e.kind === 'reveal' || ('who' in e && e.who === 'target'));
    if (usesTarget && !card.needsTarget) ctx.report(['cards', c], 'targetWithoutNeedsTarget', { card: card.id });
    if (!usesTarget && card.needsTarget) ctx.report(['cards', c, 'needsTarget'], 'needsTargetUnused', { card: card.id });
  });
}

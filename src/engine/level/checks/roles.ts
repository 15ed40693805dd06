/** Roles: someone can play, decks hold known cards and enough of them, every option has its points. */
import { suggesting } from '../suggest.js';
import type { CheckContext } from './context.js';

export function somebodyCanPlay(ctx: CheckContext): void {
  if (!ctx.level.roles.some((r) => r.playable)) ctx.report(['roles'], 'noPlayableRole', {});
}

export function decksHoldKnownCards(ctx: CheckContext): void {
  ctx.level.roles.forEach((role, r) => {
    role.deck.forEach((card, k) => {
      if (!ctx.cardIds.has(card)) ctx.report(['roles', r, 'deck', k], 'undefinedCard', { card, place: { in: 'deck', id: role.id }, ...suggesting(card, ctx.cardIds) });
    });
    if (role.handSize > role.deck.length) {
      ctx.report(['roles', r, 'handSize'], 'handLargerThanDeck', { role: role.id, handSize: role.handSize, deckSize: role.deck.length });
    }
  });
}

/** Every role values every option of every issue, and no issue the level does not have. */
export function everyOptionHasPoints(ctx: CheckContext): void {
  ctx.level.roles.forEach((role, r) => {
    for (const issue of ctx.level.issues) {
      const points = role.values[issue.id];
      const options = issue.options.length;
      if (points === undefined) ctx.report(['roles', r, 'values'], 'missingValues', { role: role.id, issue: issue.id, options });
      else if (points.length !== options) ctx.report(['roles', r, 'values', issue.id], 'wrongValueCount', { role: role.id, issue: issue.id, points: points.length, options });
    }
    for (const key of Object.keys(role.values)) {
      if (!ctx.issueById.has(key)) ctx.report(['roles', r, 'values', key], 'valuesForUnknownIssue', { role: role.id, key, ...suggesting(key, ctx.issueById.keys()) });
    }
  });
}

/** Issues: a locked option can be unlocked, and the packages stay few enough to play with. */
import type { Effect } from '../schema.js';
import type { CheckContext } from './context.js';

/** Above this many distinct packages, bots and the Pareto frontier get too slow. */
export const MAX_PACKAGES = 20_000;

/** A locked option must be unlocked by a card some deck holds, or by an event. */
export function lockedOptionsCanBeUnlocked(ctx: CheckContext): void {
  const { level } = ctx;
  const unlocked = new Set<string>();
  const note = (effects: readonly Effect[]): void => {
    for (const effect of effects) if (effect.kind === 'unlockOption') unlocked.add(`${effect.issue}#${effect.option}`);
  };
  const dealt = new Set(level.roles.flatMap((r) => r.deck));
  for (const card of level.cards) if (dealt.has(card.id)) note(card.effects);
  for (const event of level.events) note(event.effects);
  level.issues.forEach((issue, i) => {
    issue.options.forEach((option, o) => {
      if (option.locked && !unlocked.has(`${issue.id}#${o}`)) ctx.report(['issues', i, 'options', o, 'locked'], 'lockedNeverUnlocked', { issue: issue.id, option: o });
    });
  });
}

export function packagesAreFewEnough(ctx: CheckContext): void {
  const optionCounts = ctx.level.issues.map((i) => i.options.length);
  const packages = optionCounts.reduce((n, count) => n * count, 1);
  if (packages > MAX_PACKAGES) ctx.report(['issues'], 'tooManyPackages', { packages, optionCounts, max: MAX_PACKAGES });
}

/** Events' triggers: a scheduled event has a round, a random one a chance, an injected one neither. */
import type { LevelPath } from '../path.js';
import type { CheckContext } from './context.js';

export function triggersHaveTheirSettings(ctx: CheckContext): void {
  const rounds = ctx.level.rounds.count;
  ctx.level.events.forEach((event, e) => {
    const path: LevelPath = ['events', e];
    const id = event.id;
    if (event.trigger === 'scheduled') {
      if (event.round === undefined) ctx.report(path, 'scheduledWithoutRound', { event: id, rounds });
      else if (event.round > rounds) ctx.report([...path, 'round'], 'scheduledAfterLastRound', { event: id, round: event.round, rounds });
      if (event.chance !== undefined) ctx.report([...path, 'chance'], 'scheduledWithChance', { event: id });
    } else if (event.trigger === 'random') {
      if (event.chance === undefined) ctx.report(path, 'randomWithoutChance', { event: id });
      if (event.round !== undefined) ctx.report([...path, 'round'], 'randomWithRound', { event: id });
    } else {
      if (event.round !== undefined) ctx.report([...path, 'round'], 'injectedWithRound', { event: id });
      if (event.chance !== undefined) ctx.report([...path, 'chance'], 'injectedWithChance', { event: id });
    }
  });
}

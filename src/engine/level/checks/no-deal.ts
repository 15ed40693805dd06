/** No deal: where the world stands without an agreement, for every issue, and where it drifts. */
import type { LevelPath } from '../path.js';
import { suggesting } from '../suggest.js';
import type { CheckContext } from './context.js';
import { checkParties } from './effects.js';

export function noDealStartCoversEveryIssue(ctx: CheckContext): void {
  const start = ctx.level.noDeal.start;
  for (const issue of ctx.level.issues) {
    const option = start[issue.id];
    if (option === undefined) ctx.report(['noDeal', 'start'], 'noDealStartMissing', { issue: issue.id });
    else ctx.optionExists(issue.id, option, ['noDeal', 'start', issue.id], { in: 'noDealStart' });
  }
  for (const key of Object.keys(start)) {
    if (!ctx.issueById.has(key)) ctx.report(['noDeal', 'start', key], 'noDealStartUnknownIssue', { key, ...suggesting(key, ctx.issueById.keys()) });
  }
}

export function driftsNameOptions(ctx: CheckContext): void {
  ctx.level.noDeal.drift.forEach((drift, d) => {
    const path: LevelPath = ['noDeal', 'drift', d];
    if (ctx.issueExists(drift.issue, [...path, 'issue'], { in: 'drift' })) ctx.optionExists(drift.issue, drift.option, [...path, 'option'], { in: 'drift' });
    if (drift.parties) checkParties(ctx, drift.parties, [...path, 'parties'], { in: 'drift' });
  });
}

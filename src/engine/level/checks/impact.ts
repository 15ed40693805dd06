/** The ten-year impact model: indicators start inside their range, coefficients name what exists. */
import type { LevelPath } from '../path.js';
import { suggesting } from '../suggest.js';
import type { CheckContext } from './context.js';

export function indicatorsHaveARange(ctx: CheckContext): void {
  ctx.level.impact.indicators.forEach((indicator, i) => {
    const path: LevelPath = ['impact', 'indicators', i];
    const { id, min, max, start } = indicator;
    if (min >= max) ctx.report([...path, 'max'], 'indicatorMinNotBelowMax', { indicator: id, min, max });
    else if (start < min || start > max) ctx.report([...path, 'start'], 'indicatorStartOutside', { indicator: id, start, min, max });
    indicator.higherIsBetterFor.forEach((role, k) => {
      ctx.roleExists(role, [...path, 'higherIsBetterFor', k], { in: 'higherIsBetterFor', id });
    });
  });
}

export function coefficientsResolve(ctx: CheckContext): void {
  ctx.level.impact.coefficients.forEach((coefficient, k) => {
    const path: LevelPath = ['impact', 'coefficients', k];
    const place = { in: 'coefficient' } as const;
    if (!ctx.indicatorIds.has(coefficient.indicator)) {
      ctx.report([...path, 'indicator'], 'undefinedIndicator', { indicator: coefficient.indicator, place, ...suggesting(coefficient.indicator, ctx.indicatorIds) });
    }
    if (ctx.issueExists(coefficient.issue, [...path, 'issue'], place)) ctx.optionExists(coefficient.issue, coefficient.option, [...path, 'option'], place);
  });
}

/**
 * The impact model: a deterministic projection of the agreed text (or the no-deal drift) over the
 * level's simulated years (ten by default) into indicators such as tariff revenue or data trade.
 *
 * Each indicator starts at its `start` value. Every year,
 *   x_t = clamp(x_{t−1} + Σ_k weight_k × perYear_k, min, max)
 * where k runs over the level's coefficients for that indicator whose option is in force: those
 * matching the agreed package apply with weight = coverage (the share of voters bound by it), those
 * matching the no-deal package with weight = 1 − coverage (the rest of the world stays on the no-deal
 * path). A coefficient that matches both packages applies once with weight 1; one whose weight is 0
 * (no-deal coefficients at full coverage) is not in force and is not listed as a driver. Each driver carries
 * the evidence its coefficient cites, so every effect on the debrief's curves is traceable.
 */
import type { LevelModel } from './level/model.js';
import type { Coefficient } from './level/schema.js';
import type { GameState } from './rules/state.js';
import type { IssueId, Package } from './types.js';

export interface IndicatorDriver {
  issue: IssueId;
  option: number;
  /** The coefficient's change per year at full weight. */
  perYear: number;
  /** coverage, 1 − coverage, or 1 (see above); the yearly effect is weight × perYear. */
  weight: number;
  /** Evidence ids the coefficient cites. */
  evidence: string[];
}

export interface IndicatorProjection {
  id: string;
  /** years + 1 values; series[0] is the indicator's start value. */
  series: number[];
  /** series[years]. */
  final: number;
  /** final − start. */
  change: number;
  /** The indicator's bounds: every value of the series lies between them. */
  min: number;
  max: number;
  /** The coefficients in force, largest yearly effect (|weight × perYear|) first. */
  drivers: IndicatorDriver[];
}

export interface Projection {
  years: number;
  coverage: number;
  indicators: IndicatorProjection[];
}

export interface CompiledCoefficient {
  readonly issue: number;
  readonly def: Coefficient;
}

/** Coefficients grouped by indicator (in indicator order), compiled once per level and kept on its model. */
function coefficientsOf(model: LevelModel): readonly (readonly CompiledCoefficient[])[] {
  let table = model.derived.impactCoefficients;
  if (table) return table;
  const { indicators, coefficients } = model.level.impact;
  const byIndicator = new Map<string, CompiledCoefficient[]>(indicators.map((ind) => [ind.id, []]));
  for (const def of coefficients) {
    const issue = model.issueIndex.get(def.issue);
    const list = byIndicator.get(def.indicator);
    // Unknown ids are the validator's business; the projection just ignores them.
    if (issue === undefined || !list) continue;
    list.push({ issue, def });
  }
  table = indicators.map((ind) => byIndicator.get(ind.id) ?? []);
  model.derived.impactCoefficients = table;
  return table;
}

/**
 * Project a package (bound on `coverage` of the voters, in [0, 1]; a value outside is clamped, a
 * non-number counts as 0) against the no-deal package. For a game without a deal, pass the no-deal
 * package as `pkg` with coverage 1.
 */
export function projectImpact(model: LevelModel, pkg: Package, noDeal: Package, coverage: number): Projection {
  const c = Number.isFinite(coverage) ? Math.min(1, Math.max(0, coverage)) : 0;
  const years = model.level.impact.years;
  const table = coefficientsOf(model);
  const indicators = model.level.impact.indicators.map((ind, n) => {
    const drivers: IndicatorDriver[] = [];
    let delta = 0;
    for (const { issue, def } of table[n] as readonly CompiledCoefficient[]) {
      const inDeal = pkg[issue] === def.option;
      const inNoDeal = noDeal[issue] === def.option;
      let weight: number;
      if (inDeal && inNoDeal) weight = 1;
      else if (inDeal) weight = c;
      else if (inNoDeal) weight = 1 - c;
      else continue;
      if (weight === 0) continue; // not in force anywhere: not a driver
      delta += weight * def.perYear;
      drivers.push({ issue: def.issue, option: def.option, perYear: def.perYear, weight, evidence: def.evidence.slice() });
    }
    drivers.sort((a, b) => Math.abs(b.weight * b.perYear) - Math.abs(a.weight * a.perYear));
    const series = new Array<number>(years + 1);
    let x = ind.start;
    series[0] = x;
    for (let t = 1; t <= years; t++) {
      x += delta;
      x = x < ind.min ? ind.min : x > ind.max ? ind.max : x;
      series[t] = x;
    }
    return { id: ind.id, series, final: x, change: x - ind.start, min: ind.min, max: ind.max, drivers };
  });
  return { years, coverage: c, indicators };
}

/**
 * The projection of a concluded game: the agreed package on the share of voters that signed it, or
 * the (drifted) no-deal package everywhere. Throws if the game has no outcome yet.
 */
export function projectOutcome(model: LevelModel, state: GameState): Projection {
  const outcome = state.outcome;
  if (!outcome) throw new Error('projectOutcome: the game has no outcome yet (state.outcome is null); project it once it has concluded');
  if (outcome.kind === 'noDeal') return projectImpact(model, state.noDeal, state.noDeal, 1);
  const voters = model.voters;
  let signed = 0;
  for (const v of voters) if (outcome.signatories.includes(v)) signed++;
  return projectImpact(model, outcome.package, state.noDeal, voters.length > 0 ? signed / voters.length : 0);
}

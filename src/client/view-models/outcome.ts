/**
 * The outcome dashboard from the debrief: the text in force, scores against no deal, the Pareto
 * chart in normalised coordinates (0..1, y up) for two roles, the ten-year curves scaled to each
 * indicator's range, and the evidence behind the effects with full citations.
 */
import type { Debrief } from '../../engine/debrief.js';
import type { EvidenceBase } from '../../engine/evidence/schema.js';
import type { PublicLevel } from '../../engine/view.js';
import { localText, roleColour, roleName } from './text.js';
import type { RoleId } from '../../engine/types.js';

export interface ScoreVm {
  readonly role: string;
  readonly name: string;
  readonly colour: string;
  readonly value: number;
  readonly noDealValue: number;
  readonly score: number;
  readonly relativeGain: number;
  readonly winner: boolean;
  readonly signatory: boolean;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface FrontierVm {
  readonly xRole: string;
  readonly yRole: string;
  readonly xName: string;
  readonly yName: string;
  /** Frontier points projected on the two roles, sorted by x (normalised 0..1). */
  readonly frontier: readonly Point[];
  readonly outcome: Point;
  readonly noDeal: Point;
  readonly nash: Point | null;
  /** The raw value ranges behind the normalisation, for axis labels. */
  readonly xRange: readonly [number, number];
  readonly yRange: readonly [number, number];
}

export interface CurveVm {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly start: number;
  readonly final: number;
  readonly noDealFinal: number;
  /** Normalised points (x: year / years, y: (value − min) / (max − min)). */
  readonly outcome: readonly Point[];
  readonly noDeal: readonly Point[];
  readonly betterFor: readonly string[];
  /** The clauses behind the curve, largest yearly effect first, each with its evidence ids. */
  readonly drivers: readonly DriverVm[];
}

export interface DriverVm {
  readonly issue: string;
  readonly option: string;
  /** The effect per year as it applies (weight × perYear). */
  readonly perYear: number;
  readonly evidence: readonly string[];
}

export interface DriftVm {
  readonly round: number;
  readonly issue: string;
  readonly option: string;
  /** Why: the level's text for a scheduled drift, or the event or card that caused it. */
  readonly cause: string;
  /** The roles a drift binds when it binds only its parties (their names), else null: everyone. */
  readonly parties: string | null;
}

export interface CitationVm {
  readonly id: string;
  readonly text: string;
  readonly title: string;
  readonly author: string;
  readonly year: number | null;
  readonly locator: string;
  readonly found: boolean;
  /** The fact is the level's own (its trainer's source), not the project's shared base. */
  readonly local: boolean;
}

export interface OutcomeVm {
  readonly agreement: boolean;
  readonly offer: number | null;
  readonly round: number;
  readonly text: readonly { issue: string; option: string; clause: string }[];
  readonly scores: readonly ScoreVm[];
  readonly frontier: FrontierVm;
  readonly curves: readonly CurveVm[];
  readonly evidence: readonly CitationVm[];
  readonly drift: readonly DriftVm[];
  readonly summary: string;
  readonly closing: string;
}

function norm(v: number, lo: number, hi: number): number {
  return hi === lo ? 0.5 : (v - lo) / (hi - lo);
}

/** The two roles the chart compares: the viewer (if any) and the other voter, else the first two voters. */
export function chartRoles(level: PublicLevel, viewer: RoleId | null): [RoleId, RoleId] {
  const voters = level.decision.voters;
  const all = level.roles.map((r) => r.id);
  const first = viewer && all.includes(viewer) ? viewer : (voters[0] ?? all[0]);
  if (first === undefined) throw new Error('a level has roles (its schema asks for three or more)');
  const second = voters.find((v) => v !== first) ?? all.find((r) => r !== first) ?? first;
  return [first, second];
}

export function frontierVm(level: PublicLevel, debrief: Debrief, xRole: RoleId, yRole: RoleId, language: string): FrontierVm {
  const { chart } = debrief;
  const xi = Math.max(0, chart.roles.indexOf(xRole));
  const yi = Math.max(0, chart.roles.indexOf(yRole));
  const pts = chart.frontier.map((p) => [p[xi] ?? 0, p[yi] ?? 0] as const);
  const all = [...pts, [chart.outcome[xi] ?? 0, chart.outcome[yi] ?? 0] as const, [chart.noDeal[xi] ?? 0, chart.noDeal[yi] ?? 0] as const];
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  const xRange: [number, number] = [Math.min(...xs), Math.max(...xs)];
  const yRange: [number, number] = [Math.min(...ys), Math.max(...ys)];
  const at = (x: number, y: number): Point => ({ x: norm(x, xRange[0], xRange[1]), y: norm(y, yRange[0], yRange[1]) });
  return {
    xRole,
    yRole,
    xName: roleName(level, xRole, language),
    yName: roleName(level, yRole, language),
    frontier: pts.map(([x, y]) => at(x, y)).sort((a, b) => a.x - b.x),
    outcome: at(chart.outcome[xi] ?? 0, chart.outcome[yi] ?? 0),
    noDeal: at(chart.noDeal[xi] ?? 0, chart.noDeal[yi] ?? 0),
    nash: chart.nash ? at(chart.nash[xi] ?? 0, chart.nash[yi] ?? 0) : null,
    xRange,
    yRange,
  };
}

export function curvesVm(level: PublicLevel, debrief: Debrief, language: string): CurveVm[] {
  return debrief.projection.indicators.map((ind) => {
    const def = level.impact.indicators.find((i) => i.id === ind.id);
    const other = debrief.noDealProjection.indicators.find((i) => i.id === ind.id);
    const years = Math.max(1, ind.series.length - 1);
    const scale = (series: readonly number[]): Point[] => series.map((v, k) => ({ x: k / years, y: norm(v, ind.min, ind.max) }));
    return {
      id: ind.id,
      name: localText(def?.name, language) || ind.id,
      unit: localText(def?.unit, language),
      min: ind.min,
      max: ind.max,
      start: ind.series[0] ?? 0,
      final: ind.final,
      noDealFinal: other?.final ?? ind.final,
      outcome: scale(ind.series),
      noDeal: scale(other?.series ?? ind.series),
      betterFor: (def?.higherIsBetterFor ?? []).map((r) => roleName(level, r, language)),
      drivers: ind.drivers.map((d) => {
        const issue = level.issues.find((i) => i.id === d.issue);
        return { issue: localText(issue?.name, language) || d.issue, option: localText(issue?.options[d.option]?.label, language), perYear: d.weight * d.perYear, evidence: d.evidence };
      }),
    };
  });
}

/** Where the no-deal world moved during the game, and why: what "no deal" came to mean. */
export function driftVm(level: PublicLevel, debrief: Debrief, language: string): DriftVm[] {
  return debrief.log.flatMap((entry) => {
    if (entry.kind !== 'drift') return [];
    const issue = level.issues.find((i) => i.id === entry.issue);
    const scheduled = level.noDeal.drift.find((d) => d.round === entry.round && d.issue === entry.issue && d.option === entry.option);
    const cause =
      entry.cause === 'schedule'
        ? localText(scheduled?.text, language)
        : localText(level.events.find((e) => e.id === entry.cause)?.name ?? level.cards.find((c) => c.id === entry.cause)?.name, language) || entry.cause;
    const parties = entry.parties ? entry.parties.map((r) => roleName(level, r, language)).join(', ') : null;
    return [{ round: entry.round, issue: localText(issue?.name, language) || entry.issue, option: localText(issue?.options[entry.option]?.label, language), cause, parties }];
  });
}

/**
 * Each evidence id with its fact and source; an id missing from the base is kept, marked not found.
 * The level's own facts (`ownEvidence`, which travels with the level to every device and online)
 * are looked up there first: a local id never shadows a shared one, the validator sees to that.
 */
export function citationsVm(ids: readonly string[], evidence: EvidenceBase | null, language: string, own?: PublicLevel['ownEvidence']): CitationVm[] {
  return ids.map((id) => {
    const ownFact = own?.facts.find((f) => f.id === id);
    const base = ownFact ? own : evidence;
    const fact = ownFact ?? evidence?.facts.find((f) => f.id === id);
    const source = fact ? base?.sources.find((s) => s.id === fact.source) : undefined;
    return {
      local: !!ownFact,
      id,
      text: fact ? localText(fact.text, language) : id,
      title: source?.title ?? '',
      author: source?.author ?? '',
      year: source?.year ?? null,
      locator: fact?.locator ?? '',
      found: !!fact && !!source,
    };
  });
}

export function outcomeVm(level: PublicLevel, debrief: Debrief, evidence: EvidenceBase | null, viewer: RoleId | null, language: string): OutcomeVm {
  const { outcome, result } = debrief;
  const [x, y] = chartRoles(level, viewer);
  return {
    agreement: outcome.kind === 'agreement',
    offer: outcome.kind === 'agreement' ? outcome.offer : null,
    round: outcome.round,
    text: level.issues.map((issue) => {
      const option = issue.options[debrief.text[issue.id] ?? 0];
      return { issue: localText(issue.name, language), option: localText(option?.label, language), clause: localText(option?.clause, language) };
    }),
    scores: level.roles.map((r) => {
      const res = result.roles[r.id];
      return {
        role: r.id,
        name: localText(r.name, language),
        colour: roleColour(level, r.id),
        value: res?.value ?? 0,
        noDealValue: res?.noDealValue ?? 0,
        score: res?.scoreVsNoDeal ?? 0,
        relativeGain: res?.relativeGain ?? 0,
        winner: result.winners.includes(r.id),
        signatory: res?.signatory ?? false,
      };
    }),
    frontier: frontierVm(level, debrief, x, y, language),
    curves: curvesVm(level, debrief, language),
    evidence: citationsVm(debrief.evidence, evidence, language, level.ownEvidence),
    drift: driftVm(level, debrief, language),
    summary: localText(level.debrief.summary, language),
    closing: localText(outcome.kind === 'agreement' ? level.debrief.agreement : level.debrief.noDeal, language),
  };
}

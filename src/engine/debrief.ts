/**
 * Everything the outcome dashboard and the debrief show once a game is over, computed in one place
 * from the concluded state: the agreed text (or where the no-deal drift led), each role's score
 * against its no-deal value, the Pareto frontier with the outcome and the Nash point on it, the ten-
 * year projection of the outcome beside that of no deal, the evidence behind every effect, and the
 * full log with every actor's reasons. Plain data: it travels to browsers as it is.
 */
import type { LevelModel } from './level/model.js';
import { packageToIssues } from './level/model.js';
import { projectImpact, type Projection } from './impact.js';
import type { GameEvent } from './rules/events.js';
import { logEntries } from './rules/log.js';
import type { GameState, LogEntry, Outcome } from './rules/state.js';
import { paretoFrontier } from './scoring/frontier.js';
import { scoreGame, type GameResult } from './scoring/outcome.js';
import type { IssueId, RoleId } from './types.js';

export interface FrontierChart {
  /** Role ids in the order of each point's coordinates. */
  readonly roles: readonly RoleId[];
  /** Each non-dominated package's values, one number per role. */
  readonly frontier: readonly (readonly number[])[];
  readonly outcome: readonly number[];
  readonly noDeal: readonly number[];
  readonly nash: readonly number[] | null;
}

export interface Debrief {
  readonly level: string;
  readonly outcome: Outcome;
  /** The option chosen on each issue: the agreed text, or the no-deal world at the end. */
  readonly text: Readonly<Record<IssueId, number>>;
  readonly result: GameResult;
  /** Every role's values at the end of the game: secret during play, shown in the debrief. */
  readonly values: Readonly<Record<RoleId, readonly (readonly number[])[]>>;
  readonly chart: FrontierChart;
  readonly projection: Projection;
  /** The same ten years had the table ended without a deal, for comparison. */
  readonly noDealProjection: Projection;
  /** Evidence ids behind the clauses in force, the cards played, the events fired and the drift. */
  readonly evidence: readonly string[];
  readonly log: readonly LogEntry[];
  readonly history: readonly GameEvent[];
  /** The game's seed when known: with the history it replays the game step by step. */
  readonly seed: number | string | null;
}

function uniq(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

export function debriefFor(model: LevelModel, state: GameState, history: readonly GameEvent[], seed: number | string | null = null): Debrief {
  const outcome = state.outcome;
  if (!outcome) throw new Error('the debrief needs a concluded game');
  const result = scoreGame(model, state);
  const values = model.roleIds.map((r) => state.roles[r]?.values ?? []);
  const frontier = paretoFrontier(model, values);
  const points: number[][] = [];
  for (let j = 0; j < frontier.size; j++) points.push(Array.from(frontier.points.subarray(j * frontier.roles, (j + 1) * frontier.roles)));
  const coverage = outcome.kind === 'agreement' ? outcome.signatories.length / Math.max(1, model.voters.length) : 0;
  const projection = projectImpact(model, outcome.package, state.noDeal, outcome.kind === 'agreement' ? coverage : 1);
  const noDealProjection = projectImpact(model, state.noDeal, state.noDeal, 1);
  const level = model.level;
  const evidence: string[] = [...level.evidence];
  outcome.package.forEach((option, i) => {
    const issue = level.issues[i];
    if (!issue) return;
    evidence.push(...issue.evidence, ...(issue.options[option]?.evidence ?? []));
  });
  for (const indicator of projection.indicators) for (const d of indicator.drivers) evidence.push(...d.evidence);
  for (const entry of logEntries(state.log)) {
    if (entry.kind === 'card') evidence.push(...(model.cards.get(entry.card)?.evidence ?? []));
    if (entry.kind === 'event') evidence.push(...(model.events.get(entry.event)?.evidence ?? []));
  }
  for (const drift of level.noDeal.drift) if (drift.round <= state.round) evidence.push(...drift.evidence);
  return {
    level: level.id,
    outcome,
    text: packageToIssues(model, outcome.package),
    result,
    values: Object.fromEntries(model.roleIds.map((r, i) => [r, values[i] as readonly (readonly number[])[]])),
    chart: {
      roles: model.roleIds,
      frontier: points,
      outcome: model.roleIds.map((r) => result.roles[r]?.value ?? 0),
      noDeal: model.roleIds.map((r) => result.roles[r]?.noDealValue ?? 0),
      nash: result.nash ? model.roleIds.map((r) => result.nash?.values[r] ?? 0) : null,
    },
    projection,
    noDealProjection,
    evidence: uniq(evidence),
    log: logEntries(state.log),
    history,
    seed,
  };
}

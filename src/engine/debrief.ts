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
import type { Level, LocalText } from './level/schema.js';
import { moveReasons, type MoveReason } from './move-reasons.js';

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
  /** Why each seat without a bot reason made each move, by its own figures then (move-reasons.ts). */
  readonly moves: readonly MoveReason[];
  /** Three or four questions for the players to discuss, from the level's teaching block. */
  readonly discussion: readonly LocalText[];
}

/** At most this many discussion questions: a debrief screen, not the teacher's whole list. */
export const DISCUSSION_QUESTIONS = 4;

/**
 * The questions players see in their debrief: those the level marks `inGame`; else the first
 * question of each debrief phase after the class's "feelings" round (which a facilitator leads);
 * else the level's own debrief questions. Never more than four.
 */
export function discussionQuestions(level: Level): LocalText[] {
  const teaching = level.teaching?.debriefQuestions ?? [];
  const marked = teaching.filter((q) => q.inGame === true).map((q) => q.text);
  if (marked.length > 0) return marked.slice(0, DISCUSSION_QUESTIONS);
  const byPhase = new Map<string, LocalText>();
  for (const q of teaching) if (q.phase !== 'feelings' && !byPhase.has(q.phase)) byPhase.set(q.phase, q.text);
  if (byPhase.size > 0) return [...byPhase.values()].slice(0, DISCUSSION_QUESTIONS);
  return level.debrief.questions.slice(0, DISCUSSION_QUESTIONS);
}

function uniq(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

/**
 * `seed` goes into the debrief (a local game's players may replay it); `replaySeed` only rebuilds
 * the players' move reasons. An online table keeps its seed to itself (tables of a workshop may
 * share one, and a table still playing must not learn its random draws from one that finished).
 */
export function debriefFor(model: LevelModel, state: GameState, history: readonly GameEvent[], seed: number | string | null = null, replaySeed: number | string | null = seed): Debrief {
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
    moves: replaySeed === null ? [] : moveReasons(model, replaySeed, history),
    discussion: discussionQuestions(level),
  };
}

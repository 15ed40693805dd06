/**
 * Typical outcomes of a level, from bot self-play with the engine: the agreement rate, each role's
 * win rate and mean score against no deal, and the packages most often agreed. The seats' strategies
 * are drawn as `simulate` draws them, from one seeded generator, so the same level, game count and
 * seed always give the same figures. Runs in a worker on the kit's page, and in tests.
 */
import { NEGOTIATING_STRATEGIES, type StrategyId } from '../../engine/bots/index.js';
import type { LevelModel } from '../../engine/level/model.js';
import { Rng, seedToState } from '../../engine/rng.js';
import { playBotGame } from '../../engine/simulate.js';

export interface TypicalOutcome {
  /** The agreed package (issue order), or null for no deal. */
  readonly package: readonly number[] | null;
  readonly signatories: readonly string[];
  readonly share: number;
  readonly meanScoreVsNoDeal: Readonly<Record<string, number>>;
}

export interface BotOutcomes {
  readonly games: number;
  readonly seed: number;
  readonly agreementRate: number;
  readonly winRates: Readonly<Record<string, number>>;
  readonly meanScoreVsNoDeal: Readonly<Record<string, number>>;
  readonly meanParetoDistance: number;
  readonly onFrontierRate: number;
  /** The most frequent outcomes, most frequent first (no deal included as one outcome). */
  readonly outcomes: readonly TypicalOutcome[];
}

export function botOutcomes(model: LevelModel, games: number, seed: number, top = 5, onProgress?: (done: number) => void): BotOutcomes {
  const rng = new Rng(seedToState(seed));
  const roles = model.roleIds;
  const wins: Record<string, number> = {};
  const scores: Record<string, number> = {};
  const byOutcome = new Map<string, { package: number[] | null; signatories: string[]; count: number; scores: Record<string, number> }>();
  let agreements = 0;
  let distance = 0;
  let onFrontier = 0;
  for (let g = 0; g < games; g++) {
    const gameSeed = rng.int(0x7fffffff);
    const strategies: Record<string, StrategyId> = {};
    for (const role of roles) strategies[role] = rng.pick(NEGOTIATING_STRATEGIES);
    const { result } = playBotGame(model, gameSeed, strategies);
    const outcome = result.outcome;
    const agreed = outcome.kind === 'agreement';
    if (agreed) agreements++;
    distance += result.paretoDistance;
    if (result.onFrontier) onFrontier++;
    const key = agreed ? `${outcome.package.join(',')}|${[...outcome.signatories].sort().join(',')}` : 'none';
    let entry = byOutcome.get(key);
    if (!entry) {
      entry = { package: agreed ? [...outcome.package] : null, signatories: agreed ? [...outcome.signatories] : [], count: 0, scores: {} };
      byOutcome.set(key, entry);
    }
    entry.count++;
    for (const role of roles) {
      const r = result.roles[role];
      if (!r) continue;
      wins[role] = (wins[role] ?? 0) + r.winShare;
      scores[role] = (scores[role] ?? 0) + r.scoreVsNoDeal;
      entry.scores[role] = (entry.scores[role] ?? 0) + r.scoreVsNoDeal;
    }
    if (onProgress && (g + 1) % 50 === 0) onProgress(g + 1);
  }
  const n = Math.max(1, games);
  const perRole = (table: Record<string, number>, by = n): Record<string, number> => Object.fromEntries(roles.map((r) => [r, round2((table[r] ?? 0) / by)]));
  const outcomes = [...byOutcome.values()]
    .sort((a, b) => b.count - a.count || (a.package === null ? 1 : 0) - (b.package === null ? 1 : 0))
    .slice(0, top)
    .map((e) => ({ package: e.package, signatories: e.signatories, share: round4(e.count / n), meanScoreVsNoDeal: perRole(e.scores, e.count) }));
  return {
    games,
    seed,
    agreementRate: round4(agreements / n),
    winRates: perRole(wins),
    meanScoreVsNoDeal: perRole(scores),
    meanParetoDistance: round4(distance / n),
    onFrontierRate: round4(onFrontier / n),
    outcomes,
  };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const round4 = (x: number): number => Math.round(x * 10000) / 10000;

/**
 * Bot self-play for trainers and maintainers: thousands of games of a level between negotiating
 * bots, summarised as agreement rate, win rates, scores against no deal and distance to the Pareto
 * frontier. The same level, game count and seed always give the same figures (only the speed
 * varies), so a trainer can compare two versions of a level fairly.
 */
import { createBot, NEGOTIATING_STRATEGIES, type StrategyId } from './bots/index.js';
import { runBots } from './bots/driver.js';
import type { LevelModel } from './level/model.js';
import { logEntries } from './rules/log.js';
import { Rng, seedToState } from './rng.js';
import { scoreGame, winBasisOf, type GameResult, type WinBasis } from './scoring/outcome.js';
import { GameSession } from './session.js';
import type { ByRole, RoleId } from './types.js';

export interface BotGame {
  readonly session: GameSession;
  readonly result: GameResult;
  readonly strategies: ByRole<StrategyId>;
}

/** One game with a bot in every seat, from the briefing to the outcome. */
export function playBotGame(model: LevelModel, seed: number, strategies: ByRole<StrategyId>, basis: WinBasis = winBasisOf(model)): BotGame {
  const session = GameSession.create(model, seed);
  session.send({ type: 'start' });
  const bots = new Map(model.roleIds.map((role, i) => [role, createBot(model, role, strategies[role] ?? 'dealmaker', (seed * 31 + i) >>> 0)]));
  runBots(session, bots);
  if (session.phase !== 'concluded') throw new Error(`bot game ${seed} stopped in ${session.phase}`);
  return { session, result: scoreGame(model, session.state, basis), strategies };
}

export interface SimulationOptions {
  readonly games: number;
  readonly seed: number | string;
  /** Strategies drawn from for each seat (default: every negotiating strategy). */
  readonly strategies?: readonly StrategyId[];
  /** Called every `progressEvery` games with the number done. */
  readonly onProgress?: (done: number) => void;
  readonly progressEvery?: number;
  /** What decides the win (default: the level's basis, winBasisOf): against the opening no-deal value, or walking away. */
  readonly basis?: WinBasis;
}

export interface StrategyStats {
  readonly seats: number;
  readonly winRate: number;
  readonly meanScoreVsNoDeal: number;
}

export interface CardStats {
  readonly plays: number;
  /** Share of plays made by the role that went on to win the game. */
  readonly winRateWhenPlayed: number;
}

export interface SimulationReport {
  readonly level: string;
  readonly games: number;
  readonly seed: number | string;
  readonly agreementRate: number;
  readonly winRates: ByRole<number>;
  readonly meanScoreVsNoDeal: ByRole<number>;
  readonly meanParetoDistance: number;
  readonly onFrontierRate: number;
  readonly meanRoundsPlayed: number;
  readonly byStrategy: Record<string, StrategyStats>;
  readonly cards: Record<string, CardStats>;
  readonly gamesPerSecond: number;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function simulate(model: LevelModel, options: SimulationOptions): SimulationReport {
  const games = options.games;
  const pool = options.strategies ?? NEGOTIATING_STRATEGIES;
  const rng = new Rng(seedToState(options.seed));
  const roles = model.roleIds;
  const wins: ByRole<number> = Object.fromEntries(roles.map((r) => [r, 0]));
  const scores: ByRole<number> = Object.fromEntries(roles.map((r) => [r, 0]));
  const strategy: Record<string, { seats: number; wins: number; score: number }> = {};
  const cards: Record<string, { plays: number; wins: number }> = {};
  let agreements = 0;
  let distance = 0;
  let onFrontier = 0;
  let rounds = 0;
  const every = options.progressEvery ?? 100;
  const started = now();
  for (let g = 0; g < games; g++) {
    const seed = rng.int(0x7fffffff);
    const strategies: ByRole<StrategyId> = {};
    for (const role of roles) strategies[role] = rng.pick(pool);
    const { session, result } = playBotGame(model, seed, strategies, options.basis);
    if (result.outcome.kind === 'agreement') agreements++;
    distance += result.paretoDistance;
    if (result.onFrontier) onFrontier++;
    rounds += session.state.round;
    for (const role of roles) {
      const r = result.roles[role];
      if (!r) continue;
      wins[role] = (wins[role] ?? 0) + r.winShare;
      scores[role] = (scores[role] ?? 0) + r.scoreVsNoDeal;
      const s = (strategy[strategies[role] as string] ??= { seats: 0, wins: 0, score: 0 });
      s.seats++;
      s.wins += r.winShare;
      s.score += r.scoreVsNoDeal;
    }
    for (const entry of logEntries(session.state.log)) {
      if (entry.kind !== 'card') continue;
      const c = (cards[entry.card] ??= { plays: 0, wins: 0 });
      c.plays++;
      c.wins += result.roles[entry.role]?.winShare ?? 0;
    }
    if (options.onProgress && (g + 1) % every === 0) options.onProgress(g + 1);
  }
  const elapsed = Math.max(1e-6, (now() - started) / 1000);
  const perRole = (table: ByRole<number>): ByRole<number> => Object.fromEntries(roles.map((r: RoleId) => [r, round4((table[r] ?? 0) / Math.max(1, games))]));
  return {
    level: model.level.id,
    games,
    seed: options.seed,
    agreementRate: round4(agreements / Math.max(1, games)),
    winRates: perRole(wins),
    meanScoreVsNoDeal: perRole(scores),
    meanParetoDistance: round4(distance / Math.max(1, games)),
    onFrontierRate: round4(onFrontier / Math.max(1, games)),
    meanRoundsPlayed: round4(rounds / Math.max(1, games)),
    byStrategy: Object.fromEntries(
      Object.entries(strategy).map(([id, s]) => [id, { seats: s.seats, winRate: round4(s.wins / s.seats), meanScoreVsNoDeal: round4(s.score / s.seats) }]),
    ),
    cards: Object.fromEntries(Object.entries(cards).map(([id, c]) => [id, { plays: c.plays, winRateWhenPlayed: round4(c.wins / c.plays) }])),
    gamesPerSecond: Math.round((games / elapsed) * 10) / 10,
  };
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/**
 * A balance check for trainers, built on {@link simulate}: the figures of a bot self-play run, plus
 * what a trainer acts on — roles whose win rate sits outside the band (20–50% at four seats, 0.8/n–2/n
 * at n seats), the packages bots
 * agree on, cards never played — and hints from a small sensitivity run: each role's no-deal
 * adjustment moved by ±step, the level re-simulated, the change in that role's win rate measured.
 * A value whose one-step move shifts the win rate a lot is flagged as a knife edge.
 * Pure and headless: the CLI (`npm run simulate -- --hints`) and the studio's worker both call it.
 */
import { NEGOTIATING_STRATEGIES, type StrategyId } from '../bots/index.js';
import { compileLevel, type LevelModel } from '../level/model.js';
import type { Level } from '../level/schema.js';
import { Rng, seedToState } from '../rng.js';
import { playBotGame, simulate, type SimulationReport } from '../simulate.js';
import type { WinBasis } from '../scoring/outcome.js';
import type { ByRole, RoleId } from '../types.js';
import { rolesOf } from '../level/ids.js';

/**
 * The band a role's win rate should sit in for a fair table of `seats` roles. Win shares add up to
 * one game per game (ties split it), so a fixed band cannot hold at every table size: 20–50% is
 * impossible with seven seats (seven roles at 20% would need 140% of the games). The band is
 * written per seat as 0.8/n to 2/n of the games: exactly 20–50% at four seats, 16–40% at five,
 * about 11–29% at seven, 10–25% at eight.
 */
export function winBand(seats: number): { readonly low: number; readonly high: number } {
  const n = Math.max(1, seats);
  return { low: 0.8 / n, high: Math.min(1, 2 / n) };
}
/** The band as a trainer reads it, e.g. "20–50%" or "11.4–28.6%". */
export function winBandText(seats: number): string {
  const b = winBand(seats);
  const p = (x: number) => String(Math.round(x * 1000) / 10);
  return `${p(b.low)}–${p(b.high)}%`;
}
/** A one-step move that shifts a win rate by more than this many points is a knife edge. */
export const KNIFE_EDGE_POINTS = 15;

export type BandFlag = { readonly role: RoleId; readonly winRate: number; readonly side: 'low' | 'high' };

export interface AgreedPackage {
  /** `{ issue: option index }` as the level file writes it. */
  readonly package: Readonly<Record<string, number>>;
  readonly games: number;
  readonly share: number;
}

/** "Moving `role`'s no-deal adjustment by `delta` changes its win rate by `winRateChange` (0–1)." */
export interface Hint {
  readonly role: RoleId;
  readonly delta: number;
  readonly winRateBefore: number;
  readonly winRateAfter: number;
  readonly winRateChange: number;
  readonly knifeEdge: boolean;
}

export interface BalanceReport {
  readonly report: SimulationReport;
  readonly outsideBand: readonly BandFlag[];
  readonly agreedPackages: readonly AgreedPackage[];
  readonly unplayedCards: readonly string[];
  readonly hints: readonly Hint[];
}

export interface BalanceOptions {
  readonly games: number;
  readonly seed: number | string;
  readonly strategies?: readonly StrategyId[];
  /** What decides the win (see scoring/outcome.ts); default DEFAULT_WIN_BASIS. */
  readonly basis?: WinBasis;
  /** Run the sensitivity pass (costs 2 × roles more simulations of `hintGames` games each). */
  readonly hints?: boolean;
  readonly hintGames?: number;
  readonly step?: number;
  /** Called with (done, total) in games across every pass. */
  readonly onProgress?: (done: number, total: number) => void;
}

export function bandFlags(report: SimulationReport): BandFlag[] {
  const flags: BandFlag[] = [];
  const band = winBand(Object.keys(report.winRates).length);
  for (const role of rolesOf(report.winRates)) {
    const rate = report.winRates[role] as number;
    if (rate < band.low) flags.push({ role, winRate: rate, side: 'low' });
    else if (rate > band.high) flags.push({ role, winRate: rate, side: 'high' });
  }
  return flags;
}

export function unplayedCards(level: Level, report: SimulationReport): string[] {
  const dealt = new Set(level.roles.flatMap((r) => r.deck));
  return level.cards.map((c) => c.id).filter((id) => !report.cards[id] && dealt.has(id));
}

/** The packages agreed in the same games {@link simulate} plays (same seed, same draws). */
export function agreedPackages(model: LevelModel, options: { games: number; seed: number | string; strategies?: readonly StrategyId[] }): AgreedPackage[] {
  const pool = options.strategies ?? NEGOTIATING_STRATEGIES;
  const rng = new Rng(seedToState(options.seed));
  const counts = new Map<string, { package: Record<string, number>; games: number }>();
  for (let g = 0; g < options.games; g++) {
    const seed = rng.int(0x7fffffff);
    const strategies: ByRole<StrategyId> = {};
    for (const role of model.roleIds) strategies[role] = rng.pick(pool);
    const { result } = playBotGame(model, seed, strategies);
    if (result.outcome.kind !== 'agreement') continue;
    const chosen = result.outcome.package as unknown as readonly number[];
    const pkg: Record<string, number> = Object.fromEntries(chosen.map((o, i) => [model.level.issues[i]?.id ?? String(i), o]));
    const key = JSON.stringify(pkg);
    const entry = counts.get(key) ?? { package: pkg, games: 0 };
    entry.games++;
    counts.set(key, entry);
  }
  return [...counts.values()]
    .sort((a, b) => b.games - a.games)
    .map((e) => ({ package: e.package, games: e.games, share: Math.round((e.games / options.games) * 10000) / 10000 }));
}

function withAdjustment(level: Level, role: RoleId, delta: number): Level {
  return { ...level, roles: level.roles.map((r) => (r.id === role ? { ...r, noDealAdjustment: r.noDealAdjustment + delta } : r)) };
}

export function checkBalance(level: Level, options: BalanceOptions): BalanceReport {
  const model = compileLevel(level);
  const step = options.step ?? 2;
  const hintGames = options.hintGames ?? Math.max(50, Math.floor(options.games / 4));
  const roles = model.roleIds;
  const total = options.games * 2 + (options.hints ? roles.length * 2 * hintGames : 0);
  let done = 0;
  const progress = (n: number) => options.onProgress?.(done + n, total);
  const every = Math.max(1, Math.floor(options.games / 50));
  const base = { seed: options.seed, ...(options.strategies ? { strategies: options.strategies } : {}), ...(options.basis ? { basis: options.basis } : {}) };
  const report = simulate(model, { ...base, games: options.games, progressEvery: every, onProgress: progress });
  done += options.games;
  const packages = agreedPackages(model, { ...base, games: options.games });
  done += options.games;
  progress(0);
  const hints: Hint[] = [];
  if (options.hints) {
    const ref = hintGames === options.games ? report : simulate(model, { ...base, games: hintGames });
    for (const role of roles) {
      for (const delta of [step, -step]) {
        const changed = simulate(compileLevel(withAdjustment(level, role, delta)), { ...base, games: hintGames, progressEvery: Math.max(1, Math.floor(hintGames / 10)), onProgress: progress });
        done += hintGames;
        const before = ref.winRates[role] ?? 0;
        const after = changed.winRates[role] ?? 0;
        const change = Math.round((after - before) * 10000) / 10000;
        hints.push({ role, delta, winRateBefore: before, winRateAfter: after, winRateChange: change, knifeEdge: Math.abs(change) * 100 > KNIFE_EDGE_POINTS });
      }
    }
  }
  return { report, outsideBand: bandFlags(report), agreedPackages: packages, unplayedCards: unplayedCards(level, report), hints };
}

/** The hint as a trainer reads it (English; the studio and the CLI print the same sentence). */
export function hintText(h: Hint): string {
  const verb = h.delta > 0 ? 'raising' : 'lowering';
  const dir = h.winRateChange > 0 ? 'raises' : 'lowers';
  const pts = Math.abs(Math.round(h.winRateChange * 1000) / 10);
  const effect = pts < 1 ? 'barely changes its win rate' : `${dir} its win rate by about ${pts} points`;
  return `${verb} ${h.role}'s no-deal adjustment by ${Math.abs(h.delta)} ${effect}${h.knifeEdge ? ' — a knife edge: this value is very sensitive' : ''}`;
}

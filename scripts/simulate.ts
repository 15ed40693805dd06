/**
 * `npm run simulate -- --level <file> --games <N> --seed <S> [--json]`: bot self-play for trainers.
 * Plays N games of a level with negotiating bots in every seat and reports the agreement rate, each
 * role's win rate and mean score against its no-deal value, the mean distance to the Pareto
 * frontier and the speed. The same level, N and seed always give the same figures.
 */
import { parseArgs } from 'node:util';
import { NEGOTIATING_STRATEGIES, STRATEGIES, type StrategyId } from '../src/engine/bots/index.js';
import { checkBalance, hintText, winBandText, type BalanceReport } from '../src/engine/balance/check.js';
import { DEFAULT_WIN_BASIS, type WinBasis } from '../src/engine/scoring/outcome.js';
import { formatErrors, loadLevelFile } from './lib/load-level.js';
import { rolesOf } from '../src/engine/level/ids.js';

const USAGE = `Usage: npm run simulate -- --level <file> [--games <N>] [--seed <S>] [--strategies <list>] [--hints] [--json]

  --level <file>        the level to simulate (YAML or JSON)
  --games <N>           how many bot games to play (1 to 1000000; default 1000)
  --seed <S>            seed for the whole run (any text or number; default 1); same seed, same figures
  --strategies <list>   comma-separated bot strategies to draw seats from
                        (${STRATEGIES.join(', ')}; default ${NEGOTIATING_STRATEGIES.join(',')})
  --basis <b>           what decides the win: "opening" (gain against the no-deal value when the talks
                        opened, so a no-deal world's drift counts) or "walkAway" (against walking away
                        at the end); default: the level's winBasis, else ${DEFAULT_WIN_BASIS}
  --hints               also run a small sensitivity pass: each role's no-deal adjustment moved by
                        ±2, with the change in its win rate (the studio shows the same hints)
  --json                print one JSON object instead of a table
  --help                show this help

A role "wins" a game when its gain over its no-deal value (at the opening, or at the end: --basis),
as a share of the largest gain it could have had, is the largest at the table (ties share the win;
on the walk-away basis, in a no-deal game all tie).`;

function fail(message: string): never {
  process.stderr.write(`simulate: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function parse(): { level: string; games: number; seed: string | number; json: boolean; hints: boolean; strategies: StrategyId[]; basis: WinBasis | undefined } {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        level: { type: 'string' },
        games: { type: 'string' },
        seed: { type: 'string' },
        strategies: { type: 'string' },
        basis: { type: 'string' },
        json: { type: 'boolean' },
        hints: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (!values.level) fail('--level is required');
  const games = values.games === undefined ? 1000 : Number(values.games);
  if (!Number.isInteger(games) || games < 1 || games > 1_000_000) fail(`--games must be a whole number from 1 to 1000000, not "${values.games}"`);
  const seedText = values.seed ?? '1';
  const seed = /^\d+$/.test(seedText) && Number(seedText) <= 0xffffffff ? Number(seedText) : seedText;
  const strategies = (values.strategies ?? NEGOTIATING_STRATEGIES.join(',')).split(',').map((s) => s.trim());
  for (const s of strategies) if (!(STRATEGIES as readonly string[]).includes(s)) fail(`unknown strategy "${s}" (known: ${STRATEGIES.join(', ')})`);
  const basis = values.basis;
  if (basis !== undefined && basis !== 'opening' && basis !== 'walkAway') fail(`--basis must be "opening" or "walkAway", not "${basis}"`);
  return { level: values.level, games, seed, json: Boolean(values.json), hints: Boolean(values.hints), strategies: strategies as StrategyId[], basis };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function printTable(balance: BalanceReport): void {
  const report = balance.report;
  const band = winBandText(Object.keys(report.winRates).length);
  const flag = (role: string) => {
    const f = balance.outsideBand.find((b) => b.role === role);
    return f ? `  ${f.side === 'low' ? 'BELOW' : 'ABOVE'} the ${band} band` : '';
  };
  const lines = [
    `Level ${report.level}: ${report.games} games, seed ${String(report.seed)}, ${report.gamesPerSecond} games/s`,
    `Agreement rate          ${pct(report.agreementRate)}`,
    `Mean Pareto distance    ${report.meanParetoDistance.toFixed(4)} (on the frontier in ${pct(report.onFrontierRate)} of games)`,
    `Mean rounds played      ${report.meanRoundsPlayed.toFixed(2)}`,
    '',
    'Role                     win rate   mean score vs no deal',
    ...rolesOf(report.winRates).map(
      (role) => `${role.padEnd(24)} ${pct(report.winRates[role] ?? 0).padStart(8)}   ${(report.meanScoreVsNoDeal[role] ?? 0).toFixed(2).padStart(8)}${flag(role)}`,
    ),
    '',
    'Strategy                 seats    win rate   mean score vs no deal',
    ...Object.entries(report.byStrategy).map(
      ([id, s]) => `${id.padEnd(24)} ${String(s.seats).padStart(6)} ${pct(s.winRate).padStart(10)}   ${s.meanScoreVsNoDeal.toFixed(2).padStart(8)}`,
    ),
    '',
    'Card                     plays   win rate of its player',
    ...Object.entries(report.cards)
      .sort((a, b) => b[1].plays - a[1].plays)
      .map(([id, c]) => `${id.padEnd(24)} ${String(c.plays).padStart(6)} ${pct(c.winRateWhenPlayed).padStart(10)}`),
    ...balance.unplayedCards.map((id) => `${id.padEnd(24)} ${'0'.padStart(6)}   never played`),
    '',
    'Agreed package (issue=option)                          games   share',
    ...(balance.agreedPackages.length === 0 ? ['(no agreement in any game)'] : []),
    ...balance.agreedPackages.slice(0, 10).map((p) => `${Object.entries(p.package).map(([i, o]) => `${i}=${o}`).join(' ').padEnd(54)} ${String(p.games).padStart(6)} ${pct(p.share).padStart(7)}`),
    ...(balance.agreedPackages.length > 10 ? [`… and ${balance.agreedPackages.length - 10} more packages`] : []),
    ...(balance.outsideBand.length > 0 ? ['', `Outside the ${band} band: ${balance.outsideBand.map((f) => `${f.role} (${pct(f.winRate)})`).join(', ')}`] : ['', `Every role is inside the ${band} band.`]),
    ...(balance.hints.length > 0 ? ['', 'Hints (sensitivity run):', ...balance.hints.map((h) => `  ${hintText(h)}`)] : []),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function main(): void {
  const args = parse();
  const loaded = loadLevelFile(args.level);
  if (!loaded.ok) {
    if (loaded.missing) fail(`no such file: ${args.level}`);
    process.stderr.write(`simulate: ${args.level} is not a valid level (${loaded.errors.length} errors):\n${formatErrors(args.level, loaded.errors)}\n`);
    process.exit(1);
  }
  const tty = process.stderr.isTTY === true;
  const balance = checkBalance(loaded.level, {
    games: args.games,
    seed: args.seed,
    strategies: args.strategies,
    hints: args.hints,
    ...(args.basis ? { basis: args.basis } : {}),
    ...(tty ? { onProgress: (done: number, total: number) => process.stderr.write(`\r  ${done}/${total} games (${Math.round((done / total) * 100)}%)`) } : {}),
  });
  if (tty) process.stderr.write('\r\x1b[K');
  if (args.json) process.stdout.write(`${JSON.stringify({ ...balance.report, outsideBand: balance.outsideBand, agreedPackages: balance.agreedPackages, unplayedCards: balance.unplayedCards, hints: balance.hints.map((h) => ({ ...h, text: hintText(h) })) })}\n`);
  else printTable(balance);
}

main();

/**
 * `npm run simulate -- --level <file> --games <N> --seed <S> [--json]`: bot self-play for trainers.
 * Plays N games of a level with negotiating bots in every seat and reports the agreement rate, each
 * role's win rate and mean score against its no-deal value, the mean distance to the Pareto
 * frontier and the speed. The same level, N and seed always give the same figures.
 */
import { parseArgs } from 'node:util';
import { NEGOTIATING_STRATEGIES, STRATEGIES, type StrategyId } from '../src/engine/bots/index.js';
import { compileLevel } from '../src/engine/level/model.js';
import { simulate, type SimulationReport } from '../src/engine/simulate.js';
import { formatErrors, loadLevelFile } from './lib/load-level.js';

const USAGE = `Usage: npm run simulate -- --level <file> [--games <N>] [--seed <S>] [--strategies <list>] [--json]

  --level <file>        the level to simulate (YAML or JSON)
  --games <N>           how many bot games to play (1 to 1000000; default 1000)
  --seed <S>            seed for the whole run (any text or number; default 1); same seed, same figures
  --strategies <list>   comma-separated bot strategies to draw seats from
                        (${STRATEGIES.join(', ')}; default ${NEGOTIATING_STRATEGIES.join(',')})
  --json                print one JSON object instead of a table
  --help                show this help

A role "wins" a game when its gain over its own no-deal value, as a share of the largest gain it
could have had, is the largest at the table (ties share the win; in a no-deal game all tie).`;

function fail(message: string): never {
  process.stderr.write(`simulate: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function parse(): { level: string; games: number; seed: string | number; json: boolean; strategies: StrategyId[] } {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        level: { type: 'string' },
        games: { type: 'string' },
        seed: { type: 'string' },
        strategies: { type: 'string' },
        json: { type: 'boolean' },
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
  return { level: values.level, games, seed, json: Boolean(values.json), strategies: strategies as StrategyId[] };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function printTable(report: SimulationReport): void {
  const lines = [
    `Level ${report.level}: ${report.games} games, seed ${String(report.seed)}, ${report.gamesPerSecond} games/s`,
    `Agreement rate          ${pct(report.agreementRate)}`,
    `Mean Pareto distance    ${report.meanParetoDistance.toFixed(4)} (on the frontier in ${pct(report.onFrontierRate)} of games)`,
    `Mean rounds played      ${report.meanRoundsPlayed.toFixed(2)}`,
    '',
    'Role                     win rate   mean score vs no deal',
    ...Object.keys(report.winRates).map(
      (role) => `${role.padEnd(24)} ${pct(report.winRates[role] ?? 0).padStart(8)}   ${(report.meanScoreVsNoDeal[role] ?? 0).toFixed(2).padStart(8)}`,
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
  const model = compileLevel(loaded.level);
  const tty = process.stderr.isTTY === true;
  const report = simulate(model, {
    games: args.games,
    seed: args.seed,
    strategies: args.strategies,
    progressEvery: Math.max(1, Math.floor(args.games / 100)),
    ...(tty ? { onProgress: (done: number) => process.stderr.write(`\r  ${done}/${args.games} games (${Math.round((done / args.games) * 100)}%)`) } : {}),
  });
  if (tty) process.stderr.write('\r\x1b[K');
  if (args.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else printTable(report);
}

main();

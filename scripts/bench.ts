/**
 * `npm run bench`: how fast the engine plays full bot-vs-bot games, per shipped level, on one core.
 * For each level it times, interleaved, (a) games through the real stack — the XState statechart
 * in a GameSession, bots acting on their role views and sending the rest of each turn as one event
 * (rules/turn.ts), the game scored — (b) a bare loop making the same bot decisions through the
 * same pure rules without the statechart, (c) XState alone: recorded games' events through a
 * chart whose guards and actions do nothing, and (d) the bare loop with that chart stepped on each
 * of its events: what XState costs when its work alternates with the game's, as in (a). It reports
 * medians of several timed batches and their ratios, and the memory a live game holds (heap and
 * array buffers grown per game over many games kept mid-negotiation). This machine is shared and
 * noisy: compare ratios.
 *
 * `npm run bench` starts Node with --single-threaded-gc, so the collector works on the benchmark's
 * own core too (the games/s are those of one core), and with a larger young generation
 * (--max-semi-space-size=64): a game's short-lived snapshots then die young instead of being
 * promoted and collected by full collections, which with Node's default size cost a tenth of the
 * time or more. `npm run simulate` uses the same young generation.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBot, NEGOTIATING_STRATEGIES, type StrategyId } from '../src/engine/bots/index.js';
import { runBots } from '../src/engine/bots/driver.js';
import { compileLevel, type LevelModel } from '../src/engine/level/model.js';
import { Rng } from '../src/engine/rng.js';
import { scoreGame } from '../src/engine/scoring/outcome.js';
import { GameSession } from '../src/engine/session.js';
import { playBotGame } from '../src/engine/simulate.js';
import type { ByRole, RoleId } from '../src/engine/types.js';
import type { GameEvent } from '../src/engine/rules/events.js';
import { playBareGame } from './bench/bare-game.js';
import { createFloorMachine, floorStepper, playFloorGame } from './bench/xstate-floor.js';
import { formatErrors, loadLevelFile, repoRoot } from './lib/load-level.js';

const USAGE = `Usage: npm run bench -- [--level <file>] [--batches <N>] [--seconds <S>] [--json]

  --level <file>   benchmark one level (default: every level in levels/)
  --batches <N>    timed batches per path (default 5); the median is reported
  --seconds <S>    length of each timed batch in seconds (default 1)
  --json           print one JSON object`;

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: { level: { type: 'string' }, batches: { type: 'string' }, seconds: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' } },
    strict: true,
  }).values;
} catch (error) {
  fail((error as Error).message);
}
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const batches = args.batches === undefined ? 5 : Number(args.batches);
const seconds = args.seconds === undefined ? 1 : Number(args.seconds);
if (!Number.isInteger(batches) || batches < 1 || batches > 100) fail('--batches must be a whole number from 1 to 100');
if (!(seconds > 0 && seconds <= 60)) fail('--seconds must be a number above 0 and at most 60');

const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

function strategiesFor(model: LevelModel, rng: Rng): ByRole<StrategyId> {
  return Object.fromEntries(model.roleIds.map((r) => [r, rng.pick(NEGOTIATING_STRATEGIES)]));
}

/** Games per second of one path over one batch of `seconds` (each path draws its own seeds and seats). */
function timeBatch(model: LevelModel, play: (seed: number, s: ByRole<StrategyId>) => void, seed: number): number {
  const rng = new Rng(seed);
  const start = performance.now();
  const end = start + seconds * 1000;
  let games = 0;
  while (performance.now() < end) {
    play(rng.int(0x7fffffff), strategiesFor(model, rng));
    games++;
  }
  return games / ((performance.now() - start) / 1000);
}

/** Heap held per live game: many games started and played two rounds in, all kept alive. */
function memoryPerLiveGame(model: LevelModel, count: number): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return Number.NaN;
  const rng = new Rng(99);
  const keep: unknown[] = [];
  gc();
  // Array buffers count too: typed arrays past a few dozen bytes keep their data outside the heap.
  const held = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const before = held();
  for (let i = 0; i < count; i++) {
    const session = GameSession.create(model, rng.int(0x7fffffff));
    session.send({ type: 'start' });
    const strategies = strategiesFor(model, rng);
    const bots = new Map(model.roleIds.map((role, k) => [role, createBot(model, role, strategies[role] as StrategyId, k)]));
    // Let the bots play, one seat at a time, until round 3 opens: a table mid-negotiation.
    const stopAt = Math.min(3, model.level.rounds.count);
    while (session.phase === 'negotiating' && session.state.round < stopAt) {
      const role = model.turnOrder[session.state.turn] as RoleId;
      runBots(session, new Map([[role, bots.get(role) as NonNullable<ReturnType<typeof bots.get>>]]));
    }
    keep.push({ session, bots });
  }
  gc();
  const after = held();
  if (keep.length !== count) throw new Error('unreachable');
  return (after - before) / count;
}

interface LevelFigures {
  level: string;
  packages: number;
  statechartGamesPerSecond: number;
  bareLoopGamesPerSecond: number;
  ratio: number;
  statechartBatches: number[];
  bareLoopBatches: number[];
  /** The same games' events through a chart that does nothing but be an XState chart. */
  xstateAloneGamesPerSecond: number;
  xstateAloneBatches: number[];
  /** The bare loop with the XState-alone chart stepped on each of its events. */
  bareWithXstateGamesPerSecond: number;
  bareWithXstateBatches: number[];
  /** Events a game sends through the chart, on average. */
  eventsPerGame: number;
  /** XState's own time per event (from the XState-alone path). */
  xstateMicrosPerEvent: number;
  /** XState's time per event when it alternates with the game's work (path d over the bare loop). */
  xstateInterleavedMicrosPerEvent: number;
  /** What the real chart adds per event: its time per game over the bare loop's, per event. */
  statechartMicrosPerEvent: number;
  memoryPerLiveGameBytes: number;
}

/** The event lists of a fixed set of bot games, for the XState-alone path. */
function recordGames(model: LevelModel, games: number): GameEvent[][] {
  const rng = new Rng(7);
  const logs: GameEvent[][] = [];
  for (let g = 0; g < games; g++) {
    const game = playBotGame(model, rng.int(0x7fffffff), strategiesFor(model, rng));
    logs.push(game.session.history.slice());
    game.session.stop();
  }
  return logs;
}

function benchLevel(file: string): LevelFigures {
  const loaded = loadLevelFile(file);
  if (!loaded.ok) {
    if (loaded.missing) fail(`no such file: ${file}`);
    process.stderr.write(`bench: ${file} is not a valid level:\n${formatErrors(file, loaded.errors)}\n`);
    process.exit(1);
  }
  const model = compileLevel(loaded.level);
  const statechart = (seed: number, s: ByRole<StrategyId>) => {
    const game = playBotGame(model, seed, s);
    game.session.stop();
  };
  const bare = (seed: number, s: ByRole<StrategyId>) => {
    const state = playBareGame(model, seed, s);
    if (!state.outcome) throw new Error('bare game did not conclude');
    // Score it too, as the statechart path does, so both sides do the same work.
    scoreGame(model, state);
  };
  const logs = recordGames(model, 200);
  const events = logs.reduce((n, log) => n + log.length, 0) / logs.length;
  const floor = createFloorMachine();
  let nextLog = 0;
  const xstateAlone = () => playFloorGame(floor, logs[nextLog++ % logs.length] as GameEvent[]);
  const bareWithXstate = (seed: number, s: ByRole<StrategyId>) => {
    const state = playBareGame(model, seed, s, floorStepper(floor));
    if (!state.outcome) throw new Error('bare game did not conclude');
    scoreGame(model, state);
  };
  // Warm every path up so the JIT has seen them before timing starts.
  timeBatch(model, statechart, 1);
  timeBatch(model, bare, 1);
  timeBatch(model, xstateAlone, 1);
  timeBatch(model, bareWithXstate, 1);
  const a: number[] = [];
  const b: number[] = [];
  const c: number[] = [];
  const d: number[] = [];
  for (let i = 0; i < batches; i++) {
    a.push(timeBatch(model, statechart, 1000 + i));
    b.push(timeBatch(model, bare, 1000 + i));
    c.push(timeBatch(model, xstateAlone, 1000 + i));
    d.push(timeBatch(model, bareWithXstate, 1000 + i));
  }
  const sa = median(a);
  const sb = median(b);
  const sc = median(c);
  const sd = median(d);
  return {
    level: model.level.id,
    packages: model.packageCount,
    statechartGamesPerSecond: Math.round(sa),
    bareLoopGamesPerSecond: Math.round(sb),
    ratio: Math.round((sa / sb) * 1000) / 1000,
    statechartBatches: a.map(Math.round),
    bareLoopBatches: b.map(Math.round),
    xstateAloneGamesPerSecond: Math.round(sc),
    xstateAloneBatches: c.map(Math.round),
    bareWithXstateGamesPerSecond: Math.round(sd),
    bareWithXstateBatches: d.map(Math.round),
    eventsPerGame: Math.round(events * 10) / 10,
    xstateMicrosPerEvent: Math.round((1e6 / sc / events) * 100) / 100,
    xstateInterleavedMicrosPerEvent: Math.round(((1e6 / sd - 1e6 / sb) / events) * 100) / 100,
    statechartMicrosPerEvent: Math.round(((1e6 / sa - 1e6 / sb) / events) * 100) / 100,
    memoryPerLiveGameBytes: Math.round(memoryPerLiveGame(model, 500)),
  };
}

const files = args.level
  ? [args.level]
  : readdirSync(resolve(repoRoot, 'levels'))
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => resolve(repoRoot, 'levels', f));
const results = files.map(benchLevel);
const meta = { node: process.version, batches, secondsPerBatch: seconds, gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function' };
if (args.json) {
  process.stdout.write(`${JSON.stringify({ ...meta, levels: results })}\n`);
} else {
  process.stdout.write(`Node ${meta.node}; ${batches} interleaved batches of ${seconds}s per path; medians\n\n`);
  process.stdout.write(
    'level                packages  statechart games/s  bare loop games/s  ratio  XState alone games/s  bare+XState games/s  events/game  XState µs/event  interleaved µs/event  chart µs/event  memory/live game\n',
  );
  for (const r of results) {
    const mem = Number.isNaN(r.memoryPerLiveGameBytes) ? 'n/a (run with --expose-gc)' : `${(r.memoryPerLiveGameBytes / 1024).toFixed(1)} KB`;
    process.stdout.write(
      `${r.level.padEnd(20)} ${String(r.packages).padStart(8)}  ${String(r.statechartGamesPerSecond).padStart(18)}  ${String(r.bareLoopGamesPerSecond).padStart(17)}  ${r.ratio.toFixed(2).padStart(5)}  ${String(r.xstateAloneGamesPerSecond).padStart(20)}  ${String(r.bareWithXstateGamesPerSecond).padStart(19)}  ${r.eventsPerGame.toFixed(1).padStart(11)}  ${r.xstateMicrosPerEvent.toFixed(2).padStart(15)}  ${r.xstateInterleavedMicrosPerEvent.toFixed(2).padStart(20)}  ${r.statechartMicrosPerEvent.toFixed(2).padStart(14)}  ${mem}\n`,
    );
  }
}

/**
 * `npm run bench:search`: the bots' offer search (a branch and bound, bots/offer-search.ts) against
 * the walk over every package that it replaces, on random belief tables for package spaces of the
 * size of Buenos Aires 2017 (576 packages) and near the largest a level may have (20,000). Both give the same
 * package (the tests check it); this measures what the pruning saves. Medians of interleaved
 * rounds; compare ratios, the machine is noisy.
 */
import { parseArgs } from 'node:util';
import { PackageSearch, type SearchGoal, type SearchTables } from '../src/engine/bots/offer-search.js';
import type { LevelModel } from '../src/engine/level/model.js';
import { packageTable, rankPackages, type PackageRanking, type PackageTable } from '../src/engine/level/packages.js';
import { Rng } from '../src/engine/rng.js';

const USAGE = 'Usage: npm run bench:search -- [--rounds <N>] [--json]';
let args;
try {
  args = parseArgs({ options: { rounds: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' } }, strict: true }).values;
} catch (error) {
  process.stderr.write(`bench:search: ${(error as Error).message}\n\n${USAGE}\n`);
  process.exit(2);
}
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const rounds = args.rounds === undefined ? 9 : Number(args.rounds);
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 100) {
  process.stderr.write(`bench:search: --rounds must be a whole number from 1 to 100\n\n${USAGE}\n`);
  process.exit(2);
}

interface Case {
  readonly tables: SearchTables;
  readonly goal: SearchGoal;
}

/** What the bots did before: every package in rank order, the first with the best score. */
function walkEveryPackage(table: PackageTable, ranking: PackageRanking, { tables, goal }: Case): number {
  const { issues, options, count } = table;
  const stride = ranking.stride;
  let bestScore = -Infinity;
  let best = -1;
  for (let k = 0; k < count; k++) {
    const p = ranking.order[k] as number;
    let own = 0;
    let linear = 0;
    let least = Infinity;
    for (let i = 0; i < issues; i++) {
      const slot = i * stride + (options[p * issues + i] as number);
      own += tables.own[slot] as number;
      linear += tables.linear[slot] as number;
    }
    if (own < goal.threshold) continue;
    for (const t of tables.voters) {
      let e = 0;
      for (let i = 0; i < issues; i++) e += t[i * stride + (options[p * issues + i] as number)] as number;
      if (e < least) least = e;
    }
    const score = (0.25 * (own - goal.worst)) / goal.span + linear + (tables.voters.length > 0 ? goal.court * least : 0);
    if (score > bestScore) {
      bestScore = score;
      best = p;
    }
  }
  return best;
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function benchSpace(counts: number[]) {
  const model = { optionCounts: counts, packageCount: counts.reduce((a, b) => a * b, 1) } as unknown as LevelModel;
  const table = packageTable(model);
  const rng = new Rng(3);
  const start = counts.map((n) => Array.from({ length: n }, () => Math.round(rng.next() * 40 - 10)));
  const ranking = rankPackages(table, start);
  const stride = ranking.stride;
  const own = new Array<number>(counts.length * stride).fill(0);
  counts.forEach((n, i) => {
    for (let k = 0; k < n; k++) own[i * stride + k] = start[i]?.[k] as number;
  });
  const best = start.reduce((s, opts) => s + Math.max(...opts), 0);
  const worst = start.reduce((s, opts) => s + Math.min(...opts), 0);
  const flat = () => Array.from({ length: counts.length * stride }, () => rng.next() * 0.3);
  const available = counts.map((n) => new Array<boolean>(n).fill(true));
  // Thresholds across the whole scale, as a bot's aspiration falls from its best to its no deal.
  const cases: Case[] = Array.from({ length: 200 }, () => ({
    tables: { own, linear: flat(), voters: [flat(), flat()] },
    goal: { threshold: worst + rng.next() * (best - worst), worst, span: best - worst, court: 0.7, available },
  }));
  const search = new PackageSearch(table, ranking);
  const pruned = () => {
    for (const c of cases) search.best(c.tables, c.goal);
  };
  const walk = () => {
    for (const c of cases) walkEveryPackage(table, ranking, c);
  };
  const perSearch = (f: () => void) => {
    const t = performance.now();
    f();
    return ((performance.now() - t) * 1000) / cases.length;
  };
  for (let i = 0; i < 3; i++) {
    pruned();
    walk();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    a.push(perSearch(pruned));
    b.push(perSearch(walk));
  }
  const searchMicros = median(a);
  const walkMicros = median(b);
  return { packages: table.count, optionCounts: counts, searchMicros: Math.round(searchMicros * 10) / 10, walkMicros: Math.round(walkMicros * 10) / 10, speedup: Math.round((walkMicros / searchMicros) * 10) / 10 };
}

const results = [benchSpace([4, 4, 3, 4, 3]), benchSpace([5, 5, 5, 5, 5, 5])];
if (args.json) {
  process.stdout.write(`${JSON.stringify({ node: process.version, rounds, spaces: results })}\n`);
} else {
  process.stdout.write(`Node ${process.version}; ${rounds} interleaved rounds of 200 searches; medians\n\n`);
  process.stdout.write('packages  options            branch and bound µs/search  walk over every package µs/search  speedup\n');
  for (const r of results) {
    process.stdout.write(
      `${String(r.packages).padStart(8)}  ${r.optionCounts.join('×').padEnd(17)}  ${r.searchMicros.toFixed(1).padStart(26)}  ${r.walkMicros.toFixed(1).padStart(33)}  ${r.speedup.toFixed(1).padStart(6)}×\n`,
    );
  }
}

/**
 * The bots' offer search prunes the package space; it must still give exactly the package that
 * walking every package in rank order gives (the best score, the higher-ranked on a tie).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PackageSearch, type SearchGoal, type SearchTables } from '../../src/engine/bots/offer-search.js';
import { emptyDerived, type LevelModel } from '../../src/engine/level/model.js';
import { packageTable, rankPackages, type PackageRanking, type PackageTable } from '../../src/engine/level/packages.js';

function modelWith(optionCounts: number[]): LevelModel {
  return { optionCounts, packageCount: optionCounts.reduce((a, b) => a * b, 1), derived: emptyDerived() } as unknown as LevelModel;
}

/** The definition: every package on the table in rank order, the first with the best score. */
function walkEveryPackage(table: PackageTable, ranking: PackageRanking, tables: SearchTables, goal: SearchGoal): { pkg: number; own: number } | null {
  const { issues, options } = table;
  const stride = ranking.stride;
  let best: { pkg: number; own: number } | null = null;
  let bestScore = -Infinity;
  for (let k = 0; k < table.count; k++) {
    const p = ranking.order[k] as number;
    let open = true;
    for (let i = 0; i < issues; i++) if (!goal.available[i]?.[options[p * issues + i] as number]) open = false;
    if (!open) continue;
    const slots = Array.from({ length: issues }, (_, i) => i * stride + (options[p * issues + i] as number));
    let own = 0;
    for (const s of slots) own += tables.own[s] as number;
    if (own < goal.threshold) continue;
    let score = (0.25 * (own - goal.worst)) / goal.span;
    for (const s of slots) score += tables.linear[s] as number;
    if (tables.voters.length > 0) {
      let least = Infinity;
      for (const t of tables.voters) {
        let e = 0;
        for (const s of slots) e += t[s] as number;
        if (e < least) least = e;
      }
      score += goal.court * least;
    }
    if (score > bestScore) {
      bestScore = score;
      best = { pkg: p, own };
    }
  }
  return best;
}

describe('the offer search', () => {
  it('finds exactly the package a walk over every package finds, ties included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 5 }).chain((counts) => {
          const stride = Math.max(...counts);
          const flat = (values: fc.Arbitrary<number>) => fc.array(values, { minLength: counts.length * stride, maxLength: counts.length * stride });
          // Coarse values make ties common; fine ones test the bounds' slack.
          const points = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -100, max: 100, noNaN: true }));
          const estimate = fc.oneof(fc.constantFrom(0, 0.25, 0.5), fc.double({ min: 0, max: 1, noNaN: true }));
          return fc.record({
            counts: fc.constant(counts),
            start: fc.tuple(...counts.map((n) => fc.array(fc.integer({ min: -20, max: 20 }), { minLength: n, maxLength: n }))),
            own: flat(points),
            linear: flat(estimate),
            voters: fc.oneof(fc.constant([]), fc.array(flat(estimate), { minLength: 2, maxLength: 3 })),
            threshold: fc.double({ min: -200, max: 200, noNaN: true }),
            court: fc.constantFrom(0, 0.6, 0.8),
            open: fc.tuple(...counts.map((n) => fc.array(fc.boolean(), { minLength: n, maxLength: n }))),
          });
        }),
        ({ counts, start, own, linear, voters, threshold, court, open }) => {
          const table = packageTable(modelWith(counts));
          const ranking = rankPackages(table, start);
          const tables: SearchTables = { own, linear, voters };
          const goal: SearchGoal = { threshold, worst: -50, span: 120, court, available: open };
          const found = new PackageSearch(table, ranking).best(tables, goal);
          expect(found).toEqual(walkEveryPackage(table, ranking, tables, goal));
        },
      ),
      { numRuns: 600 },
    );
  });

  it('is reused from search to search without carrying anything over', () => {
    const table = packageTable(modelWith([3, 2]));
    const ranking = rankPackages(table, [
      [0, 1, 2],
      [0, 5],
    ]);
    const search = new PackageSearch(table, ranking);
    const stride = 3;
    const own = [0, 1, 2, 0, 5, 0];
    const all = [
      [true, true, true],
      [true, true],
    ];
    const first = search.best({ own, linear: new Array<number>(6).fill(0), voters: [] }, { threshold: 0, worst: 0, span: 7, court: 0, available: all });
    // Package (2, 1) is worth 7, the most.
    expect(first).toEqual({ pkg: 2 * 2 + 1, own: 7 });
    const linear = new Array<number>(6).fill(0);
    linear[0 * stride + 0] = 5;
    const second = search.best({ own, linear, voters: [] }, { threshold: 0, worst: 0, span: 7, court: 0, available: all });
    expect(second?.pkg).toBe(0 * 2 + 1);
    expect(search.best({ own, linear, voters: [] }, { threshold: 100, worst: 0, span: 7, court: 0, available: all })).toBeNull();
  });
});

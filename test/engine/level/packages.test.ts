import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDerived, type LevelModel } from '../../../src/engine/level/model.js';
import { availablePackageMask, packageTable, rankPackages, valuesOfAll } from '../../../src/engine/level/packages.js';

function modelWith(optionCounts: number[]): LevelModel {
  return { optionCounts, packageCount: optionCounts.reduce((a, b) => a * b, 1), derived: emptyDerived() } as unknown as LevelModel;
}

describe('the package table', () => {
  it('ranks every package by value, best first and by index on a tie', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 2, max: 5 }), { minLength: 1, maxLength: 5 }).chain((counts) =>
          fc.record({
            counts: fc.constant(counts),
            values: fc.tuple(...counts.map((n) => fc.array(fc.integer({ min: -100, max: 100 }), { minLength: n, maxLength: n }))),
          }),
        ),
        ({ counts, values }) => {
          const table = packageTable(modelWith(counts));
          const all = valuesOfAll(table, values, new Float64Array(table.count));
          const ranking = rankPackages(table, values);
          const stride = Math.max(...counts);
          expect(ranking.stride).toBe(stride);
          expect(Array.from(ranking.order).sort((a, b) => a - b)).toEqual(Array.from({ length: table.count }, (_, i) => i));
          for (let k = 0; k < table.count; k++) {
            const p = ranking.order[k] as number;
            expect(ranking.rank[p]).toBe(k);
            expect(ranking.value[p]).toBe(all[p]);
            if (k === 0) continue;
            const q = ranking.order[k - 1] as number;
            expect((all[q] as number) > (all[p] as number) || (all[q] === all[p] && q < p)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('marks a package available only when all its options are', () => {
    const table = packageTable(modelWith([2, 3]));
    const mask = availablePackageMask(table, [
      [true, true],
      [true, false, true],
    ]);
    // Packages in mixed radix: (0,0) (0,1) (0,2) (1,0) (1,1) (1,2).
    expect(Array.from(mask)).toEqual([1, 0, 1, 1, 0, 1]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LevelModel } from '../../../src/engine/level/model.js';
import { availablePackageMask, packageTable, shiftPackageValues, valuesOfAll } from '../../../src/engine/level/packages.js';

function modelWith(optionCounts: number[]): LevelModel {
  return { optionCounts, packageCount: optionCounts.reduce((a, b) => a * b, 1) } as unknown as LevelModel;
}

describe('the package table', () => {
  it('shifting one option updates exactly the packages that pick it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 2, max: 5 }), { minLength: 1, maxLength: 5 }).chain((counts) =>
          fc.record({
            counts: fc.constant(counts),
            values: fc.tuple(...counts.map((n) => fc.array(fc.integer({ min: -100, max: 100 }), { minLength: n, maxLength: n }))),
            issue: fc.integer({ min: 0, max: counts.length - 1 }),
            pick: fc.nat(),
            delta: fc.integer({ min: -20, max: 20 }),
          }),
        ),
        ({ counts, values, issue, pick, delta }) => {
          const table = packageTable(modelWith(counts));
          const option = pick % (counts[issue] as number);
          const shifted = valuesOfAll(table, values, new Float64Array(table.count));
          shiftPackageValues(table, shifted, issue, option, delta);
          const after = values.map((opts, i) => (i === issue ? opts.map((v, k) => (k === option ? v + delta : v)) : opts));
          expect(Array.from(shifted)).toEqual(Array.from(valuesOfAll(table, after, new Float64Array(table.count))));
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

import { describe, expect, it } from 'vitest';
import { compileLevel } from '../../../src/engine/level/model.js';
import { frontierPackage, paretoDistance, paretoFrontier } from '../../../src/engine/scoring/frontier.js';
import { nashPoint } from '../../../src/engine/scoring/nash.js';
import { fixtureModel, syntheticLevel } from './level-fixture.js';

// Utility vectors of the fixture (developing, tnc-lobby, civil-society), package index = df * 4 + du:
//  0 (50, 0,20)  1 (40, 5,15)  2 (30,10,10)  3 (20,20, 5)
//  4 (45,20,40)  5 (35,25,35)  6 (25,30,30)  7 (15,40,25)
//  8 (30,30,15)  9 (20,35,10) 10 (10,40, 5) 11 ( 0,50, 0)
describe('paretoFrontier', () => {
  it('finds the hand-computed frontier of the fixture', () => {
    const model = fixtureModel();
    const f = paretoFrontier(model, model.values);
    expect(f.roles).toBe(3);
    expect(Array.from(f.packages)).toEqual([0, 4, 5, 6, 7, 8, 9, 11]);
    expect(f.size).toBe(8);
    expect(Array.from(f.counts)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(Array.from(f.points.subarray(3, 6))).toEqual([45, 20, 40]);
    expect(frontierPackage(model, f, 4)).toEqual([1, 3]);
  });

  it('keeps one representative per distinct vector and counts the packages that share it', () => {
    // Issue 1's options 0 and 1 are worth the same to everyone; option 2 is dominated.
    const model = compileLevel(
      syntheticLevel([
        [[0, 10], [5, 5, 0]],
        [[10, 0], [1, 1, 0]],
        [[3, 3], [2, 2, 2]],
      ]),
    );
    const f = paretoFrontier(model, model.values);
    // Packages: [o0, o1] -> index o0 * 3 + o1. Vectors: (0,10,3) + (5,1,2) for 0 and 1; (10,0,3) + (5,1,2) for 3 and 4.
    expect(Array.from(f.packages)).toEqual([0, 3]);
    expect(Array.from(f.counts)).toEqual([2, 2]);
  });

  it('is a single point when one package is best for everyone', () => {
    const model = compileLevel(
      syntheticLevel([
        [[0, 1, 2]],
        [[0, 1, 2]],
        [[0, 1, 2]],
      ]),
    );
    const f = paretoFrontier(model, model.values);
    expect(Array.from(f.packages)).toEqual([2]);
  });
});

describe('paretoDistance', () => {
  const model = fixtureModel();
  const f = paretoFrontier(model, model.values);
  const ranges = [
    { best: 50, worst: 0 },
    { best: 50, worst: 0 },
    { best: 40, worst: 0 },
  ];

  it('is 0 for a package on the frontier', () => {
    expect(paretoDistance([15, 40, 25], f, ranges)).toBe(0);
    expect(paretoDistance([0, 50, 0], f, ranges)).toBe(0);
  });

  it('is positive for a dominated package, by hand', () => {
    // Package 10 (10, 40, 5) normalises to (0.2, 0.8, 0.125); the nearest frontier point is
    // package 9 (0.4, 0.7, 0.25): squared distance 0.04 + 0.01 + 0.015625.
    expect(paretoDistance([10, 40, 5], f, ranges)).toBeCloseTo(Math.sqrt(0.065625 / 3), 12);
  });

  it('ignores a role whose range is zero', () => {
    const flat = [{ best: 50, worst: 0 }, { best: 50, worst: 0 }, { best: 7, worst: 7 }];
    // Only the first two coordinates count: (10, 40) vs frontier point 7 (15, 40) -> 0.1 normalised.
    expect(paretoDistance([10, 40, 5], f, flat)).toBeCloseTo(0.1 / Math.sqrt(3), 12);
  });
});

describe('nashPoint', () => {
  const model = fixtureModel();

  it('maximises the product of gains over no deal, by hand', () => {
    // No deal (2, 2) is worth (0+10−5, 30+10−15, 0+5) = (5, 25, 5). Packages beating it for all:
    // 6 (20·5·25 = 2500), 7 (10·15·20 = 3000), 8 (25·5·10 = 1250), 9 (15·10·5 = 750).
    const nash = nashPoint(model, model.values, [5, 25, 5]);
    expect(nash).toEqual({ package: [1, 3], values: [15, 40, 25] });
    const f = paretoFrontier(model, model.values);
    expect(nashPoint(model, model.values, [5, 25, 5], f)).toEqual(nash);
  });

  it('is null when no package beats no deal for everyone', () => {
    expect(nashPoint(model, model.values, [5, 50, 5])).toBeNull();
    expect(nashPoint(model, model.values, [50, 0, 0])).toBeNull();
  });

  it('takes the first package in enumeration order on a tie', () => {
    const sym = compileLevel(
      syntheticLevel([
        [[1, 3, 2]],
        [[3, 1, 2]],
        [[0, 0, 0]],
      ]),
    );
    // Gains over (0, 0, −1): package 0 (1,3,1) and 1 (3,1,1) tie at log 3; package 2 (2,2,1) wins (log 4).
    expect(nashPoint(sym, sym.values, [0, 0, -1])?.package).toEqual([2]);
    // Over (0, 0, −1) with package 2 made worse: 0 and 1 tie; the first wins.
    const tie = compileLevel(syntheticLevel([[[1, 3, 1]], [[3, 1, 1]], [[0, 0, 0]]]));
    expect(nashPoint(tie, tie.values, [0, 0, -1])?.package).toEqual([0]);
    const tf = paretoFrontier(tie, tie.values);
    expect(nashPoint(tie, tie.values, [0, 0, -1], tf)?.package).toEqual([0]);
  });

  it('finds the largest product even when the products overflow or underflow', () => {
    // Levels keep values within ±100, but the function takes any values. Products of gains this
    // size leave the range of doubles (1e300³, 1e-300³); the logs do not. Package 1 has the larger
    // product (4 against 3, in units of the scale) in both, and must win both.
    const shape = compileLevel(syntheticLevel([[[1, 2]], [[3, 2]], [[1, 1]]]));
    for (const unit of [1e300, 1e-300]) {
      const values = shape.values.map((role) => role.map((opts) => opts.map((v) => v * unit)));
      expect(nashPoint(shape, values, [0, 0, 0])?.package).toEqual([1]);
    }
    // Package 1's gains (x, x, y) have the larger log sum, by 1e-6, but x·x is subnormal, and the
    // product worked out left to right comes out below package 0's: it must not be trusted.
    const x = 1.0002e-159;
    const y = 9.996011195681279e272;
    const values = [[[1e-15, x]], [[1e-15, x]], [[1e-15, y]]];
    expect(nashPoint(shape, values, [0, 0, 0])?.package).toEqual([1]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectImpact, projectOutcome } from '../../src/engine/impact.js';
import { agreement, concludedState, fixtureModel, noDeal } from './scoring/level-fixture.js';

// Fixture coefficients:
//   tariff-revenue (start 100, 0..130): duties 0 → +6 [ev-unctad], 2 → −3 [ev-unctad, ev-ecipe], 3 → −15 [ev-ecipe]
//   data-trade (start 100, 0..300): flows 1 → +8 [ev-oecd], 2 → +14 [ev-oecd, ev-fta]
//   consumer-trust (start 26, 20..100): flows 1 → +1, 2 → −1 [ev-cigi]
describe('projectImpact', () => {
  const model = fixtureModel();
  const byId = (p: ReturnType<typeof projectImpact>, id: string) => {
    const ind = p.indicators.find((i) => i.id === id);
    if (!ind) throw new Error(`no indicator ${id}`);
    return ind;
  };

  it('has years + 1 points starting at the start value and clamps at the maximum', () => {
    const p = projectImpact(model, [1, 0], [2, 2], 1);
    expect(p.years).toBe(10);
    expect(p.coverage).toBe(1);
    const tariff = byId(p, 'tariff-revenue');
    expect(tariff.series).toEqual([100, 106, 112, 118, 124, 130, 130, 130, 130, 130, 130]);
    expect(tariff).toMatchObject({ final: 130, change: 30, min: 0, max: 130 });
    // Coverage 1: the no-deal coefficients weigh 0 and are not listed.
    expect(tariff.drivers).toEqual([{ issue: 'customs-duties', option: 0, perYear: 6, weight: 1, evidence: ['ev-unctad'] }]);
    expect(byId(p, 'data-trade').series[10]).toBe(180);
  });

  it('clamps at the minimum', () => {
    const p = projectImpact(model, [2, 3], [2, 3], 1);
    expect(byId(p, 'tariff-revenue').series).toEqual([100, 85, 70, 55, 40, 25, 10, 0, 0, 0, 0]);
    expect(byId(p, 'consumer-trust').series).toEqual([26, 25, 24, 23, 22, 21, 20, 20, 20, 20, 20]);
  });

  it('weighs the agreed package by coverage and no deal by the rest, with the evidence', () => {
    const p = projectImpact(model, [1, 0], [2, 2], 0.5);
    const tariff = byId(p, 'tariff-revenue');
    // 0.5 × 6 + 0.5 × (−3) = 1.5 a year.
    expect(tariff.series[10]).toBeCloseTo(115, 12);
    expect(tariff.change).toBeCloseTo(15, 12);
    expect(tariff.drivers).toEqual([
      { issue: 'customs-duties', option: 0, perYear: 6, weight: 0.5, evidence: ['ev-unctad'] },
      { issue: 'customs-duties', option: 2, perYear: -3, weight: 0.5, evidence: ['ev-unctad', 'ev-ecipe'] },
    ]);
    const data = byId(p, 'data-trade');
    // 0.5 × 8 + 0.5 × 14 = 11 a year; the larger effect is listed first.
    expect(data.series[10]).toBeCloseTo(210, 12);
    expect(data.drivers.map((d) => [d.option, d.weight, d.evidence])).toEqual([
      [2, 0.5, ['ev-oecd', 'ev-fta']],
      [1, 0.5, ['ev-oecd']],
    ]);
  });

  it('applies a coefficient matched by both packages once, at full weight', () => {
    const p = projectImpact(model, [2, 2], [2, 2], 0.3);
    expect(byId(p, 'data-trade').drivers).toEqual([{ issue: 'data-flows', option: 2, perYear: 14, weight: 1, evidence: ['ev-oecd', 'ev-fta'] }]);
    expect(byId(p, 'data-trade').series[1]).toBe(114);
  });

  it('leaves an indicator flat when no coefficient is in force', () => {
    const p = projectImpact(model, [0, 1], [0, 1], 1);
    for (const ind of p.indicators) {
      expect(ind.drivers).toEqual([]);
      expect(new Set(ind.series).size).toBe(1);
      expect(ind.change).toBe(0);
    }
  });

  it('every projected value lies within the bounds, for any packages and coverage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 3 }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, c, d, coverage) => {
        const p = projectImpact(model, [a, b], [c, d], coverage);
        expect(p.indicators).toHaveLength(3);
        for (const ind of p.indicators) {
          expect(ind.series).toHaveLength(p.years + 1);
          for (const x of ind.series) {
            expect(x).toBeGreaterThanOrEqual(ind.min);
            expect(x).toBeLessThanOrEqual(ind.max);
          }
          expect(ind.final).toBe(ind.series[p.years]);
          for (const driver of ind.drivers) {
            expect(driver.evidence.length).toBeGreaterThan(0);
            expect(driver.weight).toBeGreaterThan(0);
            expect(driver.weight).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic', () => {
    expect(projectImpact(model, [1, 2], [2, 3], 0.25)).toEqual(projectImpact(model, [1, 2], [2, 3], 0.25));
  });
});

describe('projectOutcome', () => {
  it('projects no deal everywhere without a deal', () => {
    const model = fixtureModel();
    const p = projectOutcome(model, concludedState(model, noDeal([2, 3]), { noDeal: [2, 3] }));
    expect(p.coverage).toBe(1);
    expect(p).toEqual(projectImpact(model, [2, 3], [2, 3], 1));
  });

  it('projects an agreement on the share of voters that signed', () => {
    const model = fixtureModel({ plurilateral: true });
    const p = projectOutcome(model, concludedState(model, agreement([1, 0], ['proponents']), { noDeal: [2, 2] }));
    expect(p.coverage).toBe(0.5);
    expect(p).toEqual(projectImpact(model, [1, 0], [2, 2], 0.5));
  });

  it('refuses a game that has not concluded', () => {
    const model = fixtureModel();
    const state = { ...concludedState(model, noDeal([2, 2])), outcome: null };
    expect(() => projectOutcome(model, state)).toThrow(/no outcome yet/);
  });
});

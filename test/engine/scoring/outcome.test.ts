import { describe, expect, it } from 'vitest';
import { analyseLevel, relativeGain, scoreGame, winShares } from '../../../src/engine/scoring/outcome.js';
import { agreement, concludedState, fixtureModel, noDeal } from './level-fixture.js';
import { rid } from '../helpers.js';

// See level-fixture.ts and frontier.test.ts for the values. No deal (2, 2) is worth
// developing 5, tnc-lobby 25, civil-society 5 (adjustments included). Ranges: 0..50, 0..50, 0..40.
describe('scoreGame', () => {
  const model = fixtureModel();

  it('refuses a game that has not concluded', () => {
    const state = { ...concludedState(model, noDeal([2, 2])), outcome: null };
    expect(() => scoreGame(model, state)).toThrow(/no outcome yet/);
  });

  it('scores a no-deal game: every role ties at 0 and gets 1/n', () => {
    const r = scoreGame(model, concludedState(model, noDeal([2, 2])));
    expect(r.coverage).toBe(0);
    expect(r.winners).toEqual(['developing', 'tnc-lobby', 'civil-society']);
    for (const id of model.roleIds) {
      expect(r.roles[id]?.scoreVsNoDeal).toBe(0);
      expect(r.roles[id]?.relativeGain).toBe(0);
      expect(r.roles[id]?.winShare).toBeCloseTo(1 / 3, 15);
      expect(r.roles[id]?.signatory).toBe(false);
    }
    expect(r.roles[rid('tnc-lobby')]).toMatchObject({ value: 25, noDealValue: 25, best: 50, worst: 0 });
    expect(r.onFrontier).toBe(false);
    expect(r.frontierSize).toBe(8);
  });

  it('uses the drifted no-deal package and the end values', () => {
    // No deal drifted to (2, 3): developing 0 + 0 − 5 = −5, so worst_dev = −5.
    const r = scoreGame(model, concludedState(model, agreement([1, 3], ['developing']), { noDeal: [2, 3] }));
    expect(r.roles[rid('developing')]).toMatchObject({ value: 15, noDealValue: -5, scoreVsNoDeal: 20, best: 50, worst: -5 });
    expect(r.roles[rid('developing')]?.relativeGain).toBeCloseTo(20 / 55, 12);
  });

  it('scores an agreement by hand (the Nash point)', () => {
    const r = scoreGame(model, concludedState(model, agreement([1, 3], ['developing'])));
    expect(r.coverage).toBe(1);
    expect(r.roles[rid('developing')]).toMatchObject({ value: 15, noDealValue: 5, scoreVsNoDeal: 10, signatory: true });
    expect(r.roles[rid('tnc-lobby')]).toMatchObject({ value: 40, noDealValue: 25, scoreVsNoDeal: 15, signatory: false });
    expect(r.roles[rid('civil-society')]).toMatchObject({ value: 25, noDealValue: 5, scoreVsNoDeal: 20 });
    expect(r.roles[rid('developing')]?.relativeGain).toBeCloseTo(10 / 45, 12);
    expect(r.roles[rid('tnc-lobby')]?.relativeGain).toBeCloseTo(15 / 25, 12);
    expect(r.roles[rid('civil-society')]?.relativeGain).toBeCloseTo(20 / 35, 12);
    expect(r.winners).toEqual(['tnc-lobby']);
    expect(r.roles[rid('tnc-lobby')]?.winShare).toBe(1);
    expect(r.roles[rid('developing')]?.winShare).toBe(0);
    expect(r.paretoDistance).toBe(0);
    expect(r.onFrontier).toBe(true);
    expect(r.nash).toEqual({ package: [1, 3], values: { developing: 15, 'tnc-lobby': 40, 'civil-society': 25 } });
  });

  it('measures a dominated agreement off the frontier', () => {
    const r = scoreGame(model, concludedState(model, agreement([2, 2], ['developing'])));
    // (10, 40, 5) against best (50, 50, 40), worst (0, 0, 0): see frontier.test.ts.
    expect(r.paretoDistance).toBeCloseTo(Math.sqrt(0.065625 / 3), 12);
    expect(r.onFrontier).toBe(false);
  });

  it('gives a negative relative gain against the worst case', () => {
    // Package 11 (0, 50, 0): developing loses 5 of a possible 5 (d = 5, worst = 0): −1.
    const r = scoreGame(model, concludedState(model, agreement([2, 3], ['developing'])));
    expect(r.roles[rid('developing')]?.relativeGain).toBe(-1);
    expect(r.roles[rid('civil-society')]?.relativeGain).toBe(-1);
    expect(r.roles[rid('tnc-lobby')]?.relativeGain).toBe(1);
  });

  it('scores a plurilateral agreement with partial coverage', () => {
    const pluri = fixtureModel({ plurilateral: true });
    // proponents values [0, 10, 20] | [0, 5, 10, 15]: no deal (2, 2) = 30; package (1, 3) = 25.
    // The agreement covers half the table, so its signatory gets half the package, half no deal.
    const r = scoreGame(pluri, concludedState(pluri, agreement([1, 3], ['proponents'])));
    expect(r.coverage).toBe(0.5);
    expect(r.roles[rid('developing')]).toMatchObject({ value: 5, noDealValue: 5, scoreVsNoDeal: 0, relativeGain: 0, signatory: false });
    expect(r.roles[rid('proponents')]).toMatchObject({ value: 27.5, noDealValue: 30, scoreVsNoDeal: -2.5, signatory: true });
    expect(r.roles[rid('proponents')]?.relativeGain).toBeCloseTo(-2.5 / 30, 12);
    // Non-voters: half the package, half no deal.
    expect(r.roles[rid('tnc-lobby')]).toMatchObject({ value: 32.5, noDealValue: 25, scoreVsNoDeal: 7.5 });
    expect(r.roles[rid('civil-society')]).toMatchObject({ value: 15, noDealValue: 5, scoreVsNoDeal: 10 });
    expect(r.roles[rid('tnc-lobby')]?.relativeGain).toBeCloseTo(0.3, 12);
    expect(r.winners).toEqual(['tnc-lobby']);
  });

  it('shares the win among tied roles', () => {
    // Make civil society value things like the lobby: both gain 15 of 25.
    const lobby = model.values[1] as number[][];
    const r = scoreGame(model, concludedState(model, agreement([1, 3], ['developing']), { values: { 'civil-society': lobby }, adjustments: { 'civil-society': -15 } }));
    expect(r.winners).toEqual(['tnc-lobby', 'civil-society']);
    expect(r.roles[rid('tnc-lobby')]?.winShare).toBe(0.5);
    expect(r.roles[rid('civil-society')]?.winShare).toBe(0.5);
    expect(r.roles[rid('developing')]?.winShare).toBe(0);
  });
});

describe('scoreGame frontier cache', () => {
  it('gives the same result for equal values, whatever the arrays, and follows changed values', () => {
    const model = fixtureModel();
    const outcome = agreement([2, 2], ['developing']);
    const first = scoreGame(model, concludedState(model, outcome));
    const copies = Object.fromEntries(model.roleIds.map((id, r) => [id, (model.values[r] as number[][]).map((o) => o.slice())]));
    expect(scoreGame(model, concludedState(model, outcome, { values: copies }))).toEqual(first);
    // Civil society now values package (2, 2) = (10, 40, 5) above all: it joins the frontier.
    const changed = { ...copies, 'civil-society': [[5, 25, 60], [15, 10, 5, 0]] };
    const moved = scoreGame(model, concludedState(model, outcome, { values: changed }));
    expect(first.paretoDistance).toBeGreaterThan(0);
    expect(moved.paretoDistance).toBe(0);
    expect(scoreGame(model, concludedState(model, outcome))).toEqual(first);
  });
});

describe('winShares and relativeGain', () => {
  it('splits ties within 1e-9', () => {
    expect(winShares([0.5, 0.5 - 1e-10, 0.2])).toEqual([0.5, 0.5, 0]);
    expect(winShares([0.5, 0.5 - 1e-6, 0.2])).toEqual([1, 0, 0]);
    expect(winShares([-1, -1, -1, -1])).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('is 0 when the denominator is 0', () => {
    expect(relativeGain(10, 10, 10, 0)).toBe(0);
    expect(relativeGain(5, 10, 20, 10)).toBe(0);
    expect(relativeGain(20, 10, 30, 0)).toBe(0.5);
    expect(relativeGain(5, 10, 30, 0)).toBe(-0.5);
  });
});

describe('analyseLevel', () => {
  it('reports the starting balance of the fixture', () => {
    const a = analyseLevel(fixtureModel());
    expect(a).toMatchObject({ level: 'fixture', packageCount: 12, frontierSize: 8, frontierPackages: 8 });
    expect(a.nash).toEqual({ package: { 'data-flows': 1, 'customs-duties': 3 }, values: { developing: 15, 'tnc-lobby': 40, 'civil-society': 25 } });
    expect(a.roles[rid('developing')]).toEqual({ best: 50, worst: 0, noDeal: 5, packagesBeatingNoDeal: 11 });
    expect(a.roles[rid('tnc-lobby')]).toEqual({ best: 50, worst: 0, noDeal: 25, packagesBeatingNoDeal: 6 });
    expect(a.roles[rid('civil-society')]).toEqual({ best: 40, worst: 0, noDeal: 5, packagesBeatingNoDeal: 9 });
    // Every voter (developing > 5): all but package 11. Every role: packages 6, 7, 8, 9.
    expect(a.zopaVoters).toBe(11);
    expect(a.zopaAllRoles).toBe(4);
  });
});

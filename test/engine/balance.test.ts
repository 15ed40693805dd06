/**
 * The balance the shipped levels promise (README, "Scores and wins"): over 2,000 bot games every
 * role wins 20–50% of games and 30–90% of games end in agreement. Win shares add up to one game per
 * game, so the band is written for n seats as 0.8/n to 2/n: exactly 20–50% at the four-seat tables
 * every shipped level has, and a band a larger table can meet (about 11–29% at seven seats). The band is the balance check's
 * (src/engine/balance/check.ts), so the studio, `npm run simulate` and this test agree.
 */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { winBand } from '../../src/engine/balance/check.js';
import { simulate } from '../../src/engine/simulate.js';
import { shippedLevel, shippedLevelFiles } from '../shipped-levels.js';

describe('the shipped levels', () => {
  it('include the four ministerials a class meets, the 2026 one among them', () => {
    const names = shippedLevelFiles.map((f) => basename(f, '.yaml'));
    for (const id of ['tutorial', 'buenos-aires-2017', 'abu-dhabi-2024', 'mc14-2026']) expect(names).toContain(id);
  });

  it('keep 20–50% as the band of a four-seat table', () => {
    expect(winBand(4).low).toBeCloseTo(0.2, 10);
    expect(winBand(4).high).toBeCloseTo(0.5, 10);
  });
});

describe.each(shippedLevelFiles.map((f) => [basename(f), f]))('balance of %s', (_name, file) => {
  it('over 2,000 bot games: each role wins 0.8/n–2/n of games (20–50% at four seats), and 30–90% of games end in agreement', { timeout: 120_000 }, () => {
    const { model } = shippedLevel(file);
    const report = simulate(model, { games: 2000, seed: 2024 });
    expect(report.agreementRate).toBeGreaterThanOrEqual(0.3);
    expect(report.agreementRate).toBeLessThanOrEqual(0.9);
    const band = winBand(Object.keys(report.winRates).length);
    for (const [role, rate] of Object.entries(report.winRates)) {
      expect(rate, `${role} wins ${rate}`).toBeGreaterThanOrEqual(band.low);
      expect(rate, `${role} wins ${rate}`).toBeLessThanOrEqual(band.high);
    }
  });
});

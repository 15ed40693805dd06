/**
 * The balance the shipped levels promise (README, "Scores and wins"): over 2,000 bot games every
 * role wins 20–50% of games and 30–90% of games end in agreement.
 */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import { shippedLevel, shippedLevelFiles } from '../shipped-levels.js';

describe.each(shippedLevelFiles.map((f) => [basename(f), f]))('balance of %s', (_name, file) => {
  it('over 2,000 bot games: each role wins 20–50%, and 30–90% of games end in agreement', { timeout: 120_000 }, () => {
    const { model } = shippedLevel(file);
    const report = simulate(model, { games: 2000, seed: 2024 });
    expect(report.agreementRate).toBeGreaterThanOrEqual(0.3);
    expect(report.agreementRate).toBeLessThanOrEqual(0.9);
    for (const [role, rate] of Object.entries(report.winRates)) {
      expect(rate, `${role} wins ${rate}`).toBeGreaterThanOrEqual(0.2);
      expect(rate, `${role} wins ${rate}`).toBeLessThanOrEqual(0.5);
    }
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bandFlags, checkBalance, hintText, winBand, winBandText } from '../../../src/engine/balance/check.js';
import { validateLevelText } from '../../../src/engine/level/validate.js';
import type { SimulationReport } from '../../../src/engine/simulate.js';

function tutorial() {
  const r = validateLevelText(readFileSync('levels/tutorial.yaml', 'utf8'), { fileName: 'tutorial.yaml' });
  if (!r.ok) throw new Error('tutorial does not validate');
  return r.level;
}

describe('checkBalance', () => {
  it('counts agreed packages over the same games simulate plays, and names them by issue', () => {
    const b = checkBalance(tutorial(), { games: 60, seed: 7 });
    const agreed = b.agreedPackages.reduce((n, p) => n + p.games, 0);
    expect(agreed / 60).toBeCloseTo(b.report.agreementRate, 3);
    for (const p of b.agreedPackages) expect(Object.keys(p.package)).toEqual(tutorial().issues.map((i) => i.id));
  });

  it('lists a card in the decks that no bot played', () => {
    const level = tutorial();
    const b = checkBalance(level, { games: 20, seed: 1 });
    for (const id of b.unplayedCards) expect(b.report.cards[id]).toBeUndefined();
  });

  it('gives one hint per role and direction, worded as the studio shows it, and reports progress to the end', () => {
    let last = [0, 0];
    const b = checkBalance(tutorial(), { games: 40, seed: 3, hints: true, hintGames: 20, onProgress: (d, t) => (last = [d, t]) });
    expect(b.hints).toHaveLength(tutorial().roles.length * 2);
    expect(last[0]).toBe(last[1]);
    expect(hintText(b.hints[0]!)).toMatch(/^raising .+'s no-deal adjustment by 2 /);
  });
});

describe('bandFlags', () => {
  it('flags roles below 20% and above 50% only', () => {
    const report = { winRates: { a: 0.1, b: 0.2, c: 0.5, d: 0.51 } } as unknown as SimulationReport;
    expect(bandFlags(report).map((f) => [f.role, f.side])).toEqual([['a', 'low'], ['d', 'high']]);
  });

  it('scales the band with the seat count: 0.8/n to 2/n (20–50% at four seats, about 11–29% at seven)', () => {
    expect(winBand(4).low).toBeCloseTo(0.2, 10);
    expect(winBand(4).high).toBeCloseTo(0.5, 10);
    expect(winBandText(4)).toBe('20–50%');
    expect(winBandText(7)).toBe('11.4–28.6%');
    const seven = { winRates: { a: 0.1, b: 0.12, c: 0.28, d: 0.3, e: 0.15, f: 0.15, g: 0.15 } } as unknown as SimulationReport;
    expect(bandFlags(seven).map((f) => [f.role, f.side])).toEqual([['a', 'low'], ['d', 'high']]);
  });
});

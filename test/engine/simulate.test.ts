import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate, playBotGame } from '../../src/engine/simulate.js';
import { debriefFor } from '../../src/engine/debrief.js';
import { evidenceBase, shippedLevel, shippedLevelFiles } from '../shipped-levels.js';

describe.each(shippedLevelFiles.map((f) => [basename(f), f]))('shipped level %s', (_name, file) => {
  it('validates against the schema and the evidence base', () => {
    const { summary } = shippedLevel(file);
    expect(summary.length).toBeGreaterThan(10);
  });

  it('is played by bots to an outcome, and the same seed gives the same report', () => {
    const { model } = shippedLevel(file);
    const a = simulate(model, { games: 60, seed: 'same' });
    const b = simulate(model, { games: 60, seed: 'same' });
    const strip = ({ gamesPerSecond: _, ...rest }: typeof a) => rest;
    expect(strip(a)).toEqual(strip(b));
    expect(a.games).toBe(60);
    expect(a.agreementRate).toBeGreaterThanOrEqual(0);
    expect(Object.keys(a.winRates).sort()).toEqual([...model.roleIds].sort());
    const totalWins = Object.values(a.winRates).reduce((x, y) => x + y, 0);
    expect(totalWins).toBeCloseTo(1, 3);
    const c = simulate(model, { games: 60, seed: 'other' });
    expect(strip(c)).not.toEqual(strip(a));
  });

  it('gives a debrief whose citations all exist in the evidence base', () => {
    const { model } = shippedLevel(file);
    const strategies = Object.fromEntries(model.roleIds.map((r) => [r, 'dealmaker' as const]));
    const game = playBotGame(model, 5, strategies);
    const debrief = debriefFor(model, game.session.state, game.session.history);
    const { ids } = evidenceBase();
    expect(debrief.evidence.length).toBeGreaterThan(0);
    for (const id of debrief.evidence) expect(ids.has(id), id).toBe(true);
    expect(debrief.projection.indicators.length).toBe(model.level.impact.indicators.length);
    for (const indicator of debrief.projection.indicators) expect(indicator.series.length).toBe(model.level.impact.years + 1);
    expect(debrief.chart.frontier.length).toBeGreaterThan(0);
    for (const point of debrief.chart.frontier) expect(point.length).toBe(model.roleIds.length);
    // Every bot move in the log carries its reason, as a code, for the debrief.
    const moves = debrief.log.filter((e) => e.kind === 'offer' || e.kind === 'card' || e.kind === 'vote' || e.kind === 'endTurn');
    expect(moves.length).toBeGreaterThan(0);
    for (const move of moves) expect('why' in move && typeof move.why?.code === 'string').toBe(true);
  });
});

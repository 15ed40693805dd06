/**
 * Same seed, same game: a few bot games per shipped level, each reduced to a hash of its move log
 * (what actors said and private change entries left out: they explain moves, they are not moves),
 * outcome and scores. The hashes were recorded before the rules moved to one table and the whole-turn event left the engine; a change
 * here means the games themselves changed. Re-record (RECORD_SAME_GAMES=1) only for a rule change.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StrategyId } from '../../src/engine/bots/bot.js';
import { logEntries } from '../../src/engine/rules/log.js';
import { playBotGame } from '../../src/engine/simulate.js';
import { shippedLevel, shippedLevelFiles } from '../shipped-levels.js';

const FIXTURE = resolve(import.meta.dirname, 'fixtures/same-games.json');
const MIXES: readonly StrategyId[][] = [
  ['dealmaker', 'hardliner', 'reciprocator'],
  ['hardliner', 'reciprocator', 'dealmaker'],
  ['reciprocator', 'dealmaker', 'hardliner'],
  ['random', 'dealmaker', 'random'],
];

function gameHash(file: string, seed: number, mix: readonly StrategyId[]): string {
  const { model } = shippedLevel(file);
  const strategies = Object.fromEntries(model.roleIds.map((r, i) => [r, mix[i % mix.length] as StrategyId]));
  const { session, result } = playBotGame(model, seed, strategies);
  // Private change and intel entries explain moves (what they did to each role); they are not moves.
  const log = logEntries(session.state.log)
    .filter((entry) => entry.kind !== 'change' && entry.kind !== 'intel')
    .map((entry) => {
      const { reason: _words, why: _why, statement: _said, ...move } = entry as { reason?: unknown; why?: unknown; statement?: unknown };
      return move;
    });
  const state = { ...session.state, log };
  // Hashed as the scores were recorded: the figures against the opening no-deal value came later.
  const { decidedBy: _basis, tie: _tie, ...scores } = result;
  const roles = Object.fromEntries(
    Object.entries(result.roles).map(([id, r]) => {
      const { openingNoDealValue: _o, scoreVsOpening: _s, relativeGainVsOpening: _g, ...rest } = r;
      return [id, rest];
    }),
  );
  return createHash('sha256').update(JSON.stringify({ phase: session.phase, state, result: { ...scores, roles } })).digest('hex').slice(0, 16);
}

function hashes(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const file of shippedLevelFiles) {
    const list: string[] = [];
    MIXES.forEach((mix, i) => {
      for (const seed of [1, 42, 1000 + i]) list.push(gameHash(file, seed, mix));
    });
    out[basename(file)] = list;
  }
  return out;
}

describe('same seed, same game', () => {
  it('plays the recorded games of every shipped level move for move', () => {
    const now = hashes();
    if (process.env.RECORD_SAME_GAMES) writeFileSync(FIXTURE, `${JSON.stringify(now, null, 2)}\n`);
    expect(now).toEqual(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  });
});

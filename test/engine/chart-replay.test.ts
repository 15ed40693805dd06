/**
 * The chart replays recorded games state for state. For each shipped level, a few recorded games
 * (their events, stated reasons left out) and, after every event, the phase and a hash of the
 * game state. They were recorded with the chart as it was before it moved to XState's pure
 * `transition`; a change here means a replay no longer gives the same game. The test also replays
 * through a persisted snapshot half way (persist, JSON, restore), as the server does after a
 * restart. Re-record (RECORD_CHART_REPLAYS=1) only for a rule change.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StrategyId } from '../../src/engine/bots/bot.js';
import type { LevelModel } from '../../src/engine/level/model.js';
import type { GameEvent } from '../../src/engine/rules/events.js';
import { logEntries } from '../../src/engine/rules/log.js';
import { GameSession, type PersistedGame } from '../../src/engine/session.js';
import { playBotGame } from '../../src/engine/simulate.js';
import { shippedLevel, shippedLevelFiles } from '../shipped-levels.js';

const FIXTURE = resolve(import.meta.dirname, 'fixtures/chart-replays.json');

interface RecordedGame {
  readonly seed: number;
  readonly events: GameEvent[];
  /** After each event: the phase, then a hash of the game state. */
  readonly steps: string[];
}

/** An event or entry without what its actor said (reasons, reason codes, statements: words, not moves). */
const withoutReason = <T extends object>(x: T): T => {
  const { reason: _words, why: _why, statement: _said, ...rest } = x as T & { reason?: unknown; why?: unknown; statement?: unknown };
  return rest as T;
};

function stepOf(session: GameSession): string {
  // Private change and intel entries explain moves to their role; the moves are what is replayed.
  const moves = logEntries(session.state.log).filter((e) => e.kind !== 'change' && e.kind !== 'intel');
  const state = { ...session.state, log: moves.map(withoutReason) };
  return `${session.phase} ${createHash('sha256').update(JSON.stringify(state)).digest('hex').slice(0, 16)}`;
}

/** A game nobody plays: the facilitator injects an event, every turn times out, no deal. */
function idleGame(model: LevelModel, seed: number): GameEvent[] {
  const session = GameSession.create(model, seed);
  const injected = model.level.events.find((e) => e.trigger === 'facilitator');
  const events: GameEvent[] = [{ type: 'start' }, ...(injected ? [{ type: 'inject', event: injected.id } as GameEvent] : [])];
  for (const event of events) session.send(event);
  while (session.phase === 'negotiating') {
    events.push({ type: 'timeout' });
    session.send({ type: 'timeout' });
  }
  return events;
}

function record(file: string): RecordedGame[] {
  const { model } = shippedLevel(file);
  return [3, 77, 5].map((seed, g) => {
    const mix: StrategyId[] = g === 0 ? ['dealmaker', 'hardliner', 'reciprocator'] : ['random', 'reciprocator', 'hardliner'];
    const strategies = Object.fromEntries(model.roleIds.map((r, i) => [r, mix[i % mix.length] as StrategyId]));
    const events = g === 2 ? idleGame(model, seed) : playBotGame(model, seed, strategies).session.history.map(withoutReason);
    const session = GameSession.create(model, seed);
    const steps = events.map((event) => {
      const result = session.send(event);
      if (!result.ok) throw new Error(`recording: ${event.type} refused`);
      return stepOf(session);
    });
    return { seed, events, steps };
  });
}

describe('the chart replays recorded games', () => {
  const recorded = process.env.RECORD_CHART_REPLAYS
    ? Object.fromEntries(shippedLevelFiles.map((file) => [basename(file), record(file)]))
    : (JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, RecordedGame[]>);
  if (process.env.RECORD_CHART_REPLAYS) writeFileSync(FIXTURE, `${JSON.stringify(recorded)}\n`);

  it.each(shippedLevelFiles.map((file) => [basename(file), file]))('%s: same phases and states after every event', (name, file) => {
    const { model } = shippedLevel(file);
    const games = recorded[name];
    expect(games, `no recorded games for ${name}`).toBeDefined();
    for (const game of games ?? []) {
      let session = GameSession.create(model, game.seed);
      const half = Math.floor(game.events.length / 2);
      game.events.forEach((event, i) => {
        if (i === half) {
          const saved = JSON.parse(JSON.stringify(session.persist())) as PersistedGame;
          session = GameSession.restore(model, saved);
        }
        expect(session.send(event), `${name} seed ${game.seed} event ${i + 1} (${event.type})`).toEqual({ ok: true });
        expect(stepOf(session), `${name} seed ${game.seed} after event ${i + 1} (${event.type})`).toBe(game.steps[i]);
      });
      expect(session.phase).toBe('concluded');
      expect(GameSession.replay(model, game.seed, game.events).state).toEqual(session.state);
    }
  });
});

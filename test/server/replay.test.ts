/**
 * The debrief's replay for an online table, over real sockets: once the game is over a seat gets
 * its own steps (its views as they were, logs left out) and nothing of another seat's; a spectator
 * gets the public table; during play, or with a junk request, the answer is a clear error that
 * changes nothing; a second send within seconds is refused. The seed never leaves the server.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { packSteps, replayStates, replaySteps, stepView, unpackSteps, type PackedStep, type ReplayStep } from '../../src/engine/replay.js';
import { rid } from '../engine/helpers.js';
import type { Workshop } from '../../src/server/workshop.js';
import { playUntilConcluded, startedTutorialTable, startServer, type Recorded, type Running } from './helpers.js';

let server: Running;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

interface Answer {
  readonly type: 'replay' | 'error';
  readonly payload: { readonly id?: number; readonly steps: PackedStep[]; readonly problem: { readonly code: string } };
}

let nextId = 100;
/** Ask for the replay; resolves with the reply or the error that answers this request. */
async function askReplay(r: Recorded, ...junk: [unknown?]): Promise<Answer> {
  const id = nextId++;
  const answer = Promise.race([r.next('replay', (p) => p.id === id).then((payload): Answer => ({ type: 'replay', payload })), r.next('error', (p) => p.id === id || junk.length > 0).then((payload): Answer => ({ type: 'error', payload }))]);
  r.room.send('replay', junk.length > 0 ? junk[0] : { id });
  return answer;
}

test('a seat gets its own replay steps once the game is over, a spectator the public table; junk and early asks change nothing', async () => {
  const { session, a, b, spectator, f } = await startedTutorialTable(server.url);
  const w = server.api.sessions.get(session.sessionId) as Workshop;
  const host = w.tables[0];
  if (!host) throw new Error('no table');
  await a.table.update((u) => u.view.phase === 'negotiating');

  // During play: refused with a code, nothing sent, the game untouched.
  const early = await askReplay(a.table);
  expect(early.type).toBe('error');
  expect(early.payload.problem).toEqual({ code: 'replayNotOver' });
  for (const junk of [{}, { id: 'x' }, { id: -1 }, { id: 1, seed: 1 }, 42, null, 'replay']) {
    const answer = await askReplay(b.table, junk);
    expect(answer.type, JSON.stringify(junk)).toBe('error');
    expect(answer.payload.problem.code, JSON.stringify(junk)).toBe('malformed');
  }
  expect(a.table.messages.some((m) => m.type === 'replay') || b.table.messages.some((m) => m.type === 'replay')).toBe(false);

  await playUntilConcluded([a, b], 90_000);
  const states = replayStates(host.model, host.seed, host.session.history);
  for (const p of [a, b]) {
    const answer = await askReplay(p.table);
    expect(answer.type).toBe('replay');
    const packed = answer.payload.steps;
    expect(packed).toEqual(JSON.parse(JSON.stringify(packSteps(replaySteps(host.model, states, rid(p.role))))));
    const steps = unpackSteps(packed);
    expect(steps).toHaveLength(host.session.history.length + 1);
    // Exactly this seat's views, step by step: its own points and hand, no other seat's.
    expect(steps).toEqual(JSON.parse(JSON.stringify(replaySteps(host.model, states, rid(p.role)))));
    for (const step of steps) {
      expect(step.view.viewer).toBe(p.role);
      expect(step.view.self?.role).toBe(p.role);
      expect(step.view.log).toEqual([]);
    }
    expect(JSON.stringify(answer.payload)).not.toMatch(/"seed"|"roles":\{|"deck":/);
    // With the debrief's log, the last step is the table the seat was left with.
    const last = p.table.last('update');
    expect(stepView(steps.at(-1) as ReplayStep, last.debrief.log)).toEqual(last.view);
    // Asked again at once: refused, not sent twice.
    const again = await askReplay(p.table);
    expect(again.type).toBe('error');
    expect(again.payload.problem).toEqual({ code: 'replayTooOften' });
  }

  const pub = await askReplay(spectator);
  expect(pub.type).toBe('replay');
  for (const step of unpackSteps(pub.payload.steps)) {
    expect(step.view.viewer).toBeNull();
    expect(step.view.self).toBeNull();
  }
  await spectator.room.leave();
  await f.room.leave();
}, 150_000);

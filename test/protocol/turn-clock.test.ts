/**
 * The turn clock both hosts share (server tables, browser local tables), driven by a fake
 * scheduler; "whose move" asked of real games; the log delta that notices a lost update.
 */
import { describe, expect, test } from 'vitest';
import { GameSession } from '../../src/engine/session.js';
import { dueRoles, turnKey } from '../../src/engine/whose-move.js';
import { applyLogDelta } from '../../src/protocol/messages.js';
import { TurnClock, type Scheduler } from '../../src/protocol/turn-clock.js';
import { repoRoot, shippedLevel } from '../shipped-levels.js';

class FakeTime implements Scheduler {
  t = 1_000_000;
  private timers: { at: number; run: () => void; id: number }[] = [];
  private next = 1;
  now(): number {
    return this.t;
  }
  setTimeout(run: () => void, ms: number): unknown {
    const id = this.next++;
    this.timers.push({ at: this.t + ms, run, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((x) => x.id !== handle);
  }
  advance(ms: number): void {
    this.t += ms;
    const due = this.timers.filter((x) => x.at <= this.t);
    this.timers = this.timers.filter((x) => x.at > this.t);
    for (const x of due) x.run();
  }
}

describe('TurnClock', () => {
  test('a new turn starts the clock; moves within the turn leave it running; it fires once with the turn it timed', () => {
    const time = new FakeTime();
    const fired: string[] = [];
    const clock = new TurnClock((key) => fired.push(key), time);
    clock.sync('n:1:0', 10_000, false);
    expect(clock.info()).toEqual({ endsAt: time.t + 10_000, paused: false });
    time.advance(4000);
    clock.sync('n:1:0', 10_000, false);
    expect(clock.info().endsAt).toBe(time.t + 6000);
    time.advance(6000);
    expect(fired).toEqual(['n:1:0']);
    clock.sync('n:1:1', 10_000, false);
    expect(clock.info().endsAt).toBe(time.t + 10_000);
  });

  test('held, it keeps the time left and shows it as paused; released, it runs on from there', () => {
    const time = new FakeTime();
    const fired: string[] = [];
    const clock = new TurnClock((key) => fired.push(key), time);
    clock.sync('n:1:0', 10_000, false);
    time.advance(3000);
    clock.hold();
    time.advance(60_000);
    expect(fired).toEqual([]);
    expect(clock.info()).toEqual({ endsAt: time.t + 7000, paused: true });
    clock.sync('n:1:0', 10_000, true);
    expect(clock.info().endsAt).toBe(time.t + 7000);
    clock.release();
    time.advance(6999);
    expect(fired).toEqual([]);
    time.advance(1);
    expect(fired).toEqual(['n:1:0']);
  });

  test('a new turn during a hold starts held with the whole turn; no key or no time means no clock', () => {
    const time = new FakeTime();
    const clock = new TurnClock(() => undefined, time);
    clock.sync('n:1:0', 5000, true);
    expect(clock.info()).toEqual({ endsAt: time.t + 5000, paused: true });
    clock.sync(null, 5000, false);
    expect(clock.info()).toEqual({ endsAt: null, paused: false });
    clock.sync('n:1:1', 0, false);
    expect(clock.info(true)).toEqual({ endsAt: null, paused: true });
  });
});

describe('whose move', () => {
  test('one role in negotiation, every voter yet to vote in the final decision, nobody before or after', () => {
    const { model } = shippedLevel(`${repoRoot}/levels/tutorial.yaml`);
    const session = GameSession.create(model, 7);
    expect(dueRoles(model, session.state, session.phase)).toEqual([]);
    session.send({ type: 'start' });
    expect(dueRoles(model, session.state, session.phase)).toEqual([model.turnOrder[0]]);
    expect(turnKey(session.state, session.phase)).toBe('n:1:0');
    let guard = 200;
    while (session.phase === 'negotiating' && guard-- > 0) session.send({ type: 'timeout' });
    if (session.phase === 'finalDecision') {
      expect(dueRoles(model, session.state, session.phase)).toEqual(model.voters);
      expect(turnKey(session.state, session.phase)).toMatch(/^f:/);
    } else expect(dueRoles(model, session.state, session.phase)).toEqual([]);
  });
});

describe('log deltas', () => {
  const entry = (n: number): never => ({ kind: 'roundStart', round: n }) as never;
  test('a delta that starts past what is kept is a gap (null); from 0 replaces; an overlap is trimmed', () => {
    const kept = [entry(1), entry(2)];
    expect(applyLogDelta(kept, { from: 3, entries: [entry(4)] })).toBeNull();
    expect(applyLogDelta(kept, { from: 2, entries: [entry(3)] })).toHaveLength(3);
    expect(applyLogDelta(kept, { from: 1, entries: [entry(9)] })).toEqual([entry(1), entry(9)]);
    expect(applyLogDelta(kept, { from: 0, entries: [entry(5)] })).toEqual([entry(5)]);
  });
});

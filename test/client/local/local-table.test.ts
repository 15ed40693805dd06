import { afterEach, describe, expect, it } from 'vitest';
import { LocalTable } from '../../../src/client/local/local-table.js';
import type { TableSnapshot } from '../../../src/protocol/port.js';
import { level } from '../helpers.js';
import { rid } from '../../engine/helpers.js';

const model = level('tutorial');
const tables: LocalTable[] = [];
afterEach(() => {
  for (const table of tables.splice(0)) table.close();
});

function open(options: Partial<ConstructorParameters<typeof LocalTable>[0]> = {}): LocalTable {
  const table = new LocalTable({ model, seed: 5, mode: 'solo', humans: [rid('developing')], botDelayMs: 0, timers: false, ...options });
  tables.push(table);
  return table;
}

/** Resolves with the first snapshot that satisfies `test`. */
function until(table: LocalTable, test: (s: TableSnapshot) => boolean): Promise<TableSnapshot> {
  return new Promise((resolve) => {
    if (test(table.snapshot())) return resolve(table.snapshot());
    const off = table.subscribe((s) => {
      if (test(s)) {
        off();
        resolve(s);
      }
    });
  });
}

describe('local table', () => {
  it('lets the bots move until the human is due, and shows only the human\'s view', async () => {
    const table = open();
    table.start();
    const snap = await until(table, (s) => s.view.turnRole === 'developing');
    expect(snap.you).toBe('developing');
    expect(snap.view.self?.role).toBe('developing');
    expect(JSON.stringify(snap)).not.toContain('"values":{');
    expect(snap.seats.find((s) => s.role === 'developing')?.controller).toBe('human');
    expect(snap.seats.filter((s) => s.controller === 'bot')).toHaveLength(3);
  });

  it('refuses a move out of turn with a reason, and plays a whole game to a debrief', async () => {
    const table = open();
    table.start();
    const refused = await table.act({ type: 'endTurn' });
    expect(refused.ok).toBe(false);
    for (let i = 0; i < 50 && !table.snapshot().debrief; i++) {
      const snap = await until(table, (s) => s.debrief !== null || s.view.turnRole === 'developing' || (s.view.phase === 'finalDecision' && !('developing' in s.view.votes)));
      if (snap.debrief) break;
      const result = snap.view.phase === 'finalDecision' ? await table.act({ type: 'vote', accept: true }) : await table.act({ type: 'endTurn' });
      expect(result).toEqual({ ok: true });
    }
    const debrief = table.snapshot().debrief;
    expect(debrief?.history.length).toBeGreaterThan(3);
  });

  it('in hot-seat, shows the seat whose turn it is', async () => {
    const table = open({ mode: 'hotseat', humans: [rid('tnc-lobby'), rid('civil-society')] });
    table.start();
    expect(table.snapshot().you).toBe('tnc-lobby');
    await table.act({ type: 'endTurn' });
    const snap = await until(table, (s) => s.view.turnRole === 'civil-society');
    expect(snap.you).toBe('civil-society');
    expect(snap.view.self?.role).toBe('civil-society');
    expect(() => table.snapshotFor(rid('developing'))).toThrow(/not a human seat/);
  });

  it('times a human turn out with the level\'s timer', async () => {
    const short = level('tutorial');
    const table = new LocalTable({ model: { ...short, level: { ...short.level, rounds: { ...short.level.rounds, turnSeconds: 0.05 as number } } }, seed: 5, mode: 'solo', humans: [rid('tnc-lobby')], botDelayMs: 0, timers: true });
    tables.push(table);
    table.start();
    expect(table.snapshot().timer.endsAt).not.toBeNull();
    const snap = await until(table, (s) => s.view.log.some((e) => e.kind === 'endTurn' && e.timedOut));
    expect(snap.view.log.some((e) => e.kind === 'endTurn' && e.role === 'tnc-lobby' && e.timedOut)).toBe(true);
  });
});

describe('hot-seat timer', () => {
  it('waits for the player to take the device before it runs', () => {
    // The tutorial is untimed by default: give it the timer a teacher would set.
    const timed = { ...model, level: { ...model.level, rounds: { ...model.level.rounds, turnSeconds: 90 } } };
    const table = open({ model: timed, mode: 'hotseat', humans: [rid('tnc-lobby'), rid('civil-society')], timers: true });
    table.start();
    // Held with the whole turn left (the shared turn clock shows a held clock's time as paused).
    const held = table.snapshot().timer;
    expect(held.paused).toBe(true);
    expect(held.endsAt).toBeGreaterThan(Date.now() + (90 - 2) * 1000);
    table.resumeTimer();
    const timer = table.snapshot().timer;
    expect(timer.paused).toBe(false);
    expect(timer.endsAt).toBeGreaterThan(Date.now() + (90 - 2) * 1000);
  });
});

/**
 * The "why I moved" note over real sockets: a player's note goes with its move and is private to
 * its seat during play (no other seat, no spectator receives it in any message), then every seat
 * has it in the debrief and the facilitator's CSV has it; a junk note (too long, not text, empty,
 * control characters) is refused with a clear error and changes nothing.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { NOTE_MAX } from '../../src/protocol/player-note.js';
import { resultsCsv } from '../../src/server/export.js';
import type { Workshop } from '../../src/server/workshop.js';
import { act, playUntilConcluded, startedTutorialTable, startServer, type Player, type Recorded, type Running } from './helpers.js';

let server: Running;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

const NOTE = 'I move on data flows to keep policy space on duties';

test('a note is private to its seat until the debrief, then in every debrief and the CSV; junk notes are refused', async () => {
  const { session, a, b, spectator, f } = await startedTutorialTable(server.url);
  const turn = (p: Player) => (u: { view: { phase: string; turnRole: string | null } }): boolean => u.view.phase === 'negotiating' && u.view.turnRole === p.role;
  // Whoever of the two plays first writes the note; the other must not see it.
  const first = await Promise.race([a.table.update(turn(a), 30_000).then(() => a), b.table.update(turn(b), 30_000).then(() => b)]);
  const other = first === a ? b : a;
  const w = server.api.sessions.get(session.sessionId) as Workshop;
  const history = (): number => w.tables[0]?.session.history.length ?? -1;
  const before = history();
  const pkg = { 'data-flows': 1, 'customs-duties': 0 };

  for (const junk of ['x'.repeat(NOTE_MAX + 1), 42, '   ', 'line one\nline two', 'bell\u0007', { text: NOTE }]) {
    const answer = await act(first, { type: 'offer', package: pkg, reason: junk });
    expect(answer.ok, JSON.stringify(junk)).toBe(false);
    expect(answer.reason).toMatch(/note/);
  }
  expect(history()).toBe(before);

  expect((await act(first, { type: 'offer', package: pkg, reason: NOTE })).ok).toBe(true);
  expect(history()).toBe(before + 1);
  const withNote = (u: { view: { log: { kind: string; reason?: string }[] } }): boolean => u.view.log.some((e) => e.kind === 'offer' && e.reason === NOTE);
  const offered = (u: { view: { log: { kind: string }[] } }): boolean => u.view.log.some((e) => e.kind === 'offer');
  await first.table.update(withNote);
  await other.table.update(offered);
  await spectator.update(offered);
  // During play, not one message to the other seat or a spectator carries the note.
  const leaks = (r: Recorded): number => r.messages.filter((m) => JSON.stringify(m.payload ?? null).includes(NOTE)).length;
  expect(leaks(other.table)).toBe(0);
  expect(leaks(spectator)).toBe(0);

  await playUntilConcluded([a, b], 90_000);
  for (const p of [a, b]) {
    const debrief = p.table.last('update').debrief as { log: { kind: string; role?: string; reason?: string }[] };
    expect(debrief.log.some((e) => e.kind === 'offer' && e.role === first.role && e.reason === NOTE)).toBe(true);
  }
  const csv = resultsCsv(w).split('\r\n');
  const header = (csv[0] ?? '').split(',');
  expect(header).toContain('"player_notes"');
  const row = csv.find((line) => line.includes(`"${first.role}"`)) ?? '';
  expect(row).toMatch(new RegExp(`R\\d+ offer #\\d+: ${NOTE}`));
  await spectator.room.leave();
  await f.room.leave();
}, 150_000);

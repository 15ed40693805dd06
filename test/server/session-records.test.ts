/**
 * Session files are checked against their schema when read back: a damaged line is left out and
 * reported (the session still comes back), a forged game event never reaches the rules, and a
 * session ended mid-game comes back with the results it ended with.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkRecords } from '../../src/server/session-records.js';
import type { Workshop } from '../../src/server/workshop.js';
import { createSession, facilitator, joinAsParticipant, startServer } from './helpers.js';

test('records of the wrong shape are listed with their place and reason, the rest pass', () => {
  const { records, bad } = checkRecords([
    { k: 'status', status: 'running', at: 1 },
    { k: 'status', status: 'asleep', at: 1 },
    { k: 'game', t: 0, at: 1, by: 'x', e: { type: 'teleport' } },
    { k: 'chat', seq: 1, at: 1, table: 0, from: 'developing', name: null, to: null, text: 'hi' },
    { k: 'mystery' },
    null,
  ]);
  expect(records.map((r) => r.k)).toEqual(['status', 'chat']);
  expect(bad.map((b) => b.index)).toEqual([1, 2, 4, 5]);
  expect(bad[0]?.reason).toMatch(/status/);
});

test('a restart skips a damaged line, keeps the session, and an ended session keeps its results', async () => {
  const first = await startServer();
  const session = await createSession(first.url, { tables: 2 });
  const f = await facilitator(first.url, session);
  const ana = await joinAsParticipant(first.url, session.code, 'Ana');
  await f.command({ command: 'start' });
  await f.command({ command: 'announce', text: 'Last round', table: 'all' });
  await f.command({ command: 'end' });
  const before = (first.api.sessions.get(session.sessionId) as Workshop).tables.map((t) => t.result());
  await ana.table.room.leave();
  await f.room.leave();
  await first.close();
  appendFileSync(join(first.dataDir, 'sessions', `${session.sessionId}.jsonl`), `${JSON.stringify({ k: 'assign', participant: 'p1', table: 'one', role: 7 })}\n`);

  const second = await startServer({ dataDir: first.dataDir });
  const w = second.api.sessions.get(session.sessionId) as Workshop;
  expect(w).toBeDefined();
  expect(w.status).toBe('ended');
  expect(w.tables.map((t) => t.result())).toEqual(before);
  expect(w.announcements.for(0)?.text).toBe('Last round');
  expect(w.participants.get('p1')?.table).toBe(0);
  await second.close();
});

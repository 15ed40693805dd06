/**
 * What changed for a role (its values, its walk-away value) and what it learned are private: over
 * real sockets, a seat's assembled log holds its own change and intel entries and no one else's,
 * during play and after it, and a spectator's holds none.
 */
import { Client } from '@colyseus/sdk';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { logEntries } from '../../src/engine/rules/log.js';
import { PROTOCOL_VERSION } from '../../src/protocol/messages.js';
import type { Workshop } from '../../src/server/workshop.js';
import { createSession, facilitator, joinAsParticipant, playUntilConcluded, Recorded, startServer, type Player, type Running } from './helpers.js';

let server: Running;
let session: Awaited<ReturnType<typeof createSession>>;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server.url, { level: 'buenos-aires-2017', tables: 1, seatsPerTable: 1, bots: true });
});
afterAll(async () => {
  await server.close();
});

const isPrivate = (e: { kind: string }): boolean => e.kind === 'change' || e.kind === 'intel';

test('a seat receives its own change and intel entries and no other role\'s; a spectator none', async () => {
  const player: Player = await joinAsParticipant(server.url, session.code, 'Ana');
  const spectator = new Recorded(await new Client(server.url).joinById(`t_${session.sessionId}_0`, { spectator: true, code: session.code, protocol: PROTOCOL_VERSION }));
  const f = await facilitator(server.url, session);
  await f.command({ command: 'start' });
  await playUntilConcluded([player], 60_000);

  const w = server.api.sessions.get(session.sessionId) as Workshop;
  const table = w.tables[0];
  if (!table) throw new Error("no table");
  const all = logEntries(table.session.state.log).filter(isPrivate) as { role: string }[];
  // The bots' cards and the level's drift changed other roles' figures: there is something to hide.
  expect(all.some((e) => e.role !== player.role)).toBe(true);
  expect(all.some((e) => e.role === player.role)).toBe(true);

  for (const m of player.table.messages) {
    if (m.type !== 'update') continue;
    for (const e of m.payload.log.entries as { kind: string; role?: string }[]) if (isPrivate(e)) expect(e.role).toBe(player.role);
  }
  const mine = (player.table.last('update').view.log as { kind: string; role: string }[]).filter(isPrivate);
  expect(mine).toEqual(all.filter((e) => e.role === player.role));

  await spectator.update((u) => u.view.phase === 'concluded');
  for (const m of spectator.messages) if (m.type === 'update') expect((m.payload.log.entries as { kind: string }[]).filter(isPrivate)).toEqual([]);
  await spectator.room.leave();
  await f.room.leave();
}, 90_000);

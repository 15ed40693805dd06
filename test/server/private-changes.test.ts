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
import { act, createSession, facilitator, joinAsParticipant, playUntilConcluded, Recorded, startServer, type Player, type Running } from './helpers.js';

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

test('a player\'s offer may carry a stock statement, which every seat sees; unknown or bot-only codes are refused', async () => {
  const tutorial = await createSession(server.url, { level: 'tutorial', tables: 1, seatsPerTable: 1, bots: true });
  const player: Player = await joinAsParticipant(server.url, tutorial.code, 'Bo');
  const spectator = new Recorded(await new Client(server.url).joinById(`t_${tutorial.sessionId}_0`, { spectator: true, code: tutorial.code, protocol: PROTOCOL_VERSION }));
  const f = await facilitator(server.url, tutorial);
  await f.command({ command: 'start' });
  await player.table.update((u) => u.view.phase === 'negotiating' && u.view.turnRole === player.role, 30_000);
  const w = server.api.sessions.get(tutorial.sessionId) as Workshop;
  const history = (): number => w.tables[0]?.session.history.length ?? -1;
  const before = history();
  const pkg = { 'data-flows': 1, 'customs-duties': 0 };
  for (const statement of [{ code: 'iAmTheChair' }, { code: 'rejectConcern', issue: 'data-flows' }, { code: 'stockBalanced', value: 40 }, { code: 'stockCertainty', issue: 'no-such-issue' }]) {
    const answer = await act(player, { type: 'offer', package: pkg, statement });
    expect(answer.ok, JSON.stringify(statement)).toBe(false);
  }
  expect(history()).toBe(before);
  expect((await act(player, { type: 'offer', package: pkg, statement: { code: 'stockPolicySpace', issue: 'data-flows' } })).ok).toBe(true);
  const said = (u: { view: { log: { kind: string; statement?: unknown }[] } }): boolean => u.view.log.some((e) => e.kind === 'offer' && JSON.stringify(e.statement) === JSON.stringify({ code: 'stockPolicySpace', issue: 'data-flows' }));
  await player.table.update(said);
  await spectator.update(said);
  await spectator.room.leave();
  await f.room.leave();
}, 90_000);

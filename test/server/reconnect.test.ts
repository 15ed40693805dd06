/**
 * A dropped participant: the seat is held (shown as disconnected), then a bot takes over and the
 * game goes on; when the participant rejoins with their token, they get the same seat back.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Workshop } from '../../src/server/workshop.js';
import { createSession, facilitator, joinAsParticipant, playUntilConcluded, sleep, startServer, type Player, type Running } from './helpers.js';

let server: Running;
beforeAll(async () => {
  server = await startServer({ holdSeatMs: 600, botDelayMs: 5 });
});
afterAll(async () => {
  await server.close();
});

test('drop → seat held → bot takes over → rejoin gets the seat back', async () => {
  const session = await createSession(server.url, { bots: true });
  const w = server.api.sessions.get(session.sessionId) as Workshop;
  const f = await facilitator(server.url, session);
  const players: Player[] = [];
  for (const name of ['Ana', 'Bo', 'Cy']) players.push(await joinAsParticipant(server.url, session.code, name));
  const [a, b, c] = players as [Player, Player, Player];
  await f.command({ command: 'start' });
  await b.table.update((u) => u.view.phase === 'negotiating');

  const seatOf = (u: { seats: { role: string; controller: string; connected: boolean; name: string | null }[] }) => u.seats.find((s) => s.role === a.role);
  a.table.room.reconnection.enabled = false;
  const droppedAt = Date.now();
  await a.table.room.leave(false);

  // Held: still a human seat, shown as disconnected; the game waits on the seat's turns.
  const held = await b.table.update((u) => seatOf(u)?.connected === false);
  expect(seatOf(held)).toMatchObject({ controller: 'human', connected: false, name: 'Ana' });
  // Then a bot takes over, no sooner than the hold time.
  const takenOver = await b.table.update((u) => seatOf(u)?.controller === 'bot', 5000);
  expect(Date.now() - droppedAt).toBeGreaterThanOrEqual(550);
  expect(seatOf(takenOver)?.controller).toBe('bot');

  // B and C play on; the bot plays A's turns: A's role moves while A is away.
  const movesBefore = w.tables[0]?.session.history.filter((e) => 'role' in e && e.role === a.role).length ?? 0;
  const round = takenOver.view.round as number;
  const deadline = Date.now() + 10_000;
  while ((w.tables[0]?.session.history.filter((e) => 'role' in e && e.role === a.role).length ?? 0) === movesBefore && Date.now() < deadline) {
    for (const p of [b, c]) {
      const u = p.table.last('update');
      if (u.view.phase === 'negotiating' && u.view.turnRole === p.role) p.table.room.send('act', { id: 1, action: { type: 'endTurn' } });
    }
    await sleep(30);
  }
  expect(w.tables[0]?.session.history.filter((e) => 'role' in e && e.role === a.role).length).toBeGreaterThan(movesBefore);
  expect(w.tables[0]?.session.phase === 'concluded' || (b.table.last('update').view.round as number) >= round).toBe(true);

  // A comes back with the token from sessionStorage: same participant, same seat, a human again.
  const back = await joinAsParticipant(server.url, session.code, 'ignored', a.token);
  expect(back.role).toBe(a.role);
  expect(back.participant).toBe(a.participant);
  const restored = await b.table.update((u) => seatOf(u)?.controller === 'human' && seatOf(u)?.connected === true);
  expect(seatOf(restored)?.name).toBe('Ana');
  if (w.tables[0]?.session.phase !== 'concluded') await playUntilConcluded([back, b, c]);
  await f.room.leave();
});

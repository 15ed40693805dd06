import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSession, facilitator, joinAsParticipant, playUntilConcluded, startServer, type Running } from './helpers.js';

let server: Running;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

test('smoke', async () => {
  const session = await createSession(server.url);
  const f = await facilitator(server.url, session);
  const players = [];
  for (const name of ['Ana', 'Bo', 'Cy']) players.push(await joinAsParticipant(server.url, session.code, name));
  expect(new Set(players.map((p) => p.role)).size).toBe(3);
  expect(await f.command({ command: 'start' })).toMatchObject({ ok: true });
  await playUntilConcluded(players);
  console.log(players[0]!.table.last('update').view.outcome);
});

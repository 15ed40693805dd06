/**
 * Junk over real HTTP, to every route the process answers (Colyseus' matchmaking verbs included):
 * every answer is a clear 4xx (never a 5xx, never a crash, never a seat for malformed options), and
 * afterwards the server still answers and a session opened before still plays.
 */
import fc from 'fast-check';
import { request } from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PROTOCOL_VERSION, type CreateSessionResponse } from '../../src/protocol/messages.js';
import { act, createSession, facilitator, joinAsParticipant, startServer, type Player, type Running } from './helpers.js';

let server: Running;
let session: CreateSessionResponse;
let player: Player;

beforeAll(async () => {
  server = await startServer({ wrongCodesPerMinute: 100_000, createsPerMinute: 100_000 });
  session = await createSession(server.url, { bots: true, tables: 1, seatsPerTable: 1 });
  player = await joinAsParticipant(server.url, session.code, 'Ana');
  const f = await facilitator(server.url, session);
  await f.command({ command: 'start' });
  await f.room.leave();
});
afterAll(() => server.close());

/** A raw request, so bodies and headers are exactly what the test says (fetch would fix them). */
function raw(method: string, path: string, body: string | Buffer | null, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method, headers: body === null ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (body !== null) req.write(body);
    req.end();
  });
}

const tableRoom = (): string => `t_${session.sessionId}_0`;
const postRoutes = (): string[] => [
  '/api/sessions',
  '/api/join',
  `/matchmake/joinById/${tableRoom()}`,
  `/matchmake/joinById/w_${session.sessionId}`,
  '/matchmake/joinById/x',
  '/matchmake/create/table',
  '/matchmake/join/table',
  '/matchmake/joinOrCreate/workshop',
  `/matchmake/reconnect/${tableRoom()}`,
  '/matchmake/nothing/here',
  `/api/sessions/${session.sessionId}/export.csv`,
  '/api/lookup',
  '/health',
  '/',
];

const junkBodies = fc.oneof(
  fc.constantFrom('{broken', '{"token":', '[', '{"a":[1,2', 'null', '[]', 'true', '0', '"x"', '{"token":{"$gt":""}}', '{"token":null}', '{"spectator":"true","code":1}', '{"__proto__":{"admin":true}}', '1e999999', '{"tables":1e308}', '{"code":"' + 'A'.repeat(100) + '"}'),
  fc.integer({ min: 1, max: 3000 }).map((d) => '['.repeat(d) + ']'.repeat(d)),
  fc.integer({ min: 1, max: 3000 }).map((d) => '{"a":'.repeat(d) + '1' + '}'.repeat(d)),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')),
);

test('the issue\'s request (a truncated JSON body to a matchmaking route) is a 400, and the server stays up', async () => {
  const res = await raw('POST', '/matchmake/joinById/x', '{broken');
  expect(res.status).toBe(400);
  expect(JSON.parse(res.text)).toEqual({ error: 'the body is not valid JSON', code: 'bodyNotJson' });
  expect((await raw('GET', '/health', null)).status).toBe(200);
});

test('malformed join options never get a seat reservation', async () => {
  for (const body of ['null', '[]', '{}', '{"token":{"$gt":""}}', '{"token":"short"}', `{"token":"${'x'.repeat(20)}","protocol":${PROTOCOL_VERSION},"extra":1}`, '{"spectator":true}']) {
    const res = await raw('POST', `/matchmake/joinById/${tableRoom()}`, body);
    expect(res.status, body).toBe(400);
    expect(res.text).not.toContain('sessionId');
  }
  // Creating or picking rooms is the server's alone, whatever the body.
  for (const verb of ['create', 'join', 'joinOrCreate', 'reconnect']) expect((await raw('POST', `/matchmake/${verb}/table`, '{}')).status).toBe(403);
  expect((await raw('GET', `/matchmake/joinById/${tableRoom()}`, null)).status).toBe(405);
});

test('oversized, mistyped and unsized bodies get a 4xx', async () => {
  expect((await raw('POST', '/api/join', JSON.stringify({ code: 'X', name: 'y'.repeat(40_000) }))).status).toBe(413);
  expect((await raw('POST', '/api/join', '{"code":"ABCDEF","name":"a"}', { 'content-type': 'text/plain' })).status).toBe(415);
  expect((await raw('POST', '/api/join', '{"code":"ABCDEF","name":"a"}', { 'content-type': 'application/json; charset=latin1' })).status).toBe(415);
  // Chunked, no content-length.
  const chunked = await raw('POST', '/api/join', null, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
  expect(chunked.status).toBeGreaterThanOrEqual(400);
  expect(chunked.status).toBeLessThan(500);
});

test('junk to every route, with every method: only 4xx answers (or the page), and the session plays on', async () => {
  const before = player.table.messages.length;
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...postRoutes()), fc.constantFrom('POST', 'PUT', 'PATCH', 'DELETE', 'GET'), junkBodies, fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'), async (path, method, body, type) => {
      const res = await raw(method, path, method === 'GET' ? null : body, { 'content-type': type });
      expect(res.status, `${method} ${path} ${body.slice(0, 60)}`).toBeLessThan(500);
      if (path.startsWith('/matchmake/') || path.startsWith('/api/')) {
        // Never a reservation or a session for junk.
        if (res.status < 300) expect(path === '/api/lookup' || path.startsWith('/api/join') || path === '/api/sessions').toBe(true);
        expect(res.text).not.toMatch(/"reservation"|"sessionId":"[a-z0-9]+","room"/);
      }
    }),
    { numRuns: Number(process.env.FC_RUNS ?? 300) },
  );
  expect((await raw('GET', '/health', null)).status).toBe(200);
  // The session opened before is intact: its player still gets updates and can act.
  const update = await player.table.update((u) => u.view.phase === 'negotiating' || u.view.phase === 'concluded');
  expect(update.view).toBeDefined();
  expect(player.table.messages.length).toBeGreaterThanOrEqual(before);
  if (update.view.turnRole === player.role && update.view.phase === 'negotiating') {
    const reply = await act(player, { type: 'endTurn' });
    expect(reply.ok, reply.reason).toBe(true);
  }
  expect(server.api.sessions.get(session.sessionId)?.status).not.toBe('ended');
}, 120_000);

/**
 * A join a room refuses carries a server-words code, never the library's English: through a real
 * @colyseus/sdk client over a real socket, the SDK's error says which problem it was (its message
 * is problemMessage's JSON), and the join page words it in its participant's language. Colyseus'
 * own refusals (no such room) get a code too.
 */
import { Client } from '@colyseus/sdk';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PROTOCOL_VERSION, type CreateSessionResponse } from '../../src/protocol/messages.js';
import { errorText, problemOfError } from '../../src/protocol/server-words.js';
import { createSession, joinAsParticipant, startServer, type Player, type Running } from './helpers.js';

let server: Running;
let session: CreateSessionResponse;
let ana: Player;

beforeAll(async () => {
  server = await startServer({ log: () => undefined });
  session = await createSession(server.url, { tables: 2, language: 'fr' });
  ana = await joinAsParticipant(server.url, session.code, 'Ana');
});
afterAll(async () => {
  await ana?.table.room.leave();
  await server?.close();
});

/** The error a real client's join ends with. */
async function refusal(roomId: string, options: Record<string, unknown>): Promise<unknown> {
  try {
    const room = await new Client(server.url).joinById(roomId, options);
    await room.leave();
  } catch (error) {
    return error;
  }
  throw new Error(`${roomId} let the client in`);
}

test('refusals by the rooms (wrong code, unknown participant, no seat here, wrong secret) carry their code', async () => {
  const otherTable = `t_${session.sessionId}_${ana.table.room.roomId.endsWith('_0') ? 1 : 0}`;
  const cases: [string, Record<string, unknown>, string, string][] = [
    [`t_${session.sessionId}_0`, { spectator: true, code: 'ZZZZZZ', protocol: PROTOCOL_VERSION }, 'wrongCode', 'code de session erroné'],
    [`w_${session.sessionId}`, { token: 'x'.repeat(24), protocol: PROTOCOL_VERSION }, 'unknownParticipant', 'participant inconnu'],
    [otherTable, { token: ana.token, protocol: PROTOCOL_VERSION }, 'noSeatHere', "vous n'avez pas de siège à cette table"],
    [`w_${session.sessionId}`, { facilitator: 'y'.repeat(32), protocol: PROTOCOL_VERSION }, 'wrongSecret', "code secret de l'animateur erroné"],
  ];
  for (const [room, options, code, french] of cases) {
    const error = await refusal(room, options);
    expect(problemOfError(error), code).toEqual({ code });
    expect(errorText(error, 'fr')).toBe(french);
    // A page that cannot read the code still has the English words.
    expect((error as Error).message).toContain('"error":"');
  }
});

test('an outdated page is told with the versions, in its reader\'s language', async () => {
  const error = await refusal(`w_${session.sessionId}`, { spectator: true, code: session.code, protocol: PROTOCOL_VERSION - 1 });
  expect(problemOfError(error)).toEqual({ code: 'outdated', params: { version: PROTOCOL_VERSION - 1, server: PROTOCOL_VERSION } });
  expect(errorText(error, 'es')).toBe(`esta página está desactualizada (protocolo ${PROTOCOL_VERSION - 1}, el servidor usa el ${PROTOCOL_VERSION}): recargue la página`);
});

test('Colyseus\' own refusal (a room that is not open) gets a code too, over HTTP and through the SDK', async () => {
  const error = await refusal(`t_${session.sessionId}_7`, { spectator: true, code: session.code, protocol: PROTOCOL_VERSION });
  expect(problemOfError(error)).toEqual({ code: 'roomNotOpen' });
  expect(errorText(error, 'fr')).toBe("cette session ou cette table n'est plus ouverte");
  expect((error as Error).message).not.toMatch(/not found/);
  // The HTTP answer keeps the API's shape: English `error`, the code beside it.
  const res = await fetch(`${server.url}/matchmake/joinById/t_${session.sessionId}_7`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ spectator: true, code: session.code, protocol: PROTOCOL_VERSION }) });
  expect(res.status).toBe(404);
  expect(await res.json()).toMatchObject({ error: 'this session or table is not open any more', code: 'roomNotOpen' });
});

/**
 * The server's refusals travel as codes with parameters, over a real socket and real HTTP, in a
 * French session: a participant's and the facilitator's pages word them in their own language
 * (server-words), while the English `reason` / `error` stays for curl users and logs.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { httpErrorText, problemText, serverText } from '../../src/protocol/server-words.js';
import { seatName } from '../../src/client/view-models/seat-name.js';
import { act, createSession, facilitator, joinAsParticipant, post, startServer, type Running } from './helpers.js';

let server: Running;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

test('a move before the start, a pause before the start and a muted chat are refused as codes the pages word in French and Spanish', async () => {
  const session = await createSession(server.url, { language: 'fr', bots: true, seatsPerTable: 3 });
  const f = await facilitator(server.url, session);
  const ana = await joinAsParticipant(server.url, session.code, 'Ana');

  // A move while the session waits in its lobby.
  const early = (await act(ana, { type: 'endTurn' })) as { ok: boolean; reason?: string; problem?: unknown };
  expect(early).toMatchObject({ ok: false, reason: 'the session has not started yet', problem: { code: 'notStarted' } });
  expect(problemText(early, 'fr')).toBe("la session n'a pas encore commencé");
  expect(problemText(early, 'es')).toBe('la sesión aún no ha comenzado');

  // The facilitator's command refused: nothing to pause yet.
  const pause = await f.command({ command: 'pause' });
  expect(pause).toMatchObject({ ok: false, problem: { code: 'notRunning' } });
  expect(problemText(pause, 'fr')).toBe('seule une session en cours peut être mise en pause');

  // A parameter travels as an id and is put into the reader's sentence.
  const noSeat = await f.command({ command: 'assign', participant: 'nobody', table: 0, role: 'developing' });
  expect(noSeat).toMatchObject({ ok: false, reason: 'no participant "nobody"', problem: { code: 'noParticipant', params: { participant: 'nobody' } } });
  expect(problemText(noSeat, 'es')).toBe('ningún participante «nobody»');

  // Muted, the participant's chat is refused with an error message carrying the code.
  expect(await f.command({ command: 'mute', participant: ana.participant, muted: true })).toMatchObject({ ok: true });
  await ana.table.seen('update', (u: { you: string }) => !!u.you);
  await new Promise((r) => setTimeout(r, 200));
  const error = ana.table.next('error');
  ana.table.room.send('chat', { text: 'hola' });
  const muted = await error;
  expect(muted).toMatchObject({ reason: 'the facilitator has muted your chat', problem: { code: 'muted' } });
  expect(problemText(muted, 'es')).toBe('el facilitador ha silenciado sus mensajes');

  // A message type the server does not know names it, in the reader's sentence.
  const unknown = ana.table.next('error');
  ana.table.room.send('dance', {});
  expect(problemText(await unknown, 'fr')).toBe('type de message inconnu « dance »');

  await ana.table.room.leave();
  await f.room.leave();
});

test('HTTP API errors carry a code beside the English message', async () => {
  const wrong = await post<unknown>(`${server.url}/api/join`, { code: 'ZZZZZZ', name: 'Luis' });
  expect(wrong).toEqual({ status: 404, body: { error: 'no session with this code', code: 'noSession' } });
  expect(httpErrorText(wrong.body, 'es')).toBe('no hay ninguna sesión con este código');
  const noLevel = await post<unknown>(`${server.url}/api/sessions`, { level: 'atlantis', tables: 1, seatsPerTable: 2, bots: true, turnSeconds: 0 });
  expect(noLevel.status).toBe(400);
  expect(noLevel.body).toMatchObject({ code: 'noLevel', params: { level: 'atlantis' } });
  expect(httpErrorText(noLevel.body, 'fr')).toBe('pas de niveau « atlantis »');
  // A body without a code (an old server, a proxy) falls back to its English, then to the caller's text.
  expect(httpErrorText({ error: 'gateway timeout' }, 'fr')).toBe('gateway timeout');
  expect(httpErrorText(null, 'fr', 'HTTP 502')).toBe('HTTP 502');
  expect(serverText({ code: 'levelHasErrors', params: { count: 2, line: 3, column: 7, text: 'x' } }, 'es')).toBe('el archivo del nivel tiene 2 errores; el primero, línea 3, columna 7: x');
});

test('the join answer names the seats in every language the level has, so the page never shows a role id', async () => {
  const session = await createSession(server.url, { language: 'es', bots: true, seatsPerTable: 3 });
  const joined = await post<{ seat: { role: string } | null; roles: { id: string; name: Record<string, string> }[] }>(`${server.url}/api/join`, { code: session.code, name: 'Lucía' });
  expect(joined.status).toBe(200);
  const lobby = joined.body.roles.find((r) => r.id === 'tnc-lobby');
  expect(lobby?.name).toEqual({ en: 'Technology-industry lobby', fr: "Lobby de l'industrie technologique", es: 'Lobby de la industria tecnológica' });
  const seat = joined.body.seat?.role as string;
  expect(seatName(joined.body.roles, seat, 'es')).not.toBe(seat);
  // Public names only: no objectives or values travel with them.
  expect(JSON.stringify(joined.body.roles)).not.toMatch(/objectives|values/);
});

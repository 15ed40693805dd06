/**
 * What a real class does to a workshop, over real sockets: a student opening the link in a second
 * tab, two students with one name, the facilitator ending the session mid-negotiation, a projector
 * opened after the chat began, a pause, a message from the facilitator, an old cached page, a lost
 * update, and requests whose errors must say what they answer.
 */
import { Client } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROTOCOL_VERSION } from '../../src/protocol/messages.js';
import type { Workshop } from '../../src/server/workshop.js';
import { act, createSession, facilitator, joinAsParticipant, post, Recorded, sleep, startServer, type Player, type Running } from './helpers.js';

let server: Running;
beforeAll(async () => {
  // Many sessions in one file: more creations a minute than the default allows one address.
  server = await startServer({ createsPerMinute: 100 });
});
afterAll(async () => {
  await server.close();
});

const workshopOf = (id: string): Workshop => server.api.sessions.get(id) as Workshop;
const closed = (r: Recorded): Promise<number> => new Promise((resolve) => r.room.onLeave((code: number) => resolve(code)));

describe('one seat per student', () => {
  test('a second tab with the same token takes the seat over; the first is told and closed, and never plays again', async () => {
    const session = await createSession(server.url, { bots: true });
    const f = await facilitator(server.url, session);
    const first = await joinAsParticipant(server.url, session.code, 'Ana');
    const firstClosed = closed(first.table);
    // The second tab: the same token (kept per session in localStorage) comes back through /api/join.
    const second = await joinAsParticipant(server.url, session.code, 'Ana', first.token);
    expect(second.participant).toBe(first.participant);
    expect(second.role).toBe(first.role);
    expect((await first.table.wait((m) => m.type === 'replaced')).payload.reason).toMatch(/another tab or device/);
    expect(await firstClosed).toBe(4011);
    const w = workshopOf(session.sessionId);
    expect(w.participants.size).toBe(1);
    expect(w.participants.get(first.participant)?.connections).toBe(1);

    await f.command({ command: 'start' });
    const u = await second.table.update((x) => x.view.phase === 'negotiating');
    expect(u.seats.filter((s: { controller: string }) => s.controller === 'human')).toHaveLength(1);
    // The first tab's connection is gone: it cannot send anything for the seat.
    expect(first.table.room.connection.isOpen).toBe(false);
    await second.table.room.leave();
    await f.room.leave();
  });

  test('two tabs waiting in the lobby: the newer one waits, the older one is told', async () => {
    const session = await createSession(server.url, { autoAssign: false });
    const joined = await post<{ token: string; workshopRoomId: string }>(`${server.url}/api/join`, { code: session.code, name: 'Bo' });
    const a = new Recorded(await new Client(server.url).joinById(joined.body.workshopRoomId, { token: joined.body.token, protocol: PROTOCOL_VERSION }));
    await a.wait((m) => m.type === 'participant');
    const aClosed = closed(a);
    const b = new Recorded(await new Client(server.url).joinById(joined.body.workshopRoomId, { token: joined.body.token, protocol: PROTOCOL_VERSION }));
    await b.wait((m) => m.type === 'participant');
    expect(await aClosed).toBe(4011);
    expect(a.messages.some((m) => m.type === 'replaced')).toBe(true);
    expect(b.messages.some((m) => m.type === 'replaced')).toBe(false);
    await b.room.leave();
  });

  test('the console warns about display names used twice', async () => {
    const session = await createSession(server.url, { autoAssign: false });
    const f = await facilitator(server.url, session);
    for (const name of ['Chen', 'Dara', ' chen ']) await post(`${server.url}/api/join`, { code: session.code, name });
    const state = await f.seen('console', (s) => s.participantList.length === 3);
    expect(state.duplicateNames).toEqual(['Chen']);
    await f.room.leave();
  });
});

describe('the end of a session', () => {
  test('ending mid-negotiation concludes every table with an outcome, scores, indicators and CSV values; participants are told', async () => {
    const session = await createSession(server.url, { tables: 3, bots: true, seatsPerTable: 1 });
    const f = await facilitator(server.url, session);
    const players: Player[] = [];
    for (const name of ['Ana', 'Bo']) players.push(await joinAsParticipant(server.url, session.code, name));
    await f.command({ command: 'start' });
    const [ana] = players as [Player];
    await ana.table.update((u) => u.view.phase === 'negotiating');
    const w = workshopOf(session.sessionId);
    // The humans never move: their tables wait on them, mid-negotiation (table 3 has only bots and may run on).
    await sleep(100);
    expect(w.tables[0]?.session.phase).toBe('negotiating');

    expect(await f.command({ command: 'end' })).toMatchObject({ ok: true });
    for (const t of w.tables) expect(t.session.phase).toBe('concluded');
    // Participants see the end and their table's debrief.
    for (const p of players) {
      const u = await p.table.update((x) => x.status === 'ended' && x.debrief !== null);
      expect(u.view.phase).toBe('concluded');
      expect(u.view.outcome).not.toBeNull();
    }
    // Every table's events say how it ended: timed-out turns, the final decision, votes (by the session's end).
    const events = w.tables[0]?.session.history ?? [];
    expect(events.some((e) => e.type === 'timeout')).toBe(true);
    const console_ = await f.seen('console', (s) => s.status === 'ended' && s.results.length === 3);
    expect(console_.results).toHaveLength(3);
    for (const r of console_.results) {
      expect(['agreement', 'noDeal']).toContain(r.outcome);
      expect(r.roles.every((x: { scoreVsNoDeal: number }) => Number.isFinite(x.scoreVsNoDeal))).toBe(true);
      expect(r.indicators.length).toBeGreaterThan(0);
    }
    // The CSV: a value in every value column of every row.
    const csv = await (await fetch(`${server.url}/api/sessions/${session.sessionId}/export.csv`, { headers: { 'x-facilitator-secret': session.secret } })).text();
    const [header, ...rows] = csv.trim().split('\r\n').map((line) => line.split('","').map((c) => c.replace(/^"|"$/g, '')));
    const valueColumns = (header ?? []).map((name, i) => ({ name, i })).filter(({ name }) => /value|score|gain|share|pareto|indicator_|no_deal_|outcome/.test(name));
    expect(rows).toHaveLength(3 * w.model.roleIds.length);
    for (const row of rows) for (const { name, i } of valueColumns) expect(row[i], `${name} is blank`).not.toBe('');
    // Controls that no longer apply are refused.
    for (const command of [{ command: 'start' }, { command: 'pause' }, { command: 'end' }]) expect(await f.command(command)).toMatchObject({ ok: false });
    expect((await act(ana, { type: 'endTurn' })).ok).toBe(false);
    for (const p of players) await p.table.room.leave();
    await f.room.leave();
  });

  test('a session ended before it started still gives every table a result', async () => {
    const session = await createSession(server.url, { tables: 2 });
    const f = await facilitator(server.url, session);
    expect(await f.command({ command: 'end' })).toMatchObject({ ok: true });
    const state = await f.seen('console', (s) => s.results.length === 2);
    expect(state.results.map((r: { outcome: string }) => r.outcome).every((o: string) => o === 'agreement' || o === 'noDeal')).toBe(true);
    await f.room.leave();
  });
});

describe('spectators, pause and messages', () => {
  test('a projector opening a table after chat was sent gets no chat, then or later', async () => {
    const session = await createSession(server.url);
    const ana = await joinAsParticipant(server.url, session.code, 'Ana');
    ana.table.room.send('chat', { text: 'before the projector' });
    await ana.table.wait((m) => m.type === 'chat' && m.payload.text === 'before the projector');
    const spectator = new Recorded(await new Client(server.url).joinById(ana.table.room.roomId, { spectator: true, code: session.code, protocol: PROTOCOL_VERSION }));
    await spectator.wait((m) => m.type === 'update');
    ana.table.room.send('chat', { text: 'after the projector' });
    await ana.table.wait((m) => m.type === 'chat' && m.payload.text === 'after the projector');
    await sleep(100);
    expect(spectator.messages.map((m) => m.type)).not.toContain('chat');
    expect(JSON.stringify(spectator.messages)).not.toContain('projector"');
    await spectator.room.leave();
    await ana.table.room.leave();
  });

  test('a pause reaches every participant and stops moves; the timer holds its time', async () => {
    const session = await createSession(server.url, { turnSeconds: 30, seatsPerTable: 1 });
    const f = await facilitator(server.url, session);
    const ana = await joinAsParticipant(server.url, session.code, 'Ana');
    await f.command({ command: 'start' });
    const running = await ana.table.update((u) => u.view.phase === 'negotiating' && u.view.turnRole === ana.role && u.timer.endsAt !== null);
    await f.command({ command: 'pause' });
    const paused = await ana.table.update((u) => u.status === 'paused');
    expect(paused.timer.paused).toBe(true);
    expect(paused.timer.endsAt).toBeLessThanOrEqual(running.timer.endsAt + 1000);
    expect(await act(ana, { type: 'endTurn' })).toMatchObject({ ok: false, reason: 'the session is paused' });
    await f.command({ command: 'resume' });
    await ana.table.update((u) => u.status === 'running' && !u.timer.paused);
    expect(await act(ana, { type: 'endTurn' })).toMatchObject({ ok: true });
    await ana.table.room.leave();
    await f.room.leave();
  });

  test('a message to every table, then to one table, reaches the right participants and the projector', async () => {
    const session = await createSession(server.url, { tables: 2, seatsPerTable: 1 });
    const f = await facilitator(server.url, session);
    const ana = await joinAsParticipant(server.url, session.code, 'Ana');
    const bo = await joinAsParticipant(server.url, session.code, 'Bo');
    expect(ana.table.room.roomId).not.toBe(bo.table.room.roomId);
    const projector = new Recorded(await new Client(server.url).joinById(`w_${session.sessionId}`, { spectator: true, code: session.code, protocol: PROTOCOL_VERSION }));
    expect(await f.command({ command: 'announce', text: 'Five minutes left', table: 'all' })).toMatchObject({ ok: true });
    for (const p of [ana, bo]) expect((await p.table.update((u) => u.announcement !== null)).announcement.text).toBe('Five minutes left');
    expect((await projector.seen('public', (s) => s.announcements.length === 1)).announcements[0]).toMatchObject({ text: 'Five minutes left', table: null });
    const boTable = Number(bo.table.room.roomId.split('_').pop());
    expect(await f.command({ command: 'announce', text: 'Table two: vote now', table: boTable })).toMatchObject({ ok: true });
    expect((await bo.table.update((u) => u.announcement?.text === 'Table two: vote now')).announcement.table).toBe(boTable);
    await sleep(50);
    expect(ana.table.last('update').announcement.text).toBe('Five minutes left');
    expect(await f.command({ command: 'announce', text: '', table: 'all' })).toMatchObject({ ok: true });
    await ana.table.update((u) => u.announcement === null);
    expect(await f.command({ command: 'announce', text: 'x', table: 7 })).toMatchObject({ ok: false });
    for (const p of [ana, bo]) await p.table.room.leave();
    await projector.room.leave();
    await f.room.leave();
  });
});

describe('protocol robustness', () => {
  test('an old cached page (no protocol version, or another one) is told to reload the page', async () => {
    const session = await createSession(server.url);
    const ana = await joinAsParticipant(server.url, session.code, 'Ana');
    const room = ana.table.room.roomId;
    await expect(new Client(server.url).joinById(room, { token: ana.token })).rejects.toThrow(/reload the page/);
    await expect(new Client(server.url).joinById(room, { token: ana.token, protocol: PROTOCOL_VERSION - 1 })).rejects.toThrow(/reload the page/);
    await expect(new Client(server.url).joinById(`w_${session.sessionId}`, { spectator: true, code: session.code })).rejects.toThrow(/reload the page/);
    await ana.table.room.leave();
  });

  test('every request with an id gets an answer carrying it, even when malformed or over the rate limit', async () => {
    const session = await createSession(server.url);
    const ana = await joinAsParticipant(server.url, session.code, 'Ana');
    const answered = new Set<number>();
    ana.table.room.onMessage('error', (e: { id?: number }) => void (e.id !== undefined && answered.add(e.id)));
    ana.table.room.onMessage('result', (r: { id: number }) => void answered.add(r.id));
    ana.table.room.send('act', { id: 7001, action: { type: 'fly' } });
    // A burst well past the rate limit (10/s, burst 20): every one is answered, refused or not.
    for (let i = 0; i < 40; i++) ana.table.room.send('act', { id: 8000 + i, action: { type: 'endTurn' } });
    const deadline = Date.now() + 3000;
    while (answered.size < 41 && Date.now() < deadline) await sleep(20);
    expect(answered.has(7001)).toBe(true);
    for (let i = 0; i < 40; i++) expect(answered.has(8000 + i), `request ${8000 + i}`).toBe(true);
    await ana.table.room.leave();
  });

  test('a client that lost track of the log asks for a full view and gets the whole log', async () => {
    const session = await createSession(server.url, { seatsPerTable: 1 });
    const f = await facilitator(server.url, session);
    const ana = await joinAsParticipant(server.url, session.code, 'Ana');
    await f.command({ command: 'start' });
    const u = await ana.table.update((x) => x.view.log.length > 1);
    const before = ana.table.messages.length;
    ana.table.room.send('sync', {});
    // Bots keep moving (their deltas go on); the answer to `sync` is an update that carries the whole log.
    const full = (await ana.table.wait((m) => m.type === 'update' && m.payload.log.from === 0, 5000, before)).payload;
    expect(full.log.entries.length).toBeGreaterThanOrEqual(u.view.log.length);
    await ana.table.room.leave();
    await f.room.leave();
  });
});

/**
 * The online workshop over real sockets: a full table of three humans, bots filling seats, the
 * facilitator's controls and event injection, chat and private channels, exports, and hidden
 * information (every message every client received is inspected).
 */
import { PROTOCOL_VERSION } from '../../src/protocol/messages.js';
import { Client } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Workshop } from '../../src/server/workshop.js';
import { act, createSession, facilitator, joinAsParticipant, playUntilConcluded, Recorded, sleep, startServer, type Player, type Received, type Running } from './helpers.js';
import { rid } from '../engine/helpers.js';

let server: Running;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

const workshopOf = (id: string): Workshop => server.api.sessions.get(id) as Workshop;
const PRIVATE_KEYS = new Set(['values', 'objectives', 'hand', 'deck', 'intel', 'noDealAdjustment']);

/** Paths (a.b.c) of every private-looking key in a message. */
function privatePaths(value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    const p = path ? `${path}.${Array.isArray(value) ? '#' : k}` : k;
    if (PRIVATE_KEYS.has(k)) out.push(p);
    out.push(...privatePaths(v, p));
  }
  return out;
}

/** Everything `role` received respects hidden information. */
function assertOnlyOwnInformation(messages: readonly Received[], role: string | null, othersObjectives: readonly string[]): void {
  for (const m of messages) {
    const text = JSON.stringify(m.payload);
    for (const objective of othersObjectives) expect(text.includes(objective), `${m.type} to ${role} leaks another role's objectives`).toBe(false);
    if (m.type === 'chat') {
      const { from, to } = m.payload as { from: string; to: string | null };
      if (role === null) expect(to, 'a spectator received private chat').toBeNull();
      else if (to !== null) expect(from === role || to === role, `private chat ${from}→${to} reached ${role}`).toBe(true);
      continue;
    }
    if (m.type === 'update') {
      const u = m.payload as { you: string | null; view: { self: { role: string } | null; phase: string }; debrief: unknown };
      expect(u.you).toBe(role);
      if (role === null) expect(u.view.self).toBeNull();
      else expect(u.view.self?.role).toBe(role);
      const allowed = privatePaths(u).filter((p) => !p.startsWith('view.self.') && !(u.view.phase === 'concluded' && p.startsWith('debrief.')));
      expect(allowed, `private keys outside the player's own view in an update to ${role}`).toEqual([]);
      if (u.view.phase !== 'concluded') expect(u.debrief).toBeNull();
      continue;
    }
    // welcome (the public level), result, error, moved: nothing private at all.
    expect(privatePaths(m.payload), `${m.type} to ${role}`).toEqual([]);
  }
}

describe('a full table of three humans', () => {
  let players: Player[];
  let spectator: Recorded;
  let projector: Recorded;
  let session: Awaited<ReturnType<typeof createSession>>;

  test('three participants join by code, get distinct seats and play to the outcome', async () => {
    session = await createSession(server.url, { bots: false });
    expect(session.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/);
    const f = await facilitator(server.url, session);
    players = [];
    for (const name of ['Ana', 'Bo', 'Cy']) players.push(await joinAsParticipant(server.url, session.code.toLowerCase(), name));
    expect(new Set(players.map((p) => p.role))).toEqual(new Set(['developing', 'proponents', 'tnc-lobby']));
    spectator = new Recorded(await new Client(server.url).joinById(`t_${session.sessionId}_0`, { spectator: true, code: session.code, protocol: PROTOCOL_VERSION }));
    await spectator.wait((m) => m.type === 'update');
    projector = new Recorded(await new Client(server.url).joinById(`w_${session.sessionId}`, { spectator: true, code: session.code, protocol: PROTOCOL_VERSION }));
    await projector.wait((m) => m.type === 'public');

    // Before the start, moves are refused.
    expect((await act(players[0] as Player, { type: 'endTurn' })).ok).toBe(false);
    expect(await f.command({ command: 'start' })).toMatchObject({ ok: true });

    // Table chat and a private side-deal channel.
    const [a, b, c] = players as [Player, Player, Player];
    a.table.room.send('chat', { text: 'Hello table' });
    a.table.room.send('private', { to: b.role, text: 'Side deal: data flows for duties?' });
    await b.table.wait((m) => m.type === 'chat' && m.payload.to === b.role);
    await c.table.wait((m) => m.type === 'chat' && m.payload.text === 'Hello table');
    await f.wait((m) => m.type === 'chat' && m.payload.to === b.role);

    await playUntilConcluded(players);
    for (const p of players) {
      const u = await p.table.update((x) => x.debrief !== null);
      expect(u.view.phase).toBe('concluded');
      expect(u.debrief.result.roles[p.role]).toBeDefined();
    }
    const w = workshopOf(session.sessionId);
    expect(w.tables[0]?.session.phase).toBe('concluded');
    // The facilitator's cross-table debrief has the table's result.
    const consoleState = (await f.wait((m) => m.type === 'console' && m.payload.results.length === 1)).payload;
    expect(consoleState.results[0].paretoDistance).toBeGreaterThanOrEqual(0);
    await f.room.leave();
  });

  test('no client ever received another role\'s private information or others\' private chat', async () => {
    const level = workshopOf(session.sessionId).model.level;
    for (const p of players) {
      const others = level.roles.filter((r) => r.id !== p.role).map((r) => r.objectives.en as string);
      assertOnlyOwnInformation(p.table.messages, p.role, others);
      // C never saw A's private message to B.
      if (p.role !== players[0]?.role && p.role !== players[1]?.role) expect(p.table.messages.some((m) => m.type === 'chat' && m.payload.to !== null)).toBe(false);
    }
    assertOnlyOwnInformation(spectator.messages, null, level.roles.map((r) => r.objectives.en as string));
    expect(spectator.messages.some((m) => m.type === 'chat')).toBe(false);
    // The projector's session view: public summaries only (no chat, no role's secrets).
    expect(projector.messages.length).toBeGreaterThan(1);
    for (const m of projector.messages) {
      expect(m.type).toBe('public');
      expect(privatePaths(m.payload)).toEqual([]);
      for (const r of level.roles) expect(JSON.stringify(m.payload)).not.toContain(r.objectives.en as string);
      expect(JSON.stringify(m.payload)).not.toContain('Side deal');
    }
    await projector.room.leave();
    for (const p of players) await p.table.room.leave();
    await spectator.room.leave();
  });
});

test('bots fill the empty seats and the computer-played role', async () => {
  const session = await createSession(server.url, { bots: true });
  const f = await facilitator(server.url, session);
  const solo = await joinAsParticipant(server.url, session.code, 'Solo');
  await f.command({ command: 'start' });
  const u = await solo.table.update((x) => x.view.phase !== 'briefing');
  expect(u.seats.filter((s: { controller: string }) => s.controller === 'bot')).toHaveLength(3);
  await playUntilConcluded([solo]);
  const history = workshopOf(session.sessionId).tables[0]?.session.history ?? [];
  const movers = new Set(history.flatMap((e) => ('role' in e ? [e.role] : [])));
  expect(movers.size).toBeGreaterThanOrEqual(3);
  await solo.table.room.leave();
  await f.room.leave();
});

test('facilitator controls: start, pause, resume, timers, injected events, mute, end, exports', async () => {
  const session = await createSession(server.url, { tables: 2, bots: false, seatsPerTable: 1, autoAssign: false });
  const f = await facilitator(server.url, session);
  const w = workshopOf(session.sessionId);
  // Manual seating: the participant waits until the facilitator gives a seat.
  const joining = joinAsParticipant(server.url, session.code, 'Dee');
  await f.seen('console', (s) => s.participantList.length === 1);
  expect(await f.command({ command: 'assign', participant: 'p1', table: 1, role: 'developing' })).toMatchObject({ ok: true });
  const dee = await joining;
  expect(dee.role).toBe('developing');
  expect(dee.table.room.roomId).toBe(`t_${session.sessionId}_1`);
  // A second participant, seated at table 1 by "seat everyone waiting", keeps it from running to its end.
  const joiningEve = joinAsParticipant(server.url, session.code, 'Eve');
  await f.seen('console', (s) => s.participantList.length === 2);
  expect(await f.command({ command: 'autoAssign' })).toMatchObject({ ok: true });
  const eve = await joiningEve;
  expect(eve.table.room.roomId).toBe(`t_${session.sessionId}_0`);

  expect(await f.command({ command: 'pause' })).toMatchObject({ ok: false });
  expect(await f.command({ command: 'start' })).toMatchObject({ ok: true });
  expect(await f.command({ command: 'start' })).toMatchObject({ ok: false });
  const table = w.tables[1];
  if (!table) throw new Error('no table');
  await dee.table.update((u) => u.view.phase === 'negotiating');

  // Pause: moves are refused and nothing moves on.
  expect(await f.command({ command: 'pause' })).toMatchObject({ ok: true });
  const paused = await dee.table.update((u) => u.status === 'paused');
  expect(paused.status).toBe('paused');
  const before = table.session.history.length;
  const refused = await act(dee, { type: 'endTurn' });
  expect(refused).toMatchObject({ ok: false, reason: 'the session is paused' });
  await sleep(150);
  expect(table.session.history.length).toBe(before);
  expect(await f.command({ command: 'resume' })).toMatchObject({ ok: true });

  // A one-second turn timer: the empty seats pass at once, Dee's turn times out by itself.
  expect(await f.command({ command: 'setTimer', seconds: 1 })).toMatchObject({ ok: true });
  await act(dee, { type: 'endTurn' });
  const timedOut = await dee.table.update((u) => u.view.log.some((e: { kind: string; role?: string; timedOut?: boolean }) => e.kind === 'endTurn' && e.role === 'developing' && e.timedOut), 8000);
  expect(timedOut).toBeDefined();
  expect(await f.command({ command: 'setTimer', seconds: 0 })).toMatchObject({ ok: true });

  // Inject into one table, then into all.
  const injectable = w.model.level.events.find((e) => e.trigger === 'facilitator')?.id as string;
  expect(await f.command({ command: 'inject', event: injectable, table: 1 })).toMatchObject({ ok: true });
  const injected = (t: number): number => w.tables[t]?.session.log.filter((e) => e.kind === 'event' && e.trigger === 'facilitator').length ?? 0;
  expect([injected(0), injected(1)]).toEqual([0, 1]);
  expect(await f.command({ command: 'inject', event: injectable, table: 'all' })).toMatchObject({ ok: true });
  expect([injected(0), injected(1)]).toEqual([1, 2]);
  expect(await f.command({ command: 'inject', event: 'no-such-event', table: 'all' })).toMatchObject({ ok: false });

  // Mute: Dee's chat is refused; unmuted, it goes through.
  expect(await f.command({ command: 'mute', participant: 'p1', muted: true })).toMatchObject({ ok: true });
  await dee.table.update((u) => u.muted);
  dee.table.room.send('chat', { text: 'can anyone hear me?' });
  expect((await dee.table.next('error')).reason).toMatch(/muted/);
  expect(await f.command({ command: 'mute', participant: 'p1', muted: false })).toMatchObject({ ok: true });
  await dee.table.update((u) => !u.muted);
  dee.table.room.send('chat', { text: 'back again' });
  await f.wait((m) => m.type === 'chat' && m.payload.text === 'back again');

  // End: everything stops.
  expect(await f.command({ command: 'end' })).toMatchObject({ ok: true });
  await dee.table.update((u) => u.status === 'ended');
  expect((await act(dee, { type: 'endTurn' })).ok).toBe(false);

  // Exports need the secret.
  expect((await fetch(`${server.url}/api/sessions/${session.sessionId}/export.csv`)).status).toBe(403);
  expect((await fetch(`${server.url}/api/sessions/${session.sessionId}/export.csv`, { headers: { 'x-facilitator-secret': 'x'.repeat(40) } })).status).toBe(403);
  const csv = await (await fetch(`${server.url}/api/sessions/${session.sessionId}/export.csv`, { headers: { 'x-facilitator-secret': session.secret } })).text();
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toContain('"score_vs_no_deal"');
  expect(lines).toHaveLength(1 + 2 * w.model.roleIds.length);
  expect(csv).toContain('"Dee"');
  const json = (await (await fetch(`${server.url}/api/sessions/${session.sessionId}/export.json`, { headers: { 'x-facilitator-secret': session.secret } })).json()) as {
    tables: { events: { by: string; e: { type: string } }[]; chat: { text: string }[] }[];
    timeline: { k: string }[];
  };
  expect(json.tables[1]?.events.some((e) => e.e.type === 'inject' && e.by === 'facilitator')).toBe(true);
  expect(json.tables[1]?.chat.map((c) => c.text)).toContain('back again');
  expect(json.timeline.map((r) => r.k)).toEqual(expect.arrayContaining(['participant', 'assign', 'status', 'timer', 'mute']));
  expect(JSON.stringify(json)).not.toContain('tokenHash');
  await dee.table.room.leave();
  await eve.table.room.leave();
  await f.room.leave();
});

test('a participant moved by the facilitator is told where to go and cannot stay at the old table', async () => {
  const session = await createSession(server.url, { tables: 2, bots: true, seatsPerTable: 3 });
  const f = await facilitator(server.url, session);
  const ana = await joinAsParticipant(server.url, session.code, 'Ana');
  expect(ana.table.room.roomId).toBe(`t_${session.sessionId}_0`);
  expect(await f.command({ command: 'assign', participant: ana.participant, table: 1, role: 'tnc-lobby' })).toMatchObject({ ok: true });
  const moved = await ana.table.next('moved');
  expect(moved.roomId).toBe(`t_${session.sessionId}_1`);
  // The old table no longer accepts the token; the new one does, with the new seat.
  await expect(new Client(server.url).joinById(`t_${session.sessionId}_0`, { token: ana.token, protocol: PROTOCOL_VERSION })).rejects.toThrow();
  const again = new Recorded(await new Client(server.url).joinById(moved.roomId, { token: ana.token, protocol: PROTOCOL_VERSION }));
  const u = await again.update(() => true);
  expect(u.you).toBe('tnc-lobby');
  const w = workshopOf(session.sessionId);
  expect(w.tables[0]?.participantAt(rid('developing'))).toBeNull();
  expect(w.tables[1]?.participantAt(rid('tnc-lobby'))).toBe(ana.participant);
  await again.room.leave();
  await f.room.leave();
});

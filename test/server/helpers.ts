/* eslint-disable @typescript-eslint/no-explicit-any -- recorded payloads are wire data the tests inspect freely */
/**
 * Test harness for the online server: a real HTTP server on a random loopback port with the
 * workshop server attached, and real @colyseus/sdk clients that record every message they get.
 */
import { Client, type Room } from '@colyseus/sdk';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachGameServer, type GameServer, type GameServerOptions } from '../../src/server/game-server.js';
import { applyLogDelta, PROTOCOL_VERSION, type CreateSessionResponse, type JoinResponse, type ParticipantState } from '../../src/protocol/messages.js';

export interface Running {
  readonly url: string;
  readonly port: number;
  readonly api: GameServer;
  readonly http: Server;
  readonly dataDir: string;
  close(): Promise<void>;
}

export async function startServer(options: Partial<GameServerOptions> = {}): Promise<Running> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'ministerial-test-'));
  const http = createServer((req, res) => {
    if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
      return;
    }
    res.writeHead(404);
    res.end();
  });
  const api = await attachGameServer(http, { botDelayMs: 0, holdSeatMs: 400, ...options, dataDir });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    api,
    http,
    dataDir,
    async close() {
      await api.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

export async function post<T>(url: string, body: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as T };
}

export async function createSession(url: string, body: Record<string, unknown> = {}): Promise<CreateSessionResponse> {
  const res = await post<CreateSessionResponse>(`${url}/api/sessions`, { level: 'tutorial', tables: 1, seatsPerTable: 3, bots: true, turnSeconds: 0, ...body });
  if (res.status !== 201) throw new Error(`create session: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export interface Received {
  readonly type: string;
  readonly payload: any;
}

/** A room whose every message is kept, with a helper to wait for one. */
export class Recorded {
  readonly messages: Received[] = [];
  private waiters: { test: (m: Received) => boolean; resolve: (m: Received) => void }[] = [];
  private log: any[] = [];
  constructor(readonly room: Room) {
    room.onMessage('*', (type, payload: any) => {
      const m = { type: String(type), payload };
      // Updates carry the log as a delta: keep the assembled log in the view, as a client does.
      if (m.type === 'update') {
        const log = applyLogDelta(this.log, payload.log);
        if (log === null) throw new Error(`a gap in the log deltas: kept ${this.log.length}, update from ${payload.log.from}`);
        this.log = log;
        payload.view.log = this.log;
      }
      this.messages.push(m);
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(m)) return true;
        w.resolve(m);
        return false;
      });
    });
  }

  last(type: string): any {
    for (let i = this.messages.length - 1; i >= 0; i--) if (this.messages[i]?.type === type) return this.messages[i]?.payload;
    return undefined;
  }

  /** Resolves with the first message (already received, or to come) that passes the test. */
  wait(test: (m: Received) => boolean, timeoutMs = 10_000, fromIndex = 0): Promise<Received> {
    const found = this.messages.slice(fromIndex).find(test);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting; last messages: ${JSON.stringify(this.messages.slice(-3).map((m) => m.type))}`)), timeoutMs);
      this.waiters.push({ test, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }

  /** A message of a type that passes the test, already received or to come: for states that, once reached, stay. */
  seen(type: string, test: (payload: any) => boolean = () => true, timeoutMs = 10_000): Promise<any> {
    return this.wait((m) => m.type === type && test(m.payload), timeoutMs).then((m) => m.payload);
  }

  /** The next message of a type after now. */
  next(type: string, test: (payload: any) => boolean = () => true, timeoutMs = 10_000): Promise<any> {
    return this.wait((m) => m.type === type && test(m.payload), timeoutMs, this.messages.length).then((m) => m.payload);
  }

  /** Wait for an update that passes the test (the latest one first). */
  async update(test: (payload: any) => boolean, timeoutMs = 10_000): Promise<any> {
    const last = this.last('update');
    if (last && test(last)) return last;
    return this.next('update', test, timeoutMs);
  }
}

let actId = 1;
/** Send a move and wait for the server's answer to it. */
export async function act(who: Recorded | Player, action: Record<string, unknown>): Promise<{ ok: boolean; reason?: string }> {
  const r = who instanceof Recorded ? who : who.table;
  const id = actId++;
  const reply = Promise.race([r.next('result', (p) => p.id === id), r.next('error', (p) => p.id === id).then((e) => ({ ok: false, reason: e.reason as string }))]);
  r.room.send('act', { id, action });
  return reply;
}

export interface Player {
  readonly name: string;
  readonly token: string;
  readonly participant: string;
  readonly table: Recorded;
  readonly role: string;
  readonly sdk: Client;
}

/** Join by code as a participant, wait for a seat, and sit at the table. */
export async function joinAsParticipant(url: string, code: string, name: string, token?: string): Promise<Player> {
  const joined = await post<JoinResponse>(`${url}/api/join`, { code, name, ...(token ? { token } : {}) });
  if (joined.status !== 200) throw new Error(`join: ${joined.status} ${JSON.stringify(joined.body)}`);
  const sdk = new Client(url);
  const lobby = new Recorded(await sdk.joinById(joined.body.workshopRoomId, { token: joined.body.token, protocol: PROTOCOL_VERSION }));
  const state = (await lobby.wait((m) => m.type === 'participant' && m.payload.seat !== null)).payload as ParticipantState;
  await lobby.room.leave();
  const seat = state.seat as NonNullable<ParticipantState['seat']>;
  const table = new Recorded(await sdk.joinById(seat.roomId, { token: joined.body.token, protocol: PROTOCOL_VERSION }));
  await table.wait((m) => m.type === 'update');
  return { name, token: joined.body.token, participant: joined.body.participant, table, role: seat.role, sdk };
}

export async function facilitator(url: string, session: CreateSessionResponse): Promise<Recorded & { command(c: Record<string, unknown>): Promise<any> }> {
  const sdk = new Client(url);
  const r = new Recorded(await sdk.joinById(`w_${session.sessionId}`, { facilitator: session.secret, protocol: PROTOCOL_VERSION })) as Recorded & { command(c: Record<string, unknown>): Promise<any> };
  await r.wait((m) => m.type === 'console');
  r.command = (command) => {
    const id = actId++;
    const reply = Promise.race([r.next('result', (p) => p.id === id), r.next('error', (p) => p.id === id)]);
    r.room.send('command', { secret: session.secret, id, command });
    return reply;
  };
  return r;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Play a human seat the simple way: on its turn, accept the first open offer it can, otherwise end
 * the turn; in the final decision, vote yes. Returns when the table has concluded.
 */
export async function playUntilConcluded(players: readonly Player[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (Date.now() > deadline) throw new Error('game did not conclude in time');
    const views = players.map((p) => p.table.last('update'));
    if (views.every((u) => u?.view.phase === 'concluded' && u.debrief)) return;
    let moved = false;
    for (let i = 0; i < players.length; i++) {
      const p = players[i] as Player;
      const u = views[i];
      if (!u) continue;
      const v = u.view;
      if (v.phase === 'negotiating' && v.turnRole === p.role) {
        await act(p.table, { type: 'endTurn' });
        moved = true;
      } else if (v.phase === 'finalDecision' && v.self && !(p.role in v.votes) && v.candidate !== null) {
        await act(p.table, { type: 'vote', accept: true });
        moved = true;
      }
    }
    if (!moved) await sleep(20);
    else await sleep(5);
  }
}

export interface StartedTable {
  readonly session: CreateSessionResponse;
  readonly a: Player;
  readonly b: Player;
  /** A projector-style spectator at the table (public information only). */
  readonly spectator: Recorded;
  readonly f: Awaited<ReturnType<typeof facilitator>>;
}

/** A started one-table tutorial session: two participants (Ana, Bo), bots in the other seats, a spectator and the facilitator. */
export async function startedTutorialTable(url: string): Promise<StartedTable> {
  const session = await createSession(url, { level: 'tutorial', tables: 1, seatsPerTable: 2, bots: true });
  const a = await joinAsParticipant(url, session.code, 'Ana');
  const b = await joinAsParticipant(url, session.code, 'Bo');
  const spectator = new Recorded(await new Client(url).joinById(`t_${session.sessionId}_0`, { spectator: true, code: session.code, protocol: PROTOCOL_VERSION }));
  const f = await facilitator(url, session);
  await f.command({ command: 'start' });
  return { session, a, b, spectator, f };
}

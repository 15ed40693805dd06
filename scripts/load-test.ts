/**
 * Load test for the online server: `npm run load-test [-- --tables 300 --seconds 30 --json]`.
 *
 * 1. Starts one server process (`node --expose-gc --import tsx src/server/main.ts`) on a free
 *    loopback port with a fresh data directory, and reads its memory (after GC) from /api/stats.
 * 2. Opens `tables` tables (sessions of up to 100 tables) and joins 3 participants per table with
 *    real @colyseus/sdk clients over WebSockets; every table then plays: the participant whose turn
 *    it is puts a package on the table, then ends the turn, one move per table every `interval` ms.
 * 3. For every accepted move, measures the time until EVERY client of the table has received the
 *    update that carries it (from the moment the server accepted it, same clock, and from the
 *    moment the client sent it), and reads the server's memory again.
 * 4. Runs a bare `ws` echo server (another process) with the same number of "tables" of 3 clients
 *    at the same rate and payload size, broadcasting each message to its table: the baseline.
 *
 * Loopback only; every count and duration is bounded; it stops by itself.
 */
import { Client, type Room } from '@colyseus/sdk';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { PROTOCOL_VERSION, type CreateSessionResponse, type JoinResponse, type TableUpdate } from '../src/protocol/messages.js';

const { values: args } = parseArgs({
  options: {
    tables: { type: 'string', default: '300' },
    seconds: { type: 'string', default: '30' },
    interval: { type: 'string', default: '1000' },
    level: { type: 'string', default: 'buenos-aires-2017' },
    json: { type: 'boolean', default: false },
  },
});
const TABLES = Math.min(1000, Math.max(1, Number(args.tables)));
const SECONDS = Math.min(300, Math.max(5, Number(args.seconds)));
const INTERVAL = Math.max(100, Number(args.interval));
const LEVEL = String(args.level);
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});
const now = (): number => performance.timeOrigin + performance.now();
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const log = (s: string): void => {
  if (!args.json) process.stderr.write(`${s}\n`);
};

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

async function waitUp(url: string, proc: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (proc.exitCode !== null) throw new Error('server process exited');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await sleep(100);
  }
  throw new Error('server did not start');
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function summary(samples: number[]): { n: number; p50: number; p95: number; p99: number; max: number } {
  const s = samples.slice().sort((a, b) => a - b);
  const r = (x: number): number => Math.round(x * 10) / 10;
  return { n: s.length, p50: r(percentile(s, 50)), p95: r(percentile(s, 95)), p99: r(percentile(s, 99)), max: r(s[s.length - 1] ?? NaN) };
}

async function pool<T>(items: readonly T[], concurrency: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i] as T, i);
      }
    }),
  );
}

interface Seat {
  room: Room;
  role: string;
  last: TableUpdate | null;
  bytes: number;
  updates: number;
}
/** JSON size of a sample of the updates received (every 20th), for the baseline's payload. */
const updateSizes: number[] = [];

interface Pending {
  target: number;
  sentAt: number;
  got: Set<number>;
  acceptedAt: number;
  done: boolean;
}

// ---------------------------------------------------------------------------------------------
// Colyseus server under load

async function colyseusRun(): Promise<Record<string, unknown>> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'ministerial-load-'));
  const server = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, BOT_DELAY_MS: '0', JOIN_ATTEMPTS_PER_MINUTE: '100000', HOLD_SEAT_SECONDS: '600' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.add(server);
  try {
    await waitUp(`${url}/health`, server);
    const stats = async (): Promise<{ rss: number; heapUsed: number; tables: number }> => (await (await fetch(`${url}/api/stats?gc=1`)).json()) as never;
    await sleep(500);
    const before = await stats();
    log(`server up on ${url}; rss ${(before.rss / 1e6).toFixed(1)} MB; opening ${TABLES} tables…`);

    const sessions: CreateSessionResponse[] = [];
    for (let left = TABLES; left > 0; left -= 100) {
      const res = await fetch(`${url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ level: LEVEL, tables: Math.min(100, left), seatsPerTable: 3, bots: false, turnSeconds: 0 }),
      });
      if (res.status !== 201) throw new Error(`create session: ${res.status} ${await res.text()}`);
      sessions.push((await res.json()) as CreateSessionResponse);
    }
    const pending: (Pending | null)[] = Array.from({ length: TABLES }, () => null);
    const fromAccept: number[] = [];
    const fromSend: number[] = [];
    const tables: Seat[][] = Array.from({ length: TABLES }, () => []);
    const joinList = sessions.flatMap((s, si) => Array.from({ length: Math.min(100, TABLES - si * 100) * 3 }, (_, i) => ({ s, i })));
    const sdk = new Client(url);
    const t0 = Date.now();
    await pool(joinList, 24, async ({ s, i }) => {
      const res = await fetch(`${url}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: s.code, name: `p${i}` }) });
      const joined = (await res.json()) as JoinResponse;
      if (!joined.seat) throw new Error('no seat');
      const room = await sdk.joinById(joined.seat.roomId, { token: joined.token, protocol: PROTOCOL_VERSION });
      room.reconnection.enabled = false;
      const tableIndex = sessions.indexOf(s) * 100 + joined.seat.table;
      const seat: Seat = { room, role: joined.seat.role, last: null, bytes: 0, updates: 0 };
      (tables[tableIndex] as Seat[]).push(seat);
      room.onMessage('welcome', () => undefined);
      room.onMessage('chat', () => undefined);
      room.onMessage('result', () => undefined);
      room.onMessage('error', () => undefined);
      room.onMessage('update', (u: TableUpdate) => {
        seat.last = u;
        seat.updates++;
        if (seat.updates % 20 === 0) updateSizes.push(JSON.stringify(u).length);
        onUpdate(tableIndex, (tables[tableIndex] as Seat[]).indexOf(seat), u);
      });
    });
    log(`${joinList.length} clients joined in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    // Start every session.
    for (const s of sessions) {
      const f = await sdk.joinById(`w_${s.sessionId}`, { facilitator: s.secret, protocol: PROTOCOL_VERSION });
      f.onMessage('*', () => undefined);
      f.send('command', { secret: s.secret, id: 1, command: { command: 'start' } });
      await sleep(100);
      await f.leave();
    }
    await sleep(1000);
    const connected = await stats();

    function onUpdate(table: number, seatIndex: number, u: TableUpdate): void {
      const p = pending[table];
      if (!p || p.done || u.events < p.target) return;
      if (p.acceptedAt === 0) p.acceptedAt = u.lastEventAt;
      p.got.add(seatIndex);
      if (p.got.size === 3) {
        const t = now();
        p.done = true;
        fromAccept.push(t - p.acceptedAt);
        fromSend.push(t - p.sentAt);
        pending[table] = null;
      }
    }

    let sent = 0;
    let refused = 0;
    const endAt = Date.now() + SECONDS * 1000;
    log(`playing for ${SECONDS} s: one move per table every ${INTERVAL} ms…`);
    await Promise.all(
      tables.map(async (seats, table) => {
        await sleep(Math.random() * INTERVAL);
        while (Date.now() < endAt) {
          const started = Date.now();
          const seatWithView = seats.find((s) => s.last);
          const v = seatWithView?.last?.view;
          if (!v || v.phase === 'concluded') break;
          const mover = v.phase === 'negotiating' ? seats.find((s) => s.role === v.turnRole) : seats.find((s) => s.last?.view.self && !(s.role in (s.last?.view.votes ?? {})));
          if (mover?.last && !pending[table]) {
            const mine = mover.last.view;
            let action: Record<string, unknown>;
            if (mine.phase === 'finalDecision') action = { type: 'vote', accept: true };
            else if (!mine.self?.offeredThisTurn) {
              const pkg: Record<string, number> = {};
              ISSUES.forEach((issue, i) => {
                const options = mine.available[i] ?? [];
                const open = options.map((ok, j) => (ok ? j : -1)).filter((j) => j >= 0);
                pkg[issue] = open[Math.floor(Math.random() * open.length)] ?? 0;
              });
              action = { type: 'offer', package: pkg };
            } else action = { type: 'endTurn' };
            pending[table] = { target: mover.last.events + 1, sentAt: now(), got: new Set(), acceptedAt: 0, done: false };
            const id = ++sent;
            const reply = new Promise<boolean>((resolve) => {
              const off = mover.room.onMessage('result', (r: { id: number; ok: boolean }) => {
                if (r.id !== id) return;
                off();
                resolve(r.ok);
              });
              setTimeout(() => resolve(false), 5000);
            });
            mover.room.send('act', { id, action });
            if (!(await reply)) {
              refused++;
              pending[table] = null;
            }
          }
          await sleep(Math.max(10, INTERVAL - (Date.now() - started)));
        }
      }),
    );
    const during = await stats();
    const updates = tables.flat().reduce((n, s) => n + s.updates, 0);
    const bytes = updateSizes.reduce((a, b) => a + b, 0) / Math.max(1, updateSizes.length);
    for (const s of tables.flat()) await s.room.leave().catch(() => undefined);
    return {
      clients: joinList.length,
      tables: TABLES,
      movesSent: sent,
      movesRefused: refused,
      movesMeasured: fromAccept.length,
      updatesReceived: updates,
      meanUpdateJsonBytes: Math.round(bytes),
      latencyFromAcceptMs: summary(fromAccept),
      latencyFromSendMs: summary(fromSend),
      memory: {
        rssBeforeMB: +(before.rss / 1e6).toFixed(1),
        rssWithTablesMB: +(connected.rss / 1e6).toFixed(1),
        rssAfterPlayMB: +(during.rss / 1e6).toFixed(1),
        heapBeforeMB: +(before.heapUsed / 1e6).toFixed(1),
        heapAfterPlayMB: +(during.heapUsed / 1e6).toFixed(1),
        rssPerTableKB: Math.round((during.rss - before.rss) / 1024 / TABLES),
        heapPerTableKB: Math.round((during.heapUsed - before.heapUsed) / 1024 / TABLES),
      },
    };
  } finally {
    server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The level's issue ids, in order (a package names an option for each). */
let ISSUES: readonly string[] = [];

// ---------------------------------------------------------------------------------------------
// Baseline: a bare ws server that broadcasts each message to its "table" of 3

const ECHO_SERVER = `
const { WebSocketServer } = require('ws');
const wss = new WebSocketServer({ host: '127.0.0.1', port: Number(process.argv[1]) });
const tables = new Map();
wss.on('connection', (ws, req) => {
  const t = new URL(req.url, 'http://x').searchParams.get('t');
  if (!tables.has(t)) tables.set(t, new Set());
  tables.get(t).add(ws);
  ws.on('message', (data) => { for (const c of tables.get(t)) c.send(data); });
});
wss.on('listening', () => process.stdout.write('up\\n'));
`;

async function echoRun(payloadBytes: number): Promise<Record<string, unknown>> {
  const port = await freePort();
  const server = spawn(process.execPath, ['-e', ECHO_SERVER, String(port)], { stdio: ['ignore', 'pipe', 'inherit'], cwd: process.cwd() });
  children.add(server);
  await new Promise<void>((resolve) => server.stdout?.once('data', () => resolve()));
  try {
    const pad = 'x'.repeat(Math.max(0, payloadBytes - 40));
    const samples: number[] = [];
    const tables: WebSocket[][] = [];
    await pool(Array.from({ length: TABLES }, (_, i) => i), 24, async (t) => {
      const seats: WebSocket[] = [];
      for (let i = 0; i < 3; i++) {
        const ws = new WebSocket(`ws://127.0.0.1:${port}/?t=${t}`);
        await new Promise((r) => ws.once('open', r));
        seats.push(ws);
      }
      tables[t] = seats;
    });
    const endAt = Date.now() + Math.min(SECONDS, 20) * 1000;
    await Promise.all(
      tables.map(async (seats) => {
        await sleep(Math.random() * INTERVAL);
        while (Date.now() < endAt) {
          const started = Date.now();
          const sentAt = now();
          let got = 0;
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, 5000);
            for (const ws of seats) {
              ws.once('message', () => {
                if (++got === 3) {
                  samples.push(now() - sentAt);
                  clearTimeout(timer);
                  resolve();
                }
              });
            }
            seats[0]?.send(JSON.stringify({ sentAt, pad }));
          });
          await sleep(Math.max(10, INTERVAL - (Date.now() - started)));
        }
      }),
    );
    for (const ws of tables.flat()) ws.terminate();
    return { clients: TABLES * 3, tables: TABLES, payloadBytes, latencyMs: summary(samples) };
  } finally {
    server.kill('SIGKILL');
  }
}

// ---------------------------------------------------------------------------------------------

const levelRes = await import('../src/server/levels.js');
const library = new levelRes.LevelLibrary(join(process.cwd(), 'levels'), join(process.cwd(), 'seeds', 'evidence.yaml'));
const model = library.get(LEVEL);
if (!model) throw new Error(`no level ${LEVEL}`);
ISSUES = model.issueIds;

const colyseus = await colyseusRun();
log('baseline: bare ws broadcast server…');
const baseline = await echoRun(Number(colyseus.meanUpdateJsonBytes) || 1000);
const report = { command: `npm run load-test -- --tables ${TABLES} --seconds ${SECONDS} --interval ${INTERVAL}`, level: LEVEL, colyseus, baseline };
if (args.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else {
  const c = colyseus as { latencyFromAcceptMs: ReturnType<typeof summary>; latencyFromSendMs: ReturnType<typeof summary>; memory: Record<string, number> };
  const b = baseline as { latencyMs: ReturnType<typeof summary> };
  const row = (name: string, s: ReturnType<typeof summary>): string => `${name.padEnd(44)} ${String(s.n).padStart(7)} ${String(s.p50).padStart(8)} ${String(s.p95).padStart(8)} ${String(s.p99).padStart(8)} ${String(s.max).padStart(8)}`;
  console.log(`\n${TABLES} tables, ${TABLES * 3} clients, one move per table every ${INTERVAL} ms, ${SECONDS} s (level ${LEVEL})\n`);
  console.log(`${'latency to every client of the table (ms)'.padEnd(44)} ${'n'.padStart(7)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'p99'.padStart(8)} ${'max'.padStart(8)}`);
  console.log(row('server: accepted move → all 3 updates', c.latencyFromAcceptMs));
  console.log(row('server: move sent → all 3 updates', c.latencyFromSendMs));
  console.log(row(`baseline ws echo (${String(baseline.payloadBytes)} B) → all 3`, b.latencyMs));
  console.log('\nserver memory:', c.memory);
  console.log(`moves sent ${String(colyseus.movesSent)}, refused ${String(colyseus.movesRefused)}, updates received ${String(colyseus.updatesReceived)}, mean update ${String(colyseus.meanUpdateJsonBytes)} B (JSON)`);
}
process.exit(0);

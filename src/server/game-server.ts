/**
 * The online workshop server, mounted on an existing HTTP server (the one that serves the built
 * game and /health): Colyseus on a WebSocket transport for the rooms, plus a small JSON API for
 * what happens before a socket exists (create a session, join by code, export results).
 *
 *   await attachGameServer(httpServer, { dataDir: './data', sessionTtlMs, holdSeatMs });
 *
 * It puts its request handler in front of the server's own (which keeps serving files and /health).
 *
 * On start every stored, unexpired session is replayed from its log and its rooms re-created
 * with the same ids, so facilitator links, join codes and participant tokens keep working.
 */
import { matchMaker, Server, createNodeMatchmakingMiddleware } from '@colyseus/core';
import { setTransport } from '@colyseus/core/Transport';
import { WebSocketTransport } from '@colyseus/ws-transport';
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateSessionSchema, describeIssue, JoinRequestSchema, MAX_FRAME_BYTES, type CreateSessionResponse, type JoinResponse, type SessionSettings } from '../protocol/messages.js';
import { fullLogJson, resultsCsv } from './export.js';
import { LevelLibrary } from './levels.js';
import { defineRooms } from './rooms.js';
import { cleanName, newId, newJoinCode, newToken, normaliseJoinCode, RateLimiter } from './security.js';
import { Store } from './store.js';
import { Workshop, workshopRoomId, type WorkshopRuntime } from './workshop.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface GameServerOptions {
  /** Where session logs live (DATA_DIR, default ./data). */
  readonly dataDir: string;
  /** Sessions expire this long after creation (default 24 h). */
  readonly sessionTtlMs?: number;
  /** A dropped participant's seat is held this long before a bot takes over (default 60 s). */
  readonly holdSeatMs?: number;
  /** Pause between two bot moves, so people can follow them (default 700 ms). */
  readonly botDelayMs?: number;
  readonly levelsDir?: string;
  /** Join attempts per minute and address (default 20; failed codes count too). */
  readonly joinAttemptsPerMinute?: number;
  /** Sessions created per minute and address (default 10). */
  readonly createsPerMinute?: number;
}

export interface GameServer {
  /** Handles /api/* and /matchmake/* requests; returns false for anything else. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  readonly sessions: ReadonlyMap<string, Workshop>;
  readonly levels: LevelLibrary;
  close(): Promise<void>;
}

const DAY = 24 * 60 * 60 * 1000;

/** Options from the environment: DATA_DIR, SESSION_TTL_HOURS, HOLD_SEAT_SECONDS, BOT_DELAY_MS, JOIN_ATTEMPTS_PER_MINUTE. */
export function gameServerOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): GameServerOptions {
  const num = (name: string): number | undefined => {
    const v = env[name];
    if (v === undefined || v === '') return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, not "${v}"`);
    return n;
  };
  const ttlHours = num('SESSION_TTL_HOURS');
  const holdSeconds = num('HOLD_SEAT_SECONDS');
  const joins = num('JOIN_ATTEMPTS_PER_MINUTE');
  return {
    dataDir: env.DATA_DIR ?? './data',
    ...(ttlHours !== undefined ? { sessionTtlMs: ttlHours * 3_600_000 } : {}),
    ...(holdSeconds !== undefined ? { holdSeatMs: holdSeconds * 1000 } : {}),
    ...(num('BOT_DELAY_MS') !== undefined ? { botDelayMs: num('BOT_DELAY_MS') as number } : {}),
    ...(joins !== undefined ? { joinAttemptsPerMinute: joins } : {}),
  };
}

export async function attachGameServer(httpServer: HttpServer, options: GameServerOptions): Promise<GameServer> {
  const store = new Store(options.dataDir);
  const levels = new LevelLibrary(options.levelsDir ?? resolve(repoRoot, 'levels'), resolve(repoRoot, 'seeds', 'evidence.yaml'));
  const ttl = options.sessionTtlMs ?? DAY;
  const runtime: WorkshopRuntime = { botDelayMs: options.botDelayMs ?? 700, holdSeatMs: options.holdSeatMs ?? 60_000 };
  const sessions = new Map<string, Workshop>();
  const byCode = new Map<string, Workshop>();
  const internalKey = newToken();
  const stats = { messagesIn: 0, refused: 0 };
  const joinLimiter = new RateLimiter((options.joinAttemptsPerMinute ?? 20) / 60, options.joinAttemptsPerMinute ?? 20);
  const createLimiter = new RateLimiter((options.createsPerMinute ?? 10) / 60, options.createsPerMinute ?? 10);

  const transport = new WebSocketTransport({ server: httpServer, maxPayload: MAX_FRAME_BYTES, pingInterval: 5000, pingMaxRetries: 3 });
  const gameServer = new Server({ transport, greet: false, gracefullyShutdown: false });
  defineRooms(gameServer, { internalKey, workshop: (id) => sessions.get(id), holdSeatMs: runtime.holdSeatMs, stats });
  // Colyseus' listen() would also mount its HTTP router over every request of the shared server;
  // we take only its matchmaking routes (see handle), so we register the transport ourselves.
  setTransport(transport);
  await matchMaker.accept();
  const matchmaking = createNodeMatchmakingMiddleware();

  async function openRooms(w: Workshop): Promise<void> {
    await matchMaker.createRoom('workshop', { internalKey, sessionId: w.id });
    for (const t of w.tables) await matchMaker.createRoom('table', { internalKey, sessionId: w.id, table: t.index });
  }

  async function closeRooms(w: Workshop): Promise<void> {
    for (const id of [workshopRoomId(w.id), ...w.tables.map((t) => t.roomId)]) {
      const room = matchMaker.getLocalRoomById(id);
      if (room) await room.disconnect().catch(() => undefined);
    }
  }

  // Bring back every stored session that has not expired.
  for (const id of store.list()) {
    try {
      const torn = { count: 0 };
      const records = store.read(id, torn);
      if (torn.count > 0) process.stderr.write(`sessions: ${id}: skipped ${torn.count} torn line(s) left by a crash\n`);
      const w = Workshop.restore(records, (level) => levels.get(level), store.open(id), runtime, (m) => process.stderr.write(`sessions: ${id}: ${m}\n`));
      if (w.expired) {
        w.dispose();
        store.archive(id);
        continue;
      }
      sessions.set(w.id, w);
      byCode.set(w.code, w);
      await openRooms(w);
    } catch (error) {
      process.stderr.write(`sessions: could not restore ${id}: ${(error as Error).message}\n`);
    }
  }

  const sweep = setInterval(() => {
    for (const w of [...sessions.values()]) {
      if (!w.expired) continue;
      sessions.delete(w.id);
      byCode.delete(w.code);
      void closeRooms(w).then(() => {
        w.dispose();
        store.archive(w.id);
      });
    }
  }, 30_000);
  sweep.unref();

  async function createSession(body: unknown, baseUrl: string): Promise<CreateSessionResponse | { error: string; status: number }> {
    const parsed = CreateSessionSchema.safeParse(body);
    if (!parsed.success) return { error: describeIssue(parsed.error), status: 400 };
    const req = parsed.data;
    const model = levels.get(req.level);
    if (!model) return { error: `no level "${req.level}"`, status: 400 };
    const now = Date.now();
    const settings: SessionSettings = {
      level: req.level,
      tables: req.tables,
      seatsPerTable: req.seatsPerTable,
      turnSeconds: req.turnSeconds ?? model.level.rounds.turnSeconds,
      bots: req.bots,
      autoAssign: req.autoAssign,
      createdAt: now,
      expiresAt: now + ttl,
      seed: Math.floor(Math.random() * 0x7fffffff),
      baseUrl,
    };
    const id = newId();
    const code = newJoinCode((c) => byCode.has(c));
    const secret = newToken(32);
    const w = Workshop.create(id, code, secret, settings, model, store.open(id), runtime);
    sessions.set(id, w);
    byCode.set(code, w);
    await openRooms(w);
    return {
      sessionId: id,
      code,
      secret,
      joinUrl: w.joinUrl(),
      facilitatorUrl: `${baseUrl}/facilitator.html#session=${id}&secret=${secret}`,
      projectorUrl: `${baseUrl}/projector.html#code=${code}`,
    };
  }

  function join(body: unknown): JoinResponse | { error: string; status: number } {
    const parsed = JoinRequestSchema.safeParse(body);
    if (!parsed.success) return { error: describeIssue(parsed.error), status: 400 };
    const code = normaliseJoinCode(parsed.data.code);
    const w = code ? byCode.get(code) : undefined;
    if (!w || w.expired) return { error: 'no session with this code', status: 404 };
    if (w.status === 'ended') return { error: 'this session has ended', status: 410 };
    const known = parsed.data.token ? w.byParticipantToken(parsed.data.token) : undefined;
    if (known) return { sessionId: w.id, workshopRoomId: workshopRoomId(w.id), participant: known.id, token: parsed.data.token as string, name: known.name, seat: w.participantState(known).seat };
    const name = cleanName(parsed.data.name) ?? `Guest ${w.participants.size + 1}`;
    const { participant, token } = w.join(name);
    return { sessionId: w.id, workshopRoomId: workshopRoomId(w.id), participant: participant.id, token, name: participant.name, seat: w.participantState(participant).seat };
  }

  function handle(req: IncomingMessage, res: ServerResponse): boolean {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if ((path.startsWith('/matchmake/') || path.startsWith('/api/')) && req.method === 'POST') {
      // Bodies are small JSON objects; refuse big or unsized ones before anything reads them.
      const length = Number(req.headers['content-length'] ?? NaN);
      if (!Number.isFinite(length) || length > 16 * 1024) {
        sendJson(res, 413, { error: 'the body must be JSON with a content-length of at most 16 kB' });
        req.resume();
        return true;
      }
    }
    if (path.startsWith('/matchmake/')) {
      // Clients may only join rooms the server opened; they never create them.
      if (req.method === 'POST' && !/^\/matchmake\/joinById\/[\w-]+$/.test(path)) {
        sendJson(res, 403, { error: 'not allowed' });
        return true;
      }
      void matchmaking(req, res, () => sendJson(res, 404, { error: 'not found' }));
      return true;
    }
    if (!path.startsWith('/api/')) return false;
    void route(req, res, url).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: 'server error' });
      process.stderr.write(`api: ${(error as Error).stack ?? String(error)}\n`);
    });
    return true;
  }

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname;
    const ip = req.socket.remoteAddress ?? 'unknown';
    if (req.method === 'GET' && path === '/api/levels') return sendJson(res, 200, levels.list());
    if (req.method === 'POST' && path === '/api/sessions') {
      if (!createLimiter.take(ip)) return sendJson(res, 429, { error: 'too many sessions created; wait a minute' });
      const body = await readJson(req);
      if (body === undefined) return sendJson(res, 400, { error: 'the body must be JSON (at most 16 kB)' });
      const result = await createSession(body, baseUrlOf(req));
      return 'error' in result ? sendJson(res, result.status, { error: result.error }) : sendJson(res, 201, result);
    }
    if (req.method === 'POST' && path === '/api/join') {
      // Every attempt costs a token, so guessing codes is limited to a few a minute per address.
      if (!joinLimiter.take(ip)) return sendJson(res, 429, { error: 'too many attempts; wait a minute' });
      const body = await readJson(req);
      if (body === undefined) return sendJson(res, 400, { error: 'the body must be JSON (at most 16 kB)' });
      const result = join(body);
      return 'error' in result ? sendJson(res, result.status, { error: result.error }) : sendJson(res, 200, result);
    }
    if (req.method === 'GET' && path === '/api/lookup') {
      // The projector finds its session by the public code; a guess costs like a join attempt.
      if (!joinLimiter.take(ip)) return sendJson(res, 429, { error: 'too many attempts; wait a minute' });
      const code = normaliseJoinCode(url.searchParams.get('code') ?? '');
      const w = code ? byCode.get(code) : undefined;
      if (!w || w.expired) return sendJson(res, 404, { error: 'no session with this code' });
      return sendJson(res, 200, { sessionId: w.id });
    }
    const exp = /^\/api\/sessions\/([a-z0-9]{6,32})\/export\.(csv|json)$/.exec(path);
    if (req.method === 'GET' && exp) {
      const w = sessions.get(exp[1] as string);
      const secret = req.headers['x-facilitator-secret'] ?? url.searchParams.get('secret');
      if (!w || !w.checkSecret(secret)) return sendJson(res, 403, { error: 'facilitator secret required' });
      const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
      if (exp[2] === 'csv') {
        res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="workshop-${w.code}-${stamp}.csv"` });
        res.end(resultsCsv(w));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="workshop-${w.code}-${stamp}.json"` });
      res.end(JSON.stringify(fullLogJson(w, store.read(w.id)), null, 1));
      return;
    }
    if (req.method === 'GET' && path === '/api/stats') {
      // Only from this machine: it is for the load test and the operator.
      if (!isLoopback(ip)) return sendJson(res, 403, { error: 'loopback only' });
      if (url.searchParams.has('gc') && typeof globalThis.gc === 'function') globalThis.gc();
      const m = process.memoryUsage();
      let tables = 0;
      for (const w of sessions.values()) tables += w.tables.length;
      return sendJson(res, 200, { sessions: sessions.size, tables, rss: m.rss, heapUsed: m.heapUsed, external: m.external, messagesIn: stats.messagesIn, refused: stats.refused });
    }
    return sendJson(res, 404, { error: 'not found' });
  }

  // Put our routes in front of the server's own handler (static files, /health), so mounting the
  // workshop server needs no change to it.
  const previous = httpServer.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  httpServer.removeAllListeners('request');
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (handle(req, res)) return;
    for (const listener of previous) listener.call(httpServer, req, res);
  });

  return {
    handle,
    sessions,
    levels,
    async close() {
      clearInterval(sweep);
      for (const w of sessions.values()) {
        await closeRooms(w);
        w.dispose();
      }
      sessions.clear();
      transport.shutdown();
    },
  };
}

function isLoopback(ip: string): boolean {
  return ip === '127.0.0.1' || ip === '::1' || ip === '::ffff:127.0.0.1';
}

function baseUrlOf(req: IncomingMessage): string {
  const host = String(req.headers.host ?? 'localhost').replace(/[^\w.:[\]-]/g, '');
  const proto = req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function readJson(req: IncomingMessage, limit = 16 * 1024): Promise<unknown> {
  return new Promise((resolvePromise) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit && !done) {
        done = true;
        resolvePromise(undefined);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      try {
        resolvePromise(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        resolvePromise(undefined);
      }
    });
    req.on('error', () => {
      if (!done) resolvePromise(undefined);
      done = true;
    });
  });
}

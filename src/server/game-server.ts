/**
 * The online workshop server, mounted on an existing HTTP server (the one that serves the built
 * game and /health): Colyseus on a WebSocket transport for the rooms, the sessions this process
 * holds (session-registry.ts), and the HTTP routes before a socket exists (api-routes.ts: create a
 * session, join by code, reserve a seat, export results), on express 5.
 *
 *   await attachGameServer(httpServer, { dataDir: './data', sessionTtlMs, holdSeatMs });
 *
 * Its routes go in front of the server's own request handler (which keeps serving files and
 * /health). On start every stored, unexpired session is replayed from its log and its rooms
 * re-created with the same ids, so facilitator links, join codes and participant tokens keep working.
 */
import { matchMaker, Server } from '@colyseus/core';
import { setTransport } from '@colyseus/core/Transport';
import { WebSocketTransport } from '@colyseus/ws-transport';
import express from 'express';
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_FRAME_BYTES } from '../protocol/messages.js';
import { apiRoutes } from './api-routes.js';
import { parseTrustProxy, type TrustProxy } from './client-address.js';
import { GuessGuard } from './guess-guard.js';
import { LevelLibrary } from './levels.js';
import { defineRooms } from './rooms.js';
import { newToken, RateLimiter } from './security.js';
import { SessionRegistry } from './session-registry.js';
import { Store } from './store.js';
import type { Workshop, WorkshopRuntime } from './workshop.js';

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
  /** Wrong join codes an address may try at full speed, and per minute after that (default 30). */
  readonly wrongCodesPerMinute?: number;
  /** How far apart an address that has used up its wrong codes is answered (default 1000 ms). */
  readonly slowDownMs?: number;
  /** Sessions created per minute and address (default 10). */
  readonly createsPerMinute?: number;
  /** Which reverse proxies to believe about the client's address (TRUST_PROXY; default none). */
  readonly trustProxy?: TrustProxy;
  /** Where the server's own messages go (default stderr). */
  readonly log?: (line: string) => void;
}

export interface GameServer {
  readonly sessions: ReadonlyMap<string, Workshop>;
  readonly levels: LevelLibrary;
  close(): Promise<void>;
}

const DAY = 24 * 60 * 60 * 1000;

/** Options from the environment: DATA_DIR, SESSION_TTL_HOURS, HOLD_SEAT_SECONDS, BOT_DELAY_MS, WRONG_CODES_PER_MINUTE, TRUST_PROXY. */
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
  const botDelay = num('BOT_DELAY_MS');
  // JOIN_ATTEMPTS_PER_MINUTE is the setting's earlier name, still read.
  const wrongCodes = num('WRONG_CODES_PER_MINUTE') ?? num('JOIN_ATTEMPTS_PER_MINUTE');
  return {
    dataDir: env.DATA_DIR ?? './data',
    ...(ttlHours !== undefined ? { sessionTtlMs: ttlHours * 3_600_000 } : {}),
    ...(holdSeconds !== undefined ? { holdSeatMs: holdSeconds * 1000 } : {}),
    ...(botDelay !== undefined ? { botDelayMs: botDelay } : {}),
    ...(wrongCodes !== undefined ? { wrongCodesPerMinute: wrongCodes } : {}),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  };
}

export async function attachGameServer(httpServer: HttpServer, options: GameServerOptions): Promise<GameServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const store = new Store(options.dataDir);
  const levels = new LevelLibrary(options.levelsDir ?? resolve(repoRoot, 'levels'), resolve(repoRoot, 'seeds', 'evidence.yaml'), log);
  // A file dropped into the folder reaches the catalogue without a restart.
  levels.watch();
  const runtime: WorkshopRuntime = { botDelayMs: options.botDelayMs ?? 700, holdSeatMs: options.holdSeatMs ?? 60_000 };
  const internalKey = newToken();
  const stats = { messagesIn: 0, refused: 0 };
  const registry = new SessionRegistry(store, levels, runtime, internalKey, options.sessionTtlMs ?? DAY, log);

  const transport = new WebSocketTransport({ server: httpServer, maxPayload: MAX_FRAME_BYTES, pingInterval: 5000, pingMaxRetries: 3 });
  const gameServer = new Server({ transport, greet: false, gracefullyShutdown: false });
  defineRooms(gameServer, { internalKey, workshop: (id) => registry.sessions.get(id), holdSeatMs: runtime.holdSeatMs, stats });
  // Colyseus' listen() would also mount its own HTTP router, which parses bodies outside any
  // guard; our routes (api-routes.ts) reserve seats themselves, so we only register the transport.
  setTransport(transport);
  await matchMaker.accept();
  await registry.restoreAll();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(
    apiRoutes({
      registry,
      store,
      guesses: new GuessGuard({ budget: options.wrongCodesPerMinute ?? 30, slowMs: options.slowDownMs ?? 1000, maxQueue: 50 }),
      creates: new RateLimiter((options.createsPerMinute ?? 10) / 60, options.createsPerMinute ?? 10),
      stats,
      log,
    }),
  );

  // Our routes go in front of the server's own handler (static files, /health): what they do not
  // answer falls through to it, so mounting the workshop server needs no change there.
  const previous = httpServer.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  httpServer.removeAllListeners('request');
  app.use((req, res) => {
    for (const listener of previous) listener.call(httpServer, req, res);
  });
  httpServer.on('request', app);

  return {
    sessions: registry.sessions,
    levels,
    async close() {
      levels.close();
      await registry.close();
      transport.shutdown();
    },
  };
}

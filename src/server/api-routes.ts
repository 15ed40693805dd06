/**
 * The HTTP routes of the workshop server, on express 5: the JSON API (/api/*) and the one
 * matchmaking route clients need (/matchmake/joinById/:room). Colyseus' own matchmaking router is
 * not mounted: it parses bodies outside any guard (a truncated JSON body was an uncaught exception
 * that stopped the process) and hands any JSON to the rooms. Here every body is parsed by
 * express.json within a size limit, every failure is a 4xx in plain words, and join options are
 * checked against their schema before Colyseus reserves a seat.
 */
import { ErrorCode, matchMaker } from '@colyseus/core';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { TableJoinOptionsSchema } from '../protocol/messages.js';
import { problemMessage, type ServerProblem } from '../protocol/server-words.js';
import { isLoopback } from './client-address.js';
import { fullLogJson, resultsCsv } from './export.js';
import { failWith } from './http-problem.js';
import type { GuessGuard } from './guess-guard.js';
import { levelRoutes } from './level-routes.js';
import { JoinRefused } from './rooms/guest.js';
import type { RateLimiter } from './security.js';
import type { SessionRegistry } from './session-registry.js';
import type { Store } from './store.js';

export const MAX_BODY_BYTES = 16 * 1024;

export interface ApiServices {
  readonly registry: SessionRegistry;
  readonly store: Store;
  readonly guesses: GuessGuard;
  readonly creates: RateLimiter;
  readonly stats: { messagesIn: number; refused: number };
  readonly log: (line: string) => void;
}

type Handler = (req: Request, res: Response) => unknown;

const fail = failWith;

/** The address the limits count: `req.ip` under the app's `trust proxy` setting (client-address.ts). */
function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

function baseUrlOf(req: Request): string {
  const host = String(req.headers.host ?? 'localhost').replace(/[^\w.:[\]-]/g, '');
  return `${req.protocol === 'https' ? 'https' : 'http'}://${host}`;
}

const json = express.json({ limit: MAX_BODY_BYTES, strict: true, type: () => true });

/** Bodies must say they are JSON; the parser then reads them within the limit. */
function requireJson(req: Request, res: Response, next: NextFunction): void {
  if (req.is('application/json')) return next();
  fail(res, 415, 'notJson');
}

function withJson(handler: Handler): [typeof requireJson, typeof json, Handler] {
  return [requireJson, json, handler];
}

/** Waits as long as the guess guard says (an address that has guessed a lot is slowed). */
async function afterGuard(guesses: GuessGuard, req: Request, res: Response): Promise<boolean> {
  const wait = guesses.admit(clientIp(req));
  if (wait === null) {
    fail(res, 429, 'tooManyGuesses');
    return false;
  }
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  // The client may have given up meanwhile (the request stream itself is always consumed by now).
  return !res.writableEnded && !res.destroyed;
}

/** What a refused seat reservation says: our own refusals keep their code; Colyseus' get one. */
function joinRefusal(error: unknown): { status: number; problem: ServerProblem } {
  if (error instanceof JoinRefused) return { status: error.code, problem: error.problem };
  const code = (error as { code?: unknown } | null)?.code;
  // No such room, or one that is locked or closing (its session expired, or a table that is gone).
  if (code === ErrorCode.MATCHMAKE_INVALID_ROOM_ID || (error as object | null)?.constructor?.name === 'SeatReservationError') return { status: 404, problem: { code: 'roomNotOpen' } };
  if (code === ErrorCode.MATCHMAKE_EXPIRED) return { status: 410, problem: { code: 'seatExpired' } };
  return { status: 400, problem: { code: 'joinFailed' } };
}

export function apiRoutes(s: ApiServices): Router {
  const r = express.Router();
  r.use(levelRoutes(s));

  r.get('/api/levels', (_req, res) => res.set('cache-control', 'no-store').json(s.registry.levels.list()));

  r.post(
    '/api/sessions',
    ...withJson(async (req, res) => {
      if (!s.creates.take(clientIp(req))) return fail(res, 429, 'tooManySessions');
      const result = await s.registry.create(req.body, baseUrlOf(req));
      if ('error' in result) return fail(res, result.status, result.problem.code, result.problem.params);
      res.status(201).set('cache-control', 'no-store').json(result);
    }),
  );

  r.post(
    '/api/join',
    ...withJson(async (req, res) => {
      if (!(await afterGuard(s.guesses, req, res))) return;
      const result = s.registry.join(req.body);
      if ('error' in result) {
        if (result.status === 404) s.guesses.failed(clientIp(req));
        return fail(res, result.status, result.problem.code, result.problem.params);
      }
      res.set('cache-control', 'no-store').json(result);
    }),
  );

  // The projector finds its session by the public code; a wrong code counts like a wrong join.
  r.get('/api/lookup', async (req, res) => {
    if (!(await afterGuard(s.guesses, req, res))) return;
    const code = typeof req.query.code === 'string' ? req.query.code : '';
    const w = s.registry.byJoinCode(code);
    if (!w) {
      s.guesses.failed(clientIp(req));
      return fail(res, 404, 'noSession');
    }
    res.set('cache-control', 'no-store').json({ sessionId: w.id, language: w.settings.language });
  });

  r.get(/^\/api\/sessions\/([a-z0-9]{6,32})\/export\.(csv|json)$/, (req, res) => {
    // Secrets in a URL end up in proxy logs, browser history and Referer headers.
    if ('secret' in req.query) return fail(res, 400, 'secretInUrl');
    const [id, kind] = [req.params[0] as string, req.params[1] as string];
    const w = s.registry.sessions.get(id);
    if (!w || !w.checkSecret(req.get('x-facilitator-secret'))) return fail(res, 403, 'secretRequired');
    const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
    // Quoted, as most clients parse it (the name holds only [A-Z0-9-.]).
    res.set({ 'cache-control': 'no-store', 'content-disposition': `attachment; filename="workshop-${w.code}-${stamp}.${kind}"` });
    if (kind === 'csv') return res.type('text/csv; charset=utf-8').send(resultsCsv(w));
    res.type('application/json; charset=utf-8').send(JSON.stringify(fullLogJson(w, s.store.read(w.id)), null, 1));
  });

  r.get('/api/stats', (req, res) => {
    // Only from this machine (as the client address is understood, proxies included).
    if (!isLoopback(clientIp(req))) return fail(res, 403, 'loopbackOnly');
    if ('gc' in req.query && typeof globalThis.gc === 'function') globalThis.gc();
    const m = process.memoryUsage();
    let tables = 0;
    for (const w of s.registry.sessions.values()) tables += w.tables.length;
    res.set('cache-control', 'no-store').json({ sessions: s.registry.sessions.size, tables, rss: m.rss, heapUsed: m.heapUsed, external: m.external, messagesIn: s.stats.messagesIn, refused: s.stats.refused });
  });

  r.post(
    '/matchmake/joinById/:room',
    ...withJson(async (req, res) => {
      const room = req.params.room as string;
      if (!/^[\w-]{1,64}$/.test(room)) return fail(res, 400, 'noRoom');
      const options = TableJoinOptionsSchema.safeParse(req.body);
      if (!options.success) return fail(res, 400, 'badJoinOptions');
      try {
        const reservation = (await matchMaker.joinById(room, options.data, {
          headers: new Headers(Object.entries(req.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : []))),
          ip: clientIp(req),
        })) as unknown as Record<string, unknown>;
        res.set('cache-control', 'no-store').json(reservation);
      } catch (error) {
        // A refusal carries a server-words code, never the library's English: the SDK shows the
        // body's `message` (before `error`) as its MatchMakeError's, so the problem travels there
        // as problemMessage for pages to word, while `error` stays English for curl users.
        const { status, problem } = joinRefusal(error);
        fail(res, status, problem.code, problem.params, { message: problemMessage(problem) });
      }
    }),
  );
  // Clients may only join rooms the server opened; they never create them or pick one.
  r.all(/^\/matchmake(\/.*)?$/, (req, res) => fail(res, req.method === 'POST' ? 403 : 405, 'notAllowed'));
  r.all(/^\/api(\/.*)?$/, (_req, res) => fail(res, 404, 'notFound'));

  // Body-parser and handler errors: a 4xx in plain words for what the client sent, a logged 500
  // for our own faults. Express 5 passes rejected promises of async handlers here too.
  r.use((error: Error & { type?: string; status?: number }, req: Request, res: Response, _next: NextFunction) => {
    if (error.type === 'entity.too.large') return fail(res, 413, 'bodyTooLarge', { kb: MAX_BODY_BYTES / 1024 });
    if (error.type === 'entity.parse.failed') return fail(res, 400, 'bodyNotJson');
    if (error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') return fail(res, 415, 'notUtf8');
    if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) return fail(res, error.status, 'badRequestPlain');
    s.log(`api: ${req.method} ${req.path}: ${error.stack ?? String(error)}`);
    fail(res, 500, 'serverError');
  });
  return r;
}

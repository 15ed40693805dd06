/**
 * The routes for levels beyond the catalogue (GET /api/levels stays in api-routes.ts):
 *
 * - POST /api/sessions/own-level: a facilitator creates a session on a level file of their own,
 *   `{ settings: <the create form's fields, without level>, levelText: "<the file>" }`. The file
 *   goes through the same validator as `npm run level:validate` and the levels folder; an invalid
 *   one is answered 422 with its errors as codes with line and column (and their English words),
 *   one over LEVEL_MAX_BYTES with 413. A valid one is kept with that session only.
 * - GET /api/sessions/<id>/level: the level file a session runs on, to its facilitator only (the
 *   secret in the x-facilitator-secret header, as for the exports), so the console can open the
 *   teacher's kit on a session's own level, even after a reload or a restart.
 * - GET /api/levels/problems: the levels folder's files that are left out, and why, so the
 *   trainer who dropped a file there sees what to fix without reading the server's log.
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { compileLevel } from '../engine/level/model.js';
import { failWith } from './http-problem.js';
import { errorsOut, LEVEL_MAX_BYTES } from './levels.js';
import type { RateLimiter } from './security.js';
import type { SessionRegistry } from './session-registry.js';

export interface LevelRouteServices {
  readonly registry: SessionRegistry;
  readonly creates: RateLimiter;
  readonly log: (line: string) => void;
}

const OwnLevelRequest = z.strictObject({
  // Checked by the create form's own schema (in the registry), as the body came: a record schema
  // here would copy keys by assignment and quietly turn a "__proto__" key into a prototype.
  settings: z.custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v)),
  levelText: z.string(),
});

// JSON escapes at most double a text's size (quotes, backslashes, newlines), plus the settings.
const json = express.json({ limit: LEVEL_MAX_BYTES * 2 + 4096, strict: true, type: () => true });

const fail = failWith;

function baseUrlOf(req: Request): string {
  const host = String(req.headers.host ?? 'localhost').replace(/[^\w.:[\]-]/g, '');
  return `${req.protocol === 'https' ? 'https' : 'http'}://${host}`;
}

export function levelRoutes(s: LevelRouteServices): Router {
  const r = express.Router();

  r.get('/api/levels/problems', (_req, res) => res.set('cache-control', 'no-store').json(s.registry.levels.problems()));

  r.get(/^\/api\/sessions\/([a-z0-9]{6,32})\/level$/, (req, res) => {
    if ('secret' in req.query) return fail(res, 400, 'secretInUrl');
    const id = req.params[0] as string;
    const w = s.registry.sessions.get(id);
    if (!w || !w.checkSecret(req.get('x-facilitator-secret'))) return fail(res, 403, 'secretRequired');
    const text = s.registry.levelTextOf(id);
    if (text === undefined) return fail(res, 404, 'notFound');
    res.set({ 'cache-control': 'no-store', 'content-disposition': `attachment; filename="${w.model.level.id}.yaml"` }).type('text/yaml; charset=utf-8').send(text);
  });

  r.post(
    '/api/sessions/own-level',
    (req, res, next) => (req.is('application/json') ? next() : fail(res, 415, 'notJson')),
    json,
    async (req, res) => {
      if (!s.creates.take(req.ip ?? 'unknown')) return fail(res, 429, 'tooManySessions');
      const body = OwnLevelRequest.safeParse(req.body);
      if (!body.success) return fail(res, 400, 'levelUploadShape');
      const { settings, levelText } = body.data;
      if (Buffer.byteLength(levelText, 'utf8') > LEVEL_MAX_BYTES) return fail(res, 413, 'levelTooLarge', { kb: LEVEL_MAX_BYTES / 1024 });
      if ('level' in settings) return fail(res, 400, 'levelInSettings');
      const result = s.registry.levels.validate(levelText, 'upload.yaml');
      if (!result.ok) {
        const first = result.errors[0];
        const firstAt: Record<string, string | number> = first ? { line: first.line, column: first.column, text: errorsOut([first])[0]?.text ?? '' } : {};
        return fail(res, 422, 'levelHasErrors', { count: result.errors.length, ...firstAt }, { errorCount: result.errors.length, levelErrors: errorsOut(result.errors) });
      }
      const created = await s.registry.create({ ...settings, level: result.level.id }, baseUrlOf(req), { text: levelText, model: compileLevel(result.level) });
      if ('error' in created) return fail(res, created.status, created.problem.code, created.problem.params);
      res.status(201).set('cache-control', 'no-store').json({ ...created, level: { id: result.level.id, title: result.level.title[result.level.languages[0] ?? 'en'] ?? result.level.id } });
    },
  );

  // This router's own body errors (its limit is not the API's), in plain words like the API's.
  r.use((error: Error & { type?: string; status?: number }, req: Request, res: Response, next: NextFunction) => {
    if (!req.path.startsWith('/api/sessions/own-level')) return next(error);
    if (error.type === 'entity.too.large') return fail(res, 413, 'levelTooLarge', { kb: LEVEL_MAX_BYTES / 1024 });
    if (error.type === 'entity.parse.failed') return fail(res, 400, 'bodyNotJson');
    if (error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') return fail(res, 415, 'notUtf8');
    if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) return fail(res, error.status, 'badRequestPlain');
    s.log(`api: ${req.method} ${req.path}: ${error.stack ?? String(error)}`);
    fail(res, 500, 'serverError');
  });
  return r;
}

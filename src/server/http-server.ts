/**
 * The one HTTP server of `npm start`: the built game from dist/client and `/health` for monitors,
 * through express 5. Colyseus attaches to the same server (same port) for the online mode and puts
 * its API routes in front (see game-server.ts), so this returns the server without listening.
 *
 * Static files: the build writes a brotli and a gzip sibling of every text file
 * (scripts/lib/precompress.ts), and express-static-gzip serves the smallest one the browser accepts,
 * with `Content-Encoding` and `Vary: Accept-Encoding`. Hashed files under /assets/ are cached for a
 * year; pages and unhashed files are revalidated (ETag, Last-Modified), so a new build is picked up
 * on the next load, and so are the service worker and the web app manifest.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';

export interface HttpServerOptions {
  /** The built client (dist/client). */
  staticDir: string;
}

/** Pages that answer at their clean path (`/join` is the online join link). */
const PAGE_ALIASES: Record<string, string> = { '/': '/index.html', '/join': '/index.html' };

/** Vite fingerprints what it writes under assets/ with a content hash in the name. */
const HASHED = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.\w+(\.br|\.gz)?$/;

/** The file under `dir` a URL path names, or null if it would leave `dir` or is not a file. */
export function resolveStatic(dir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(dir);
  const file = resolve(base, '.' + normalize('/' + decoded));
  if (file !== base && !file.startsWith(base + sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * The service worker and the web app manifest are never cached without revalidation: the browser
 * must see a new build's worker on the next load (it compares the bytes of sw.js). Said here
 * explicitly even though unhashed files get the same, because a year's cache on sw.js would pin
 * every installed copy of the game to an old build.
 */
const WORKER = /\/(sw\.js|manifest\.webmanifest)(\.br|\.gz)?$/;

function setCaching(res: ServerResponse, path: string): void {
  const posix = path.split(sep).join('/');
  res.setHeader('cache-control', WORKER.test(posix) ? 'no-cache' : HASHED.test(posix) ? 'public, max-age=31536000, immutable' : 'no-cache');
  res.setHeader('x-content-type-options', 'nosniff');
}

/** The express app behind createHttpServer: /health, the static game, 404 and 405 in plain words. */
export function createStaticApp(options: HttpServerOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.set('cache-control', 'no-store').json({ ok: true });
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.status(405).set('cache-control', 'no-store').type('text/plain').send('method not allowed');
      return;
    }
    // Clean page paths: `/facilitator` serves facilitator.html.
    const alias = PAGE_ALIASES[req.path] ?? (/^\/[\w-]+$/.test(req.path) ? `${req.path}.html` : undefined);
    if (alias && resolveStatic(options.staticDir, alias)) req.url = alias + (req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '');
    next();
  });
  app.use(
    expressStaticGzip(options.staticDir, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: { index: false, cacheControl: false, dotfiles: 'ignore', fallthrough: true, redirect: false, setHeaders: setCaching },
    }),
  );
  app.use((req: Request, res: Response) => {
    res.status(404).set('cache-control', 'no-store').type('text/plain').send(`not found: ${req.path}`);
  });
  // A malformed URL or a file that vanished mid-read: a plain answer, never a stack trace.
  app.use((error: Error & { status?: number; statusCode?: number }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status ?? error.statusCode ?? 500;
    if (res.headersSent) return;
    res.status(status >= 400 && status < 600 ? status : 500).set('cache-control', 'no-store').type('text/plain').send(status === 404 ? 'not found' : 'bad request');
  });
  return app;
}

export function createHttpServer(options: HttpServerOptions): Server {
  return createServer(createStaticApp(options));
}

export function defaultStaticDir(): string {
  return join(import.meta.dirname, '..', '..', 'dist', 'client');
}

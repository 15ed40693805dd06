/**
 * The one HTTP server of `npm start`: the built game from dist/client, `/health` for monitors,
 * and nothing else. Colyseus attaches to the same server (same port) for the online mode, so this
 * returns the server without listening.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

export interface HttpServerOptions {
  /** The built client (dist/client). */
  staticDir: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.webm': 'audio/webm',
  '.m4a': 'audio/mp4',
  '.txt': 'text/plain; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
};

/** Pages that answer at their clean path (`/join` is the online join link). */
const PAGE_ALIASES: Record<string, string> = { '/': 'index.html', '/join': 'index.html' };

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

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

function serveFile(req: IncomingMessage, res: ServerResponse, file: string): void {
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  // Vite fingerprints everything under assets/ (hash in the name): cache it for good. Pages and
  // unhashed files (our generated art) must be revalidated so a new build is picked up.
  const hashed = file.includes(`${sep}assets${sep}`) && /-[A-Za-z0-9_-]{8,}\.\w+$/.test(file);
  const stat = statSync(file);
  res.writeHead(200, {
    'content-type': type,
    'content-length': stat.size,
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'last-modified': stat.mtime.toUTCString(),
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

export function createHttpServer(options: HttpServerOptions): Server {
  const dir = options.staticDir;
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') {
      send(res, 200, JSON.stringify({ ok: true }), 'application/json; charset=utf-8');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'method not allowed');
      return;
    }
    const alias = PAGE_ALIASES[url.pathname];
    const page = alias ?? (/^\/[\w-]+$/.test(url.pathname) ? `${url.pathname.slice(1)}.html` : null);
    const file = resolveStatic(dir, page ?? url.pathname);
    if (!file) {
      send(res, 404, `not found: ${url.pathname}`);
      return;
    }
    serveFile(req, res, file);
  });
}

export function defaultStaticDir(): string {
  return join(import.meta.dirname, '..', '..', 'dist', 'client');
}

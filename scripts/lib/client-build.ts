/** Whether dist/client must be rebuilt, and building it: shared by `npm start`, the browser tests and the benchmark. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CLIENT_DIR = join(ROOT, 'dist', 'client');
const SOURCES = ['src/client', 'src/engine', 'src/protocol', 'levels', 'seeds', 'assets', 'index.html', 'vite.config.ts', 'scripts/lib'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** True when dist/client is missing or older than any file it is built from. */
export function clientIsStale(): boolean {
  const built = join(CLIENT_DIR, 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  const pages = readdirSync(ROOT).filter((f) => f.endsWith('.html'));
  return [...SOURCES, ...pages].some((s) => newest(join(ROOT, s)) > builtAt);
}

export function buildClient(): void {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  // A production build whoever calls (Vitest sets NODE_ENV=test, which would make Vite build for development).
  const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (build.status !== 0) throw new Error(`vite build failed (exit ${String(build.status)})`);
}

export function buildClientIfStale(): boolean {
  if (!clientIsStale()) return false;
  buildClient();
  return true;
}

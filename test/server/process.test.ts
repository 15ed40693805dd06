/**
 * `npm start`'s own process: the junk request of the issue does not stop it, bad settings stop it
 * at once with a plain message, and an exception nothing caught is logged while it keeps serving.
 */
import { spawn, spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { installProcessGuard, type ProcessLike } from '../../src/server/process-guard.js';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

test('the server process survives junk on every matchmaking verb and keeps answering', async () => {
  const child = spawn(process.execPath, [TSX, 'src/server/main.ts'], { cwd: ROOT, env: { ...process.env, PORT: '0', DATA_DIR: mkdtempSync(join(tmpdir(), 'ministerial-main-')) }, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /(http:\/\/localhost:\d+)\//.exec(out);
        if (m) resolve(m[1] as string);
      });
      child.on('exit', (code) => reject(new Error(`exited ${String(code)}`)));
      setTimeout(() => reject(new Error('no URL printed')), 25_000);
    });
    for (const verb of ['joinById/x', 'create/table', 'join/table', 'joinOrCreate/workshop', 'reconnect/x']) {
      const res = await fetch(`${url}/matchmake/${verb}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{broken' });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    expect((await fetch(`${url}/health`)).status).toBe(200);
    expect(child.exitCode).toBeNull();
  } finally {
    child.kill();
  }
}, 40_000);

test('a bad TRUST_PROXY stops the server at start with a message that says why', () => {
  const run = spawnSync(process.execPath, [TSX, 'src/server/main.ts'], { cwd: ROOT, env: { ...process.env, PORT: '0', TRUST_PROXY: 'true' }, encoding: 'utf8', timeout: 25_000 });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/TRUST_PROXY=true would trust any address/);
});

test('an exception nothing caught is logged, and the process carries on', () => {
  const proc = new EventEmitter();
  const lines: string[] = [];
  installProcessGuard(proc as unknown as ProcessLike, (l) => lines.push(l));
  proc.emit('uncaughtException', new Error('boom in a library handler'));
  proc.emit('unhandledRejection', 'a rejected promise');
  expect(lines[0]).toMatch(/uncaught exception #1 \(kept serving\): Error: boom in a library handler/);
  expect(lines[1]).toMatch(/unhandled rejection #2 \(kept serving\): a rejected promise/);
});

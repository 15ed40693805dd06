import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, resolveStatic } from '../../src/server/http-server.js';

const dir = mkdtempSync(join(tmpdir(), 'static-'));
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>game</title>');
writeFileSync(join(dir, 'assets', 'main-AbCdEf12.js'), 'console.log(1)');
writeFileSync(join(dir, 'facilitator.html'), '<!doctype html><title>facilitator</title>');
const server = createHttpServer({ staticDir: dir });
let base = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('http server', () => {
  it('answers /health with 200 and JSON', async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('serves pages, and hashed assets with long caching and the right type', async () => {
    const page = await fetch(`${base}/`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await (await fetch(`${base}/facilitator`)).text()).toContain('facilitator');
    expect(await (await fetch(`${base}/join?join=ABCD`)).text()).toContain('game');
    const js = await fetch(`${base}/assets/main-AbCdEf12.js`);
    expect(js.headers.get('content-type')).toContain('text/javascript');
    expect(js.headers.get('cache-control')).toContain('immutable');
  });

  it('answers 404 for unknown paths and never leaves the static folder', async () => {
    expect((await fetch(`${base}/nope.js`)).status).toBe(404);
    expect((await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    expect(resolveStatic(dir, '/../../etc/passwd')).toBeNull();
    expect(resolveStatic(dir, '/%00')).toBeNull();
    expect(resolveStatic(dir, '/assets')).toBeNull();
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, resolveStatic } from '../../src/server/http-server.js';

const dir = mkdtempSync(join(tmpdir(), 'static-'));
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>game</title>');
writeFileSync(join(dir, 'assets', 'main-AbCdEf12.js'), 'console.log(1)');
const big = `console.log(${JSON.stringify('negotiate '.repeat(400))});`;
writeFileSync(join(dir, 'assets', 'big-ZyXwVu98.js'), big);
writeFileSync(join(dir, 'assets', 'big-ZyXwVu98.js.br'), brotliCompressSync(big));
writeFileSync(join(dir, 'assets', 'big-ZyXwVu98.js.gz'), gzipSync(big));
writeFileSync(join(dir, 'facilitator.html'), '<!doctype html><title>facilitator</title>');
writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => undefined);');
writeFileSync(join(dir, 'manifest.webmanifest'), JSON.stringify({ name: 'Ministerial', start_url: '/' }));
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

  it('serves the service worker and the web app manifest with their types, always revalidated', async () => {
    const sw = await fetch(`${base}/sw.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get('content-type')).toContain('text/javascript');
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    const manifest = await fetch(`${base}/manifest.webmanifest`);
    expect(manifest.headers.get('content-type')).toContain('application/manifest+json');
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    expect((await manifest.json()) as unknown).toMatchObject({ name: 'Ministerial' });
  });

  it('answers 404 for unknown paths and never leaves the static folder', async () => {
    expect((await fetch(`${base}/nope.js`)).status).toBe(404);
    expect((await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    expect(resolveStatic(dir, '/../../etc/passwd')).toBeNull();
    expect(resolveStatic(dir, '/%00')).toBeNull();
    expect(resolveStatic(dir, '/assets')).toBeNull();
  });

  it('sends the precompressed sibling the browser accepts, with Content-Encoding and Vary', async () => {
    const get = (encoding: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> =>
      new Promise((resolve, reject) => {
        // node:http, so the test sees the bytes as sent (fetch would decode them).
        import('node:http').then(({ get: httpGet }) => {
          httpGet(`${base}/assets/big-ZyXwVu98.js`, { headers: { 'accept-encoding': encoding } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
          }).on('error', reject);
        }, reject);
      });
    const br = await get('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('Accept-Encoding');
    expect(br.headers['content-type']).toContain('javascript');
    expect(br.headers['cache-control']).toContain('immutable');
    expect(brotliDecompressSync(br.body).toString()).toBe(big);
    const gz = await get('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await get('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(big);
  });

  it('revalidates pages: an unchanged page answers 304 to its ETag', async () => {
    const first = await fetch(`${base}/`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // node:http, since fetch turns a request with its own If-None-Match into an uncached one.
    const { get: httpGet } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      httpGet(`${base}/`, { headers: { 'if-none-match': etag as string } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on('error', reject);
    });
    expect(status).toBe(304);
  });

  it('answers other methods with 405', async () => {
    expect((await fetch(`${base}/index.html`, { method: 'POST', body: '{broken' })).status).toBe(405);
  });
});

/**
 * The installable, offline game (issue 13): after one visit, the service worker has cached the
 * game, and with the network cut a solo game is played from the menu to the debrief; the online
 * join screen says it needs a connection. Also the checks an install audit makes on the web app
 * manifest: its fields, and icons that exist at the sizes they claim.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, nextPrompt, shot, tid } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Width and height from a PNG's IHDR chunk, or null if the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || bytes.toString('latin1', 1, 4) !== 'PNG' || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface WebManifest {
  name?: string;
  short_name?: string;
  start_url?: string;
  scope?: string;
  display?: string;
  theme_color?: string;
  background_color?: string;
  icons?: { src: string; sizes: string; type?: string; purpose?: string }[];
}

it('has a valid web app manifest, linked from the page, with icons that exist at their sizes', async () => {
  const base = inject('baseUrl');
  const page = await (await fetch(`${base}/`)).text();
  expect(page).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"/);
  expect(page).toMatch(/<meta name="theme-color" content="#[0-9A-Fa-f]{6}"/);
  expect(page).toMatch(/<link rel="apple-touch-icon" href="[^"]+\.png"/);
  const res = await fetch(`${base}/manifest.webmanifest`);
  expect(res.headers.get('content-type')).toContain('application/manifest+json');
  const manifest = (await res.json()) as WebManifest;
  expect(manifest.name).toBeTruthy();
  expect(manifest.short_name?.length).toBeLessThanOrEqual(12); // shown under the home-screen icon
  expect(manifest.start_url).toBe('/');
  expect(manifest.scope).toBe('/');
  expect(['standalone', 'fullscreen', 'minimal-ui']).toContain(manifest.display);
  expect(manifest.theme_color).toMatch(/^#[0-9A-Fa-f]{6}$/);
  expect(manifest.background_color).toMatch(/^#[0-9A-Fa-f]{6}$/);
  const icons = manifest.icons ?? [];
  const pngs = icons.filter((i) => i.type === 'image/png');
  for (const size of ['192x192', '512x512']) expect(pngs.some((i) => i.sizes === size && (i.purpose ?? 'any').includes('any'))).toBe(true);
  expect(pngs.some((i) => i.purpose?.includes('maskable'))).toBe(true);
  for (const icon of icons) {
    const file = await fetch(new URL(icon.src, `${base}/`));
    expect(file.status, icon.src).toBe(200);
    expect(file.headers.get('content-type'), icon.src).toBe(icon.type);
    if (icon.type !== 'image/png') continue;
    const [w, h] = icon.sizes.split('x').map(Number);
    expect(pngSize(Buffer.from(await file.arrayBuffer())), icon.src).toEqual({ width: w, height: h });
  }
});

it('plays a solo game offline after one visit, and the online join screen says it needs a connection', async () => {
  const base = inject('baseUrl');
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const url = `${base}/?level=tutorial&mode=solo&role=developing&fast=1&seed=7`;

  // First visit, online: the menu, then the service worker installs and caches the game.
  await page.goto(url);
  await page.waitForSelector(`${tid('menu-play')}:not([disabled])`);
  // The worker starts once the table is up or after some seconds on the menu (src/client/main.ts).
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated', undefined, { timeout: 60_000, polling: 250 });
  const cached = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    // The active worker may still be finishing its activation (a newer build's worker takes over at
    // the menu): wait for it rather than read its state mid-way.
    const worker = registration.active;
    if (worker && worker.state !== 'activated') {
      await new Promise<void>((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
    }
    const names = await caches.keys();
    const precache = names.find((n) => n.includes('precache'));
    const keys = precache ? await (await caches.open(precache)).keys() : [];
    return { active: registration.active?.state, precache, urls: keys.map((k) => new URL(k.url).pathname) };
  });
  expect(cached.active).toBe('activated');
  expect(cached.precache).toMatch(/^ministerial-precache/);
  expect(cached.urls).toContain('/index.html');
  expect(cached.urls.some((u) => /\/assets\/catalog-[\w-]+\.js$/.test(u))).toBe(true); // the shipped levels
  expect(cached.urls.some((u) => /\/assets\/host-[\w-]+\.js$/.test(u))).toBe(true); // Phaser's chunk

  // The network goes: a new visit is served by the service worker.
  await context.setOffline(true);
  await page.goto(url);
  await page.waitForSelector(`${tid('menu-play')}:not([disabled])`, { timeout: 20_000 });
  expect(await page.evaluate(() => [navigator.onLine, navigator.serviceWorker.controller !== null])).toEqual([false, true]);
  // The network is really gone for the page and its worker: the server cannot be reached.
  expect(await page.evaluate(() => fetch('/health').then(() => 'reached', () => 'failed'))).toBe('failed');
  await shot(page, 'offline-01-menu');
  await page.tap(tid('menu-play'));
  await page.tap(tid('roles-continue'));
  await page.waitForSelector(tid('briefing'), { timeout: 20_000 });
  await page.tap(tid('briefing-continue'));
  await page.waitForSelector(`${tid('end-turn')}:not([disabled])`, { timeout: 30_000 });
  await shot(page, 'offline-02-table');
  await page.locator(tid('end-turn')).tap();
  for (let guard = 0; guard < 40; guard++) {
    const screen = await nextPrompt(page, 30_000);
    if (screen === 'outcome-screen') break;
    if (screen === 'vote-yes') await page.locator(tid('vote-yes')).tap();
    else if (screen === 'end-turn') await page.locator(tid('end-turn')).tap();
    await page.waitForTimeout(100);
  }
  await page.waitForSelector(tid('outcome-screen'), { timeout: 30_000 });
  await page.locator(tid('to-debrief')).tap();
  await page.waitForSelector(tid('debrief'), { timeout: 15_000 });
  await shot(page, 'offline-03-debrief');

  // Online play cannot work offline, and says so (the page itself still opens).
  await page.goto(`${base}/join?join=ABC123`);
  await page.waitForSelector(tid('join-offline'), { timeout: 20_000 });
  await expect(page.textContent(tid('join-offline'))).resolves.toContain('needs a connection');
  await shot(page, 'offline-04-join');
  // Back online, the join form opens by itself.
  await context.setOffline(false);
  await page.waitForSelector('#join-code', { timeout: 20_000 });
  await context.close();
  expect(errors).toEqual([]);
}, 180_000);

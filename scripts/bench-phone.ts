/**
 * `npm run bench:phone [-- --json] [-- --no-build]`: the game on a mid-range phone over a slow link,
 * emulated in the system Chromium through the DevTools protocol: CPU 4× slower, 1.6 Mbit/s down,
 * 750 kbit/s up, 150 ms round trip, a 390×844 touch screen. Measures, on a fresh build served by the
 * project's own HTTP server:
 * 1. first visit (empty cache): navigation to a usable menu (`performance.mark('menu-interactive')`);
 * 2. from the tap on *Play* (through roles and briefing, tapped at once) to a usable table (the
 *    table drawn with the hand and the action bar; the bots' first moves, which are play, not
 *    loading, are not waited for); the briefing is left at once, so the prefetch is not credited;
 * 3. second visit (warm HTTP cache, same context): navigation to a usable menu.
 * 4. a player who reads the briefing for 15 s: from Continue to a usable table (the prefetch's gain).
 * Also the bytes the page received. Targets (issue 13): menu ≤ 2.5 s, table ≤ 5 s, second ≤ 1.5 s.
 */
import type { AddressInfo } from 'node:net';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { buildClient, CLIENT_DIR } from './lib/client-build.js';
import { createHttpServer } from '../src/server/http-server.js';

const TARGETS = { menuMs: 2500, tableMs: 5000, secondMs: 1500 };
const json = process.argv.includes('--json');
const KBIT = 1000 / 8;
const READ_MS = 15_000;
// The table is usable when it is drawn with the player's hand and action bar. Waiting for the
// player's turn would add the bots' moves (600 ms each, by design), which is play, not loading.
const USABLE_TABLE = '[data-testid="table"] [data-testid="hand"] ~ [data-testid="action-bar"] [data-testid="end-turn"]';

async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1600 * KBIT, uploadThroughput: 750 * KBIT });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** Bytes received over the wire (compressed size), counted from CDP's loading events. */
function countBytes(cdp: CDPSession): () => number {
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
  return () => bytes;
}

async function menuTime(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction("performance.getEntriesByName('menu-interactive')[0]?.startTime ?? false", undefined, { timeout: 60_000, polling: 50 });
  return Math.round((await handle.jsonValue()) as number);
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    if (!json) console.log('Building the client...');
    buildClient();
  }
  const server = createHttpServer({ staticDir: CLIENT_DIR });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await throttle(cdp);
    const bytes = countBytes(cdp);
    const url = `${base}/?level=tutorial&mode=solo&role=developing&seed=3`;

    const menuMs = await menuTime(page, url);
    const menuBytes = bytes();
    const t0 = Date.now();
    await page.tap('[data-testid="menu-play"]:not([disabled])');
    await page.tap('[data-testid="roles-continue"]', { timeout: 60_000 });
    const briefingAt = Date.now();
    await page.waitForSelector('[data-testid="briefing-continue"]:not([disabled])', { timeout: 60_000 });
    const briefingWait = Date.now() - briefingAt;
    await page.tap('[data-testid="briefing-continue"]');
    await page.waitForSelector(USABLE_TABLE, { timeout: 60_000 });
    const tableMs = Date.now() - t0;
    const firstBytes = bytes();

    const secondMs = await menuTime(page, url);
    const secondBytes = bytes() - firstBytes;

    // A player who reads the briefing for 15 s (Phaser downloads meanwhile): Continue to a usable table.
    const reader = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    const readerPage = await reader.newPage();
    await throttle(await reader.newCDPSession(readerPage));
    await menuTime(readerPage, url);
    await readerPage.tap('[data-testid="menu-play"]:not([disabled])');
    await readerPage.tap('[data-testid="roles-continue"]', { timeout: 60_000 });
    await readerPage.waitForSelector('[data-testid="briefing-continue"]:not([disabled])', { timeout: 60_000 });
    await readerPage.waitForTimeout(READ_MS);
    const r0 = Date.now();
    await readerPage.tap('[data-testid="briefing-continue"]');
    await readerPage.waitForSelector(USABLE_TABLE, { timeout: 60_000 });
    const afterReadingMs = Date.now() - r0;
    await reader.close();

    const result = {
      device: '390×844 touch, CPU 4× slower, 1.6 Mbit/s down, 150 ms RTT',
      firstVisitMenuMs: menuMs,
      playToTableMs: tableMs,
      briefingWaitMs: briefingWait,
      secondVisitMenuMs: secondMs,
      tableAfterReadingMs: afterReadingMs,
      kbToMenu: Math.round(menuBytes / 1024),
      kbFirstVisit: Math.round(firstBytes / 1024),
      kbSecondVisit: Math.round(secondBytes / 1024),
      targets: TARGETS,
      ok: menuMs <= TARGETS.menuMs && tableMs <= TARGETS.tableMs && secondMs <= TARGETS.secondMs,
    };
    if (json) console.log(JSON.stringify(result, null, 2));
    else {
      console.log(`phone (${result.device})`);
      console.log(`first visit, usable menu     ${menuMs} ms   (target ${TARGETS.menuMs}; ${result.kbToMenu} KB)`);
      console.log(`Play to usable table         ${tableMs} ms   (target ${TARGETS.tableMs}; incl. ${briefingWait} ms until the briefing could be left)`);
      console.log(`second visit, usable menu    ${secondMs} ms   (target ${TARGETS.secondMs}; ${result.kbSecondVisit} KB)`);
      console.log(`after ${READ_MS / 1000} s on the briefing, Continue to usable table  ${afterReadingMs} ms`);
      console.log(`bytes on the first visit     ${result.kbFirstVisit} KB`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();

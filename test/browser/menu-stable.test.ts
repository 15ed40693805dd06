/**
 * The menu must not move once it is usable. On a slow phone the typeface used to arrive after the
 * menu was drawn: the text re-flowed and *Play* jumped up a line, so a tap on it opened the link
 * below. The pages now preload the font files; this loads the menu as the phone benchmark does
 * (CPU 4× slower, 1.6 Mbit/s, 150 ms round trip) and watches for layout shifts after it is usable.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, tid } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

it('preloads the typeface and keeps the menu still after it is usable, on a slow phone', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const shifts: { at: number; value: number }[] = [];
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) shifts.push({ at: e.startTime, value: (e as unknown as { value: number }).value });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${inject('baseUrl')}/?level=tutorial&lang=en`);
  const preloads = await page.locator('link[rel="preload"][as="font"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  expect(preloads.some((href) => /latin-400-normal.*\.woff2$/.test(href ?? ''))).toBe(true);
  expect(preloads.some((href) => /latin-700-normal.*\.woff2$/.test(href ?? ''))).toBe(true);

  await page.waitForFunction(() => performance.getEntriesByName('menu-interactive').length > 0, undefined, { timeout: 60_000 });
  const usableAt = await page.evaluate(() => performance.getEntriesByName('menu-interactive')[0]!.startTime);
  const before = await page.locator(tid('menu-play')).boundingBox();
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(1500);
  const after = await page.locator(tid('menu-play')).boundingBox();
  const shifts = await page.evaluate(() => (window as unknown as { shifts: { at: number; value: number }[] }).shifts);
  expect(shifts.filter((s) => s.at > usableAt)).toEqual([]);
  expect(after).toEqual(before);
  await context.close();
}, 90_000);

/**
 * A solo game to the debrief by taps at phone, landscape-phone and laptop sizes; on every screen,
 * every enabled control must be reachable by the scrolling a person can do (see reach.ts).
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, nextPrompt, shot, tid } from './helpers.js';
import { unreachableControls } from './reach.js';

const SIZES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 844, height: 390 },
  { width: 1024, height: 600 },
  { width: 1280, height: 720 },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function check(page: Page, name: string, problems: string[]): Promise<void> {
  await shot(page, name);
  const missing = await unreachableControls(page);
  if (missing.length > 0) problems.push(`${name}: ${missing.join(', ')}`);
}

/** Taps a control after scrolling it into view the way a person would (Playwright scrolls scrollable ancestors). */
async function tap(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().tap();
}

for (const size of SIZES) {
  it(`plays solo to the debrief by taps at ${size.width}×${size.height}`, async () => {
    const context = await browser.newContext({ viewport: size, hasTouch: true, isMobile: size.width < 900 });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const problems: string[] = [];
    const tag = `phone-${size.width}x${size.height}`;
    await page.goto(`${inject('baseUrl')}/?level=tutorial&mode=solo&role=developing&fast=1&seed=7`);
    await page.waitForSelector(`${tid('menu-play')}:not([disabled])`);
    await check(page, `${tag}-01-menu`, problems);
    await tap(page, tid('menu-play'));
    await page.waitForSelector(tid('roles'));
    await check(page, `${tag}-02-roles`, problems);
    await tap(page, tid('roles-continue'));
    await page.waitForSelector(tid('briefing'), { timeout: 30_000 });
    await check(page, `${tag}-03-briefing`, problems);
    await tap(page, tid('briefing-continue'));
    await page.waitForSelector(`${tid('end-turn')}:not([disabled])`, { timeout: 30_000 });
    await check(page, `${tag}-04-table`, problems);
    // Build a package one issue at a time: pick the first open option of every issue.
    const issues = await page.locator('fieldset.issue').count();
    for (let i = 0; i < issues; i++) {
      if (await page.locator(tid(`issue-step-${i}`)).isVisible()) await tap(page, tid(`issue-step-${i}`));
      const option = page.locator('fieldset.issue').nth(i).locator('input:not([disabled])').first();
      if ((await option.count()) > 0) await option.locator('xpath=..').tap();
    }
    await check(page, `${tag}-05-builder`, problems);
    if (await page.locator(`${tid('offer-submit')}:not([disabled])`).count()) await tap(page, tid('offer-submit'));
    await tap(page, tid('toggle-log'));
    await page.waitForSelector(tid('move-log'));
    await shot(page, `${tag}-06-log`); // a sheet over the table: what is behind it waits until it closes
    await tap(page, tid('close-log'));
    await tap(page, tid('end-turn'));
    for (let guard = 0; guard < 40; guard++) {
      const screen = await nextPrompt(page, 30_000);
      if (screen === 'outcome-screen') break;
      if (screen === 'vote-yes') {
        await check(page, `${tag}-07-vote`, problems);
        await tap(page, tid('vote-yes'));
      } else if (screen === 'end-turn') await tap(page, tid('end-turn'));
      await page.waitForTimeout(100);
    }
    await page.waitForSelector(tid('outcome-screen'), { timeout: 30_000 });
    await page.waitForTimeout(800);
    await check(page, `${tag}-08-outcome`, problems);
    await tap(page, tid('to-debrief'));
    await page.waitForSelector(tid('debrief'), { timeout: 15_000 });
    await check(page, `${tag}-09-debrief`, problems);
    await context.close();
    expect(errors).toEqual([]);
    expect(problems).toEqual([]);
  }, 180_000);
}

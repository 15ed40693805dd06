/**
 * The "why I moved" box in Chromium: a solo player writes a note, puts a package on the table, sees
 * the note with its own move in the move log, plays to the end and finds it in the debrief under
 * the players' own words, apart from the bots' reasons. Screenshots at 360×740, 390×844, 1280×720.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, nextPrompt, shot, tid } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const NOTE = 'Free flow for a lapse of the moratorium: a fair trade';

for (const size of [{ width: 390, height: 844 }, { width: 360, height: 740 }, { width: 1280, height: 720 }]) {
  it(`a note goes with the offer and shows in the debrief at ${size.width}×${size.height}`, async () => {
    const mobile = size.width < 900;
    const context = await browser.newContext({ viewport: size, hasTouch: true, isMobile: mobile });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const tag = `why-note-${size.width}x${size.height}`;
    await page.goto(`${inject('baseUrl')}/?level=tutorial&mode=solo&role=developing&fast=1&seed=7`);
    await page.locator(`${tid('menu-play')}:not([disabled])`).tap();
    await page.locator(tid('roles-continue')).tap();
    await page.waitForSelector(tid('briefing'), { timeout: 30_000 });
    await page.locator(tid('briefing-continue')).tap();
    await page.waitForSelector(`${tid('end-turn')}:not([disabled])`, { timeout: 30_000 });
    const issues = await page.locator('fieldset.issue').count();
    for (let i = 0; i < issues; i++) {
      if (await page.locator(tid(`issue-step-${i}`)).isVisible()) await page.locator(tid(`issue-step-${i}`)).tap();
      await page.locator('fieldset.issue').nth(i).locator('input:not([disabled])').first().check();
    }
    const box = page.locator(tid('why-note'));
    await box.scrollIntoViewIfNeeded();
    await box.fill(NOTE);
    await expect(box.getAttribute('maxlength')).resolves.toBe('200');
    await shot(page, `${tag}-01-note`);
    await page.locator(tid('offer-submit')).tap();
    // The box empties once the note has gone with the move; the own move log shows it.
    await page.waitForFunction(() => (document.querySelector('[data-testid="why-note"]') as HTMLInputElement | null)?.value === '', undefined, { timeout: 10_000 });
    await page.locator(tid('toggle-log')).tap();
    await expect(page.locator(tid('move-log')).textContent()).resolves.toContain(NOTE);
    await page.locator(tid('close-log')).tap();
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
    const notes = page.locator(tid('player-notes'));
    await notes.waitFor();
    await expect(notes.locator(tid('notes-developing')).textContent()).resolves.toContain(NOTE);
    await notes.scrollIntoViewIfNeeded();
    await shot(page, `${tag}-02-debrief`);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
}

/**
 * The seven-seat level (2026 at seven seats) played solo through the UI by the African Group and
 * LDCs, from the menu to the debrief, at a phone size (and a laptop size for the screenshots): seven
 * seat chips, the table and the outcome must fit and read on a phone.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, nextPrompt, openPage, shot, tid } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** No element of the screen sticks out past the right edge of the viewport (a horizontal scroll on a phone). */
async function overflowX(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const [name, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['laptop', { width: 1280, height: 720 }],
] as const) {
  it(`plays the seven-seat level as the African Group and LDCs to the debrief (${name})`, async () => {
    const { page, errors } = await openPage(browser, viewport);
    await page.goto(`${inject('baseUrl')}/?level=jsi-coalitions-7&mode=solo&role=africa-ldcs&fast=1&seed=7`);
    await page.waitForSelector(`${tid('menu-play')}:not([disabled])`);
    await page.click(tid('menu-play'));
    await page.waitForSelector(tid('roles'));
    expect(await page.isChecked(tid('role-africa-ldcs'))).toBe(true);
    for (const role of ['eu', 'us', 'japan-singapore', 'india-south-africa', 'africa-ldcs', 'tnc-lobby', 'civil-society']) {
      expect(await page.locator(tid(`role-${role}`)).count(), role).toBe(1);
    }
    await shot(page, `seven-${name}-01-roles`);
    await page.click(tid('roles-continue'));
    await page.waitForSelector(tid('briefing'), { timeout: 20_000 });
    await shot(page, `seven-${name}-02-briefing`);
    await page.click(tid('briefing-continue'));

    // Our first turn: a last renewal with a study, a development-focused work programme with a
    // fund, incorporation after a development review, and VAT experience-sharing.
    await page.waitForSelector(`${tid('end-turn')}:not([disabled])`, { timeout: 20_000 });
    expect(await overflowX(page)).toBeLessThanOrEqual(1);
    await shot(page, `seven-${name}-03-table`);
    const choices: [string, number][] = [['moratorium', 1], ['work-programme', 1], ['jsi', 1], ['tax', 1]];
    for (const [i, [issue, option]] of choices.entries()) {
      const step = page.locator(tid(`issue-step-${i}`));
      if (await step.isVisible()) await step.click();
      await page.click(tid(`option-${issue}-${option}`));
    }
    await expect(page.textContent(tid('package-value'))).resolves.toMatch(/worth \d+ to you/);
    await page.click(tid('offer-submit'));
    await page.waitForSelector(`${tid('offer-submit')}[disabled]`);
    await page.click(tid('end-turn'));

    for (let guard = 0; guard < 80; guard++) {
      const screen = await nextPrompt(page, 20_000);
      if (screen === 'outcome-screen') break;
      if (screen === 'vote-yes') await page.click(tid('vote-yes'));
      else if (screen === 'end-turn') await page.click(tid('end-turn'));
      await page.waitForTimeout(100);
    }
    await page.waitForSelector(tid('outcome-screen'), { timeout: 20_000 });
    await page.waitForTimeout(800);
    const scores = (await page.textContent(tid('outcome-scores'))) ?? '';
    for (const seat of ['European Union', 'United States', 'Japan and Singapore', 'India and South Africa', 'African Group and LDCs', 'Technology-industry lobby', 'Civil-society network']) {
      expect(scores, seat).toContain(seat);
    }
    expect(await overflowX(page)).toBeLessThanOrEqual(1);
    await shot(page, `seven-${name}-04-outcome`);
    await page.click(tid('to-debrief'));
    await page.waitForSelector(tid('debrief-screen'));
    const debrief = (await page.textContent(tid('debrief-screen'))) ?? '';
    expect(debrief).toContain('Developing members were not one bloc at your table');
    await shot(page, `seven-${name}-05-debrief`);
    expect(errors).toEqual([]);
  }, 150_000);
}

/** A full solo game on the tutorial, played through the UI from the menu to the debrief's replay. */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, nextPrompt, openPage, shot, tid } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

it('plays a solo game from the menu to the debrief', async () => {
  const { page, errors } = await openPage(browser);
  // Hold Phaser's chunk back until the preload screen has been seen (the menu prefetches it, so
  // the hold starts before the page loads).
  let release = (): void => undefined;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/host-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${inject('baseUrl')}/?level=tutorial&mode=solo&role=developing&fast=1&seed=7`);
  await page.waitForSelector(`${tid('menu-play')}:not([disabled])`);
  await shot(page, '01-menu');
  await page.click(tid('menu-play'));
  await page.waitForSelector(tid('roles'));
  expect(await page.isChecked(tid('role-developing'))).toBe(true);
  await shot(page, '02-roles');
  await page.click(tid('roles-continue'));
  // The briefing shows at once; Phaser downloads while it is read.
  await page.waitForSelector(tid('briefing'), { timeout: 20_000 });
  await expect(page.textContent(tid('briefing-objectives'))).resolves.toContain('tariff revenue');
  await shot(page, '03-briefing');
  await page.click(tid('briefing-continue'));
  // Leaving the briefing before Phaser has arrived shows the progress bar until it has.
  await page.waitForSelector(tid('preload'));
  await shot(page, '02b-preload');
  release();

  // Our turn (the developing delegation moves last in the tutorial's turn order).
  await page.waitForSelector(`${tid('end-turn')}:not([disabled])`, { timeout: 15_000 });
  await shot(page, '04-table');
  // Play the first card we can afford (choosing a target if it needs one).
  const playable = page.locator('[data-testid^="card-play-"]:not([disabled])');
  expect(await playable.count()).toBeGreaterThan(0);
  await playable.first().click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid^="card-play-"]:not([disabled])').length === 0);
  // Build a package option by option: the value counter appears once every issue has an option.
  await page.click(tid('option-data-flows-1'));
  await expect(page.textContent(tid('package-value'))).resolves.toContain('left');
  await page.click(tid('option-customs-duties-0'));
  await expect(page.textContent(tid('package-value'))).resolves.toMatch(/worth \d+ to you/);
  await shot(page, '05-offer-builder');
  await page.click(tid('offer-submit'));
  await page.waitForSelector(`${tid('offer-submit')}[disabled]`);
  // Answer a package from another seat, if there is one.
  const reject = page.locator('[data-testid^="reject-"]:not([disabled])');
  if ((await reject.count()) > 0) await reject.first().click();
  await page.click(tid('toggle-log'));
  await page.waitForSelector(tid('move-log'));
  await shot(page, '06-move-log');
  await page.click(tid('toggle-log'));
  await page.click(tid('end-turn'));

  // Later turns: the delegation holds out (it never accepts, so no package is adopted before the
  // end) and the final decision comes to a vote, which it answers.
  let voted = false;
  for (let guard = 0; guard < 40; guard++) {
    const screen = await nextPrompt(page);
    if (screen === 'outcome-screen') break;
    if (screen === 'vote-yes') {
      await shot(page, '07-vote');
      await page.click(tid('vote-yes'));
      voted = true;
      continue;
    }
    if (screen === 'end-turn') await page.click(tid('end-turn'));
    await page.waitForTimeout(100);
  }
  await page.waitForSelector(tid('outcome-screen'), { timeout: 15_000 });
  expect(voted).toBe(true);
  await page.waitForTimeout(1000);
  await expect(page.textContent(tid('outcome-scores'))).resolves.toContain('Developing-country delegation');
  expect(await page.locator(`${tid('outcome-evidence')} li`).count()).toBeGreaterThan(0);
  await shot(page, '08-outcome');
  await page.click(tid('to-debrief'));
  await page.waitForSelector(tid('debrief-screen'));
  const first = await page.textContent(tid('replay-step'));
  await page.click(tid('replay-next'));
  await page.click(tid('replay-next'));
  await page.click(tid('replay-next'));
  const third = await page.textContent(tid('replay-step'));
  expect(third).not.toBe(first);
  expect(third).toMatch(/^Step 3 of \d+$/);
  await shot(page, '09-debrief');
  expect(errors).toEqual([]);
}, 60_000);

it('names bad URL parameters on the menu instead of failing', async () => {
  const { page, errors } = await openPage(browser);
  await page.goto(`${inject('baseUrl')}/?level=no-such-level&mode=bogus&fast=1`);
  await page.waitForSelector(`${tid('menu-play')}:not([disabled])`);
  const notices = await page.locator(tid('menu-notice')).allTextContents();
  expect(notices.join(' ')).toContain('“no-such-level”');
  expect(notices.join(' ')).toContain('“bogus”');
  // The menu still works: the first playable level is chosen.
  expect(await page.inputValue(tid('menu-level'))).toBe('tutorial');
  await shot(page, '00-menu-bad-url');
  expect(errors).toEqual([]);
});

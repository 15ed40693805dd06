/**
 * A game played with the keyboard only (Tab, Shift+Tab, Enter, Space, arrows), at a phone's
 * landscape size, from the menu to the outcome; focus must always be visible.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, nextPrompt, openPage, shot, tid } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const focusedId = (page: Page): Promise<string | null> => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.testid ?? null);

/** Tab until the element with this test id has focus (at most `limit` presses). */
async function tabTo(page: Page, id: string | RegExp, limit = 60): Promise<string> {
  for (let i = 0; i < limit; i++) {
    const now = await focusedId(page);
    if (now && (typeof id === 'string' ? now === id : id.test(now))) return now;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${String(id)} with Tab`);
}

it('plays a whole game with the keyboard only at phone size', async () => {
  const { page, errors } = await openPage(browser, { width: 844, height: 390 });
  await page.goto(`${inject('baseUrl')}/?level=tutorial&mode=solo&role=civil-society&fast=1&seed=5`);
  await page.waitForSelector(`${tid('menu-play')}:not([disabled])`);
  await shot(page, '20-phone-menu');
  await tabTo(page, 'menu-play');
  // Focus is visible: the outline comes from :focus-visible.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await page.waitForSelector(tid('roles'));
  await shot(page, '21-phone-roles');
  await tabTo(page, 'roles-continue');
  await page.keyboard.press('Enter');
  await page.waitForSelector(tid('briefing'), { timeout: 20_000 });
  await shot(page, '22-phone-briefing');
  await tabTo(page, 'briefing-continue');
  await page.keyboard.press('Enter');

  let offered = false;
  for (let guard = 0; guard < 40; guard++) {
    const prompt = await nextPrompt(page);
    if (prompt === 'outcome-screen') break;
    if (prompt === 'vote-yes') {
      await tabTo(page, 'vote-yes');
      await page.keyboard.press('Enter');
      continue;
    }
    if (prompt !== 'end-turn') continue;
    if (!offered) {
      await shot(page, '23-phone-table');
      // Build a package with the arrow keys inside each issue's radio group.
      await tabTo(page, /^option-data-flows-/);
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      // On a narrow screen the builder shows one issue at a time: step to the next with its button.
      if (await page.locator(tid('issue-next')).isVisible()) {
        await tabTo(page, 'issue-next');
        await page.keyboard.press('Enter');
      }
      await tabTo(page, /^option-customs-duties-/);
      await page.keyboard.press('Space');
      await expect(page.textContent(tid('package-value'))).resolves.toMatch(/worth -?\d+ to you/);
      await tabTo(page, 'offer-submit');
      await page.keyboard.press('Enter');
      await page.waitForSelector(`${tid('offer-submit')}[disabled]`);
      offered = true;
      // Play a card, choosing its target with the arrow keys when it takes one.
      const target = page.locator('[data-testid^="card-target-"]:not([disabled])');
      if ((await target.count()) > 0) {
        const id = (await target.first().getAttribute('data-testid')) as string;
        await tabTo(page, id);
        await page.keyboard.press('ArrowDown');
        expect(await page.inputValue(tid(id))).not.toBe('');
        await tabTo(page, id.replace('card-target-', 'card-play-'));
      } else {
        await tabTo(page, /^card-play-/);
      }
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid^="card-play-"]:not([disabled])').length === 0);
      // Reject a package from another seat with the keyboard.
      if (await page.locator('[data-testid^="reject-"]:not([disabled])').count()) {
        await tabTo(page, /^reject-/);
        await page.keyboard.press('Enter');
      }
      // The move log opens and closes from the keyboard too, and shows the moves just made.
      await tabTo(page, 'toggle-log');
      await page.keyboard.press('Enter');
      await page.waitForSelector(tid('move-log'));
      expect(await page.textContent(tid('move-log'))).toMatch(/Civil-society network plays “/);
      await shot(page, '24-phone-log');
      await page.keyboard.press('Enter');
    }
    await tabTo(page, 'end-turn');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(50);
  }
  await page.waitForSelector(tid('outcome-screen'), { timeout: 15_000 });
  expect(offered).toBe(true);
  await page.waitForTimeout(1000);
  await shot(page, '25-phone-outcome');
  await tabTo(page, 'to-debrief');
  await page.keyboard.press('Enter');
  await page.waitForSelector(tid('debrief-screen'));
  await tabTo(page, 'replay-next');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await expect(page.textContent(tid('replay-step'))).resolves.toMatch(/^Step 2 of/);
  await shot(page, '26-phone-debrief');
  expect(errors).toEqual([]);
}, 60_000);

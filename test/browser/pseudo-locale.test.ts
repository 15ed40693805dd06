/**
 * Pseudo-localisation (`?lang=pseudo`: every text ~40% longer, accented) through the menu, the
 * briefing, the table, the outcome and the debrief, at phone (390×844) and laptop (1280×720)
 * sizes: no button or label may overflow its box, the way French and Spanish would make it.
 * A text cut on purpose with an ellipsis is not an overflow.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launch, nextPrompt, openPage, shot, tid } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Buttons and labels whose text is wider than their box (visible ones only). */
async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, label, .label, summary, h1, h2')]
      .filter((el) => {
        const style = getComputedStyle(el);
        if (el.getClientRects().length === 0 || style.visibility === 'hidden' || style.textOverflow === 'ellipsis') return false;
        return el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}" ${el.scrollWidth}>${el.clientWidth}`),
  );
}

async function check(page: Page, name: string, found: string[]): Promise<void> {
  for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 720 }]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    await shot(page, `pseudo-${name}-${size.width}`);
    found.push(...(await overflows(page)).map((o) => `${name} at ${size.width}: ${o}`));
  }
}

it('keeps every button and label inside its box with texts ~40% longer', async () => {
  const { page, errors } = await openPage(browser);
  const found: string[] = [];
  await page.goto(`${inject('baseUrl')}/?level=tutorial&mode=solo&role=developing&fast=1&seed=7&lang=pseudo`);
  await page.waitForSelector(`${tid('menu-play')}:not([disabled])`);
  expect(await page.textContent('h1')).toMatch(/^\[Çhööšé/);
  await check(page, 'menu', found);
  await page.click(tid('menu-play'));
  await page.waitForSelector(tid('roles'));
  await check(page, 'roles', found);
  await page.click(tid('roles-continue'));
  await page.waitForSelector(tid('briefing'), { timeout: 20_000 });
  await check(page, 'briefing', found);
  await page.click(tid('briefing-continue'));
  await page.waitForSelector(`${tid('end-turn')}:not([disabled])`, { timeout: 20_000 });
  await check(page, 'table', found);
  for (let guard = 0; guard < 40; guard++) {
    const screen = await nextPrompt(page);
    if (screen === 'outcome-screen') break;
    if (screen === 'vote-yes') await page.click(tid('vote-yes'));
    if (screen === 'end-turn') await page.click(tid('end-turn'));
    await page.waitForTimeout(100);
  }
  await page.waitForSelector(tid('outcome-screen'), { timeout: 15_000 });
  await check(page, 'outcome', found);
  await page.click(tid('to-debrief'));
  await page.waitForSelector(tid('debrief-screen'));
  await check(page, 'debrief', found);
  expect(found).toEqual([]);
  expect(errors).toEqual([]);
}, 120_000);

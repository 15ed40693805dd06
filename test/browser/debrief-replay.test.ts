/**
 * The debrief that teaches (issue 14, point 7), played as a student would: a solo game on the
 * tutorial to the debrief on a phone, then the player's own moves with plain reasons, three or four
 * questions to discuss, and the replay stepped by taps (next, previous, slider, play/pause, last,
 * first), at 390×844, 360×740 and 1280×720.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, nextPrompt, shot, tid } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function playToDebrief(page: Page): Promise<void> {
  await page.goto(`${inject('baseUrl')}/?level=tutorial&mode=solo&role=developing&fast=1&seed=7`);
  await page.waitForSelector(`${tid('menu-play')}:not([disabled])`);
  await page.click(tid('menu-play'));
  await page.waitForSelector(tid('roles'));
  await page.click(tid('roles-continue'));
  await page.waitForSelector(tid('briefing'), { timeout: 20_000 });
  await page.click(tid('briefing-continue'));
  let offered = false;
  for (let guard = 0; guard < 40; guard++) {
    const screen = await nextPrompt(page, 20_000);
    if (screen === 'outcome-screen') break;
    if (screen === 'vote-yes') {
      await page.click(tid('vote-yes'));
      continue;
    }
    if (screen === 'end-turn') {
      // First turn: a card, then a package (option by option, through the phone's issue stepper).
      if (!offered) {
        const playable = page.locator('[data-testid^="card-play-"]:not([disabled])');
        if ((await playable.count()) > 0) await playable.first().click();
        await page.waitForTimeout(100);
        if (await page.locator(tid('issue-step-0')).isVisible()) await page.click(tid('issue-step-0'));
        await page.click(tid('option-data-flows-1'));
        if (await page.locator(tid('issue-step-1')).isVisible()) await page.click(tid('issue-step-1'));
        await page.click(tid('option-customs-duties-0'));
        await page.click(tid('offer-submit'));
        await page.waitForSelector(`${tid('offer-submit')}[disabled]`);
        offered = true;
      }
      await page.click(tid('end-turn'));
    }
    await page.waitForTimeout(100);
  }
  await page.waitForSelector(tid('outcome-screen'), { timeout: 15_000 });
  await page.click(tid('to-debrief'));
  await page.waitForSelector(tid('debrief-screen'));
}

const stepOf = async (page: Page): Promise<number> => Number(/\d+/.exec((await page.textContent(tid('replay-step'))) ?? '')?.[0]);

it('shows plain reasons, questions and a replay of the table that taps step through', async () => {
  // Taps, as on a phone (a touch screen at every size: the laptop check reuses the page).
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await playToDebrief(page);

  // The player's own seat: every move with a reason in plain words, addressed to the player.
  const own = page.locator(`${tid('reasons-developing')} [data-testid="derived-reason"]`);
  expect(await own.count()).toBeGreaterThan(2);
  const reasons = await own.allTextContents();
  expect(reasons.join('\n')).toMatch(/You put package #\d+ on the table: worth \d+ points to you, \d+ (more|less) than the \d+ walking away was worth to you then/);
  expect(reasons.join('\n')).toMatch(/You played “/);
  // Bots keep their own reasons, and none gets a derived one.
  expect(await page.locator(`${tid('reasons-tnc-lobby')} [data-testid="derived-reason"]`).count()).toBe(0);
  // Three or four questions from the level's teaching block.
  const questions = await page.locator(`${tid('discussion')} li`).count();
  expect(questions).toBeGreaterThanOrEqual(3);
  expect(questions).toBeLessThanOrEqual(4);
  await shot(page, 'debrief-390-reasons');

  // The replay: the table at step 0, then stepped by taps.
  await page.locator(tid('replay')).scrollIntoViewIfNeeded();
  expect(await stepOf(page)).toBe(0);
  const steps = Number(/of (\d+)/.exec((await page.textContent(tid('replay-step'))) ?? '')?.[1]);
  expect(steps).toBeGreaterThan(10);
  await page.tap(tid('replay-next'));
  await page.tap(tid('replay-next'));
  expect(await stepOf(page)).toBe(2);
  await expect(page.textContent(tid('replay-now'))).resolves.toContain('Round 1');
  await page.tap(tid('replay-prev'));
  expect(await stepOf(page)).toBe(1);
  // The slider jumps to any step; the draft and the packages are the table's own, as the player saw them.
  await page.locator(tid('replay-slider')).fill(String(Math.floor(steps / 2)));
  expect(await stepOf(page)).toBe(Math.floor(steps / 2));
  await expect(page.locator(`${tid('replay-view')} ${tid('draft')}`).isVisible()).resolves.toBe(true);
  await expect(page.textContent(`${tid('replay-view')} ${tid('draft')}`)).resolves.toMatch(/\d+ pts|\d+ points/);
  expect(await page.locator(`${tid('replay-view')} [data-testid^="accept-"]`).count()).toBe(0);
  await shot(page, 'debrief-390-replay');
  // Find a step where a bot spoke: its statement shows with the move.
  let spoke = false;
  await page.tap(tid('replay-first'));
  for (let k = 0; k < steps && !spoke; k++) {
    await page.tap(tid('replay-next'));
    spoke = (await page.locator(`${tid('replay-now')} q`).count()) > 0;
  }
  expect(spoke).toBe(true);
  await page.locator(tid('replay')).scrollIntoViewIfNeeded();
  await shot(page, 'debrief-390-statement');
  // Play runs on by itself, pause stops it; last shows the end.
  const before = await stepOf(page);
  await page.tap(tid('replay-play'));
  await page.waitForFunction((b) => Number(/\d+/.exec(document.querySelector('[data-testid="replay-step"]')?.textContent ?? '')?.[0]) > b + 1, before);
  await page.tap(tid('replay-play'));
  const paused = await stepOf(page);
  await page.waitForTimeout(300);
  expect(await stepOf(page)).toBe(paused);
  await page.tap(tid('replay-last'));
  expect(await stepOf(page)).toBe(steps);
  // Seen by another seat: its own points, as it saw them (the debrief reveals every seat's values).
  await page.selectOption(tid('replay-viewer'), 'tnc-lobby');
  expect(await page.locator(`${tid('replay-view')} .tag.points`).count()).toBeGreaterThan(0);
  await page.selectOption(tid('replay-viewer'), '');
  expect(await page.locator(`${tid('replay-view')} .tag.points`).count()).toBe(0);
  await page.selectOption(tid('replay-viewer'), 'developing');

  // The same at 360×740 and 1280×720: the controls stay within reach and the table renders.
  for (const size of [{ width: 360, height: 740 }, { width: 1280, height: 720 }]) {
    await page.setViewportSize(size);
    await page.tap(tid('replay-first'));
    await page.tap(tid('replay-next'));
    await page.tap(tid('replay-next'));
    await page.tap(tid('replay-next'));
    expect(await stepOf(page)).toBe(3);
    const box = await page.locator(tid('replay-next')).boundingBox();
    expect(box && box.width >= 44 && box.height >= 44).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator(tid('replay')).scrollIntoViewIfNeeded();
    await shot(page, `debrief-${size.width}-replay`);
  }
  expect(errors).toEqual([]);
}, 120_000);

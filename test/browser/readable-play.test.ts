/**
 * A negotiation you can read (issue 14), on played games at a phone and a laptop size: an
 * information card's reveal shows on the draft in the same turn; the rules show at the buttons;
 * the countdown warns; the outcome reads for a deal and for a no deal. Screenshots go to
 * test-results/screenshots/readable-*.png.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, nextPrompt, shot, tid } from './helpers.js';

const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function table(size: { width: number; height: number }, query: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: size, hasTouch: size.width < 900, isMobile: size.width < 900 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('baseUrl')}/?level=tutorial&mode=solo&${query}`);
  await page.waitForSelector(`${tid('menu-play')}:not([disabled])`);
  await page.click(tid('menu-play'));
  await page.click(tid('roles-continue'));
  await page.waitForSelector(tid('briefing'), { timeout: 30_000 });
  await page.click(tid('briefing-continue'));
  return { page, errors, close: () => context.close() };
}

/** The element is drawn where the player can see it: in the viewport and not covered or scrolled away. */
async function onScreen(page: Page, locator: ReturnType<Page['locator']>): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + Math.min(r.width / 2, 20), r.y + Math.min(r.height / 2, 8));
    return !!hit && (el === hit || el.contains(hit));
  });
}

/** Ends every turn and votes as told; stops on the outcome screen. */
async function playToOutcome(page: Page, yes: boolean, tag: string): Promise<void> {
  let sawVote = false;
  for (let guard = 0; guard < 40; guard++) {
    const screen = await nextPrompt(page, 30_000);
    if (screen === 'outcome-screen') break;
    if (screen === 'vote-yes') {
      if (!sawVote) {
        sawVote = true;
        const rules = (await page.textContent(tid('decision-rules'))) ?? '';
        expect(rules).toMatch(/is put to the vote: of the packages still on the table, it is the one most voters accepted \(\d of \d; the latest one on a tie\)/);
        expect(rules).toMatch(/Who votes: .*Developing-country delegation/);
        expect(rules).toMatch(/Consensus: every voter must vote yes/);
        await shot(page, `${tag}-vote`);
      }
      await page.click(tid(yes ? 'vote-yes' : 'vote-no'));
    } else if (screen === 'end-turn') await page.click(tid('end-turn'));
    await page.waitForTimeout(50);
  }
  expect(sawVote).toBe(true);
  await page.waitForSelector(tid('outcome-screen'), { timeout: 30_000 });
  await page.waitForTimeout(600);
}

for (const size of SIZES) {
  const tag = `readable-${size.width}x${size.height}`;

  it(`shows an information card's reveal on the draft in the same turn at ${size.width}×${size.height}`, async () => {
    // Seed 3: civil society holds the "Leaked brief" and moves second.
    const { page, errors, close } = await table(size, 'role=civil-society&fast=1&seed=3');
    await page.waitForSelector(`${tid('end-turn')}:not([disabled])`, { timeout: 30_000 });
    const slot = await page.locator('[data-testid^="card-"] h3', { hasText: 'Leaked brief' }).locator('xpath=..').getAttribute('data-testid');
    const n = slot?.replace('card-', '') ?? '0';
    await page.selectOption(tid(`card-target-${n}`), 'developing');
    await page.click(tid(`card-play-${n}`));
    // Still the same turn: the news, the note on the issue and the figures beside our own.
    await page.waitForSelector(tid('reveal-news'));
    await expect(page.textContent(tid('reveal-news'))).resolves.toMatch(/Leaked brief revealed Developing-country delegation's points on .+: marked intel beside yours/);
    expect(await page.isEnabled(tid('end-turn'))).toBe(true);
    const intel = page.locator('[data-testid^="intel-"][data-testid$="-developing"]');
    expect(await intel.count()).toBeGreaterThan(1);
    await shot(page, `${tag}-reveal`);
    expect(await onScreen(page, intel.first())).toBe(true);
    // The rules at the reject and counter buttons: what blocking costs, what standing does.
    const rules = (await page.textContent(tid('answer-rules'))) ?? '';
    expect(rules).toMatch(/You have no vote, so rejecting or countering costs you no standing/);
    expect(rules).toMatch(/Standing is your goodwill: it is added to your Public voice each round/);
    expect(await page.getAttribute(tid('reject-1'), 'aria-describedby')).toBe('answer-rules');
    expect(await onScreen(page, page.locator(tid('reveal-news')))).toBe(true);
    await expect(intel.first().textContent()).resolves.toMatch(/Developing-country delegation: -?\d+/);
    await shot(page, `${tag}-reveal`);
    // Kept for the rest of the game: after the round goes round, the figures are still there.
    await page.click(tid('end-turn'));
    await page.waitForSelector(`${tid('end-turn')}:not([disabled])`, { timeout: 30_000 });
    expect(await page.locator('[data-testid^="intel-"][data-testid$="-developing"]').count()).toBeGreaterThan(1);
    await close();
    expect(errors).toEqual([]);
  }, 120_000);

  it(`names the cause of a change to your points, on the draft and in the move log, at ${size.width}×${size.height}`, async () => {
    // Seed 3: the lobby moves first and plays its "Industry study on duties" (everyone values Permanent +8).
    const { page, errors, close } = await table(size, 'role=developing&fast=1&seed=3');
    await page.waitForSelector(`${tid('end-turn')}:not([disabled])`, { timeout: 30_000 });
    // Bots played cards before our first turn; each change to our points comes with its cause.
    const lines = await page.locator(`${tid('effect-news')} li`).allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^(.+'s “.+”|The event “.+”): you now value .+ \(.+\) [+-]\d+ \(-?\d+ → -?\d+\)$/);
    expect(await onScreen(page, page.locator(tid('effect-news')))).toBe(true);
    expect(await page.locator('[data-testid^="changed-"]').count()).toBeGreaterThan(0);
    await shot(page, `${tag}-effects`);
    await page.click(tid('toggle-log'));
    const log = (await page.textContent(tid('move-log'))) ?? '';
    // The same in the move log, from the engine's private change entries (only this seat sees them).
    expect(log).toMatch(/you now value “.+” \(.+\) -?\d+ \(was -?\d+, [+−]\d+\)/);
    await shot(page, `${tag}-effects-log`);
    await close();
    expect(errors).toEqual([]);
  }, 120_000);

  it(`shows the bots' statements during play, with no figure, at ${size.width}×${size.height}`, async () => {
    const { page, errors, close } = await table(size, 'role=developing&fast=1&seed=3');
    await page.waitForSelector(`${tid('end-turn')}:not([disabled])`, { timeout: 30_000 });
    const said = await page.locator(`${tid('statements')} li`).allTextContents();
    expect(said.length).toBeGreaterThan(0);
    // Public words: a delegation's name and a sentence, never a point value.
    for (const line of said) {
      expect(line).toMatch(/^.+: “.+”$/);
      expect(line.replace(/#\d+/g, '')).not.toMatch(/\d/);
    }
    // The player may say a stock line with an offer: it appears at the table too.
    await page.selectOption(tid('offer-statement'), 'stockDevelopment');
    for (const id of ['data-flows', 'customs-duties']) {
      const step = page.locator(tid(`issue-step-${id === 'data-flows' ? 0 : 1}`));
      if (await step.isVisible()) await step.click();
      await page.locator(`[data-testid^="option-${id}-"]:not([disabled])`).first().locator('xpath=..').click();
    }
    await page.click(tid('offer-submit'));
    await page.waitForFunction(() => document.querySelector('[data-testid="statements"]')?.textContent?.includes('Capacity and development come first'));
    await shot(page, `${tag}-statements`);
    await close();
    expect(errors).toEqual([]);
  }, 120_000);

  it(`reads the outcome of a deal at ${size.width}×${size.height}`, async () => {
    const { page, errors, close } = await table(size, 'role=developing&fast=1&seed=7');
    await playToOutcome(page, true, `${tag}-deal`);
    await expect(page.textContent(tid('outcome-headline'))).resolves.toMatch(/^Agreement on package #\d+ in round \d$/);
    const bars = (await page.textContent(tid('outcome-scores'))) ?? '';
    expect(bars).toContain('without a deal');
    expect(bars).toContain('with this outcome');
    expect(await page.getAttribute(tid('score-developing'), 'aria-label')).toMatch(/^Developing-country delegation: without a deal -?\d+ points, with this outcome -?\d+ points \([+-]?\d+\)\. When the talks opened, walking away was worth -?\d+ points: [+-]?\d+ against the start\.$/);
    // Both scores, and the sentence that says which one decides who did best.
    await expect(page.textContent(tid('vs-start-developing'))).resolves.toMatch(/^against the start [+−-]?\d+$/);
    await expect(page.textContent(tid('vs-walkaway-developing'))).resolves.toMatch(/^against walking away [+−-]?\d+$/);
    await expect(page.textContent(tid('outcome-decides'))).resolves.toMatch(/^Who did best is decided against (the start of the talks|walking away at the end)/);
    expect(await page.locator(`${tid('outcome-scores')} .delta.decides`).count()).toBe(4);
    expect(await page.locator(`${tid('score-developing')}.you`).count()).toBe(1);
    await expect(page.textContent(tid('outcome-better'))).resolves.toMatch(/Packages every voter would have preferred(None: no package|\d+ packages? would have left every voter)/);
    expect(await page.locator(tid('chart-frontier')).count()).toBe(0);
    await shot(page, `${tag}-outcome-deal`);
    await close();
    expect(errors).toEqual([]);
  }, 180_000);

  it(`reads the outcome of a no deal at ${size.width}×${size.height}`, async () => {
    const { page, errors, close } = await table(size, 'role=developing&fast=1&seed=7');
    await playToOutcome(page, false, `${tag}-nodeal`);
    await expect(page.textContent(tid('outcome-headline'))).resolves.toBe('No deal: the talks failed, and the drift is what happened');
    const text = (await page.textContent(tid('outcome'))) ?? '';
    expect(text).toContain('Where the world ended up without a deal (the drift)');
    expect(text).not.toContain('The text in force');
    // Nobody gained against walking away: nobody is crowned.
    expect(await page.locator(`${tid('outcome-scores')} .best`).count()).toBe(0);
    await shot(page, `${tag}-outcome-nodeal`);
    await close();
    expect(errors).toEqual([]);
  }, 180_000);

  it(`counts a timed turn down and warns at 15 s in words, once for screen readers, at ${size.width}×${size.height}`, async () => {
    // The lobby moves first; a teacher's 20-second timer instead of the level's.
    const { page, errors, close } = await table(size, 'role=tnc-lobby&seed=3&timer=20');
    // Without &fast the table waits for Phaser to load: slow on a busy machine.
    await page.waitForSelector(`${tid('end-turn')}:not([disabled])`, { timeout: 60_000 });
    await expect(page.textContent(tid('timer'))).resolves.toMatch(/^(20|19|18|17|16) s left$/);
    await page.waitForSelector(`${tid('timer')}.warning`, { timeout: 10_000 });
    await expect(page.textContent(tid('timer'))).resolves.toMatch(/^Hurry: \d+ s left$/);
    await expect(page.textContent(tid('timer-alert'))).resolves.toBe('15 seconds left in this turn.');
    const box = await page.locator(tid('timer')).boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(20);
    await shot(page, `${tag}-timer-warning`);
    await close();
    expect(errors).toEqual([]);
  }, 120_000);
}

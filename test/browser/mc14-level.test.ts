/**
 * The 2026 level (MC14, Yaoundé) played through the UI by the proponents of a permanent moratorium,
 * a demandeur seat, from the menu to the debrief, at a laptop and a phone size. The debrief must put
 * MC14's outcome as a question and not state it as a fact.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, nextPrompt, openPage, shot, tid } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

for (const [name, viewport] of [
  ['laptop', { width: 1280, height: 720 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  it(`plays the 2026 level as the demandeurs to the debrief (${name})`, async () => {
    const { page, errors } = await openPage(browser, viewport);
    await page.goto(`${inject('baseUrl')}/?level=mc14-2026&mode=solo&role=demandeurs&fast=1&seed=11`);
    await page.waitForSelector(`${tid('menu-play')}:not([disabled])`);
    await page.click(tid('menu-play'));
    await page.waitForSelector(tid('roles'));
    expect(await page.isChecked(tid('role-demandeurs'))).toBe(true);
    await shot(page, `mc14-${name}-01-roles`);
    await page.click(tid('roles-continue'));
    await page.waitForSelector(tid('briefing'), { timeout: 20_000 });
    await expect(page.textContent(tid('briefing-objectives'))).resolves.toContain('permanent moratorium');
    await shot(page, `mc14-${name}-02-briefing`);
    await page.click(tid('briefing-continue'));

    // Our first turn: table a renewal with a development-focused work programme, incorporation after
    // a development review and VAT experience-sharing, issue by issue through the stepper.
    await page.waitForSelector(`${tid('end-turn')}:not([disabled])`, { timeout: 20_000 });
    const choices: [string, number][] = [['moratorium', 2], ['work-programme', 2], ['jsi', 1], ['tax', 1]];
    for (const [i, [issue, option]] of choices.entries()) {
      // Phones show one issue at a time behind a stepper; a laptop shows them all.
      const step = page.locator(tid(`issue-step-${i}`));
      if (await step.isVisible()) await step.click();
      await page.click(tid(`option-${issue}-${option}`));
    }
    await expect(page.textContent(tid('package-value'))).resolves.toMatch(/worth \d+ to you/);
    await shot(page, `mc14-${name}-03-offer`);
    await page.click(tid('offer-submit'));
    await page.waitForSelector(`${tid('offer-submit')}[disabled]`);
    await page.click(tid('end-turn'));

    for (let guard = 0; guard < 60; guard++) {
      const screen = await nextPrompt(page, 20_000);
      if (screen === 'outcome-screen') break;
      if (screen === 'vote-yes') await page.click(tid('vote-yes'));
      else if (screen === 'end-turn') await page.click(tid('end-turn'));
      await page.waitForTimeout(100);
    }
    await page.waitForSelector(tid('outcome-screen'), { timeout: 20_000 });
    await page.waitForTimeout(800);
    await expect(page.textContent(tid('outcome-scores'))).resolves.toContain('Proponents of a permanent moratorium');
    // The summary states what the sources confirm and puts MC14's outcome as the class's question.
    await expect(page.textContent(tid('outcome-screen'))).resolves.toContain('What MC14 decided is the question for your class');
    await shot(page, `mc14-${name}-04-outcome`);
    await page.click(tid('to-debrief'));
    await page.waitForSelector(tid('debrief-screen'));
    const debrief = (await page.textContent(tid('debrief-screen'))) ?? '';
    expect(debrief).toContain('record of MC14');
    await shot(page, `mc14-${name}-05-debrief`);
    expect(errors).toEqual([]);
  }, 120_000);
}

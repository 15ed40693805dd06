/**
 * WCAG 2.1 AA audit with axe-core (run inside Chromium) on the menu, roles, briefing, table,
 * outcome and debrief, at a phone and a laptop size: no serious or critical finding.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, nextPrompt, tid } from './helpers.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function audit(page: Page, screen: string, found: string[]): Promise<void> {
  await page.addScriptTag({ content: AXE });
  const violations = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ' (' + v.nodes.length + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').slice(0, 160)).join(' | ')))`)) as string[];
  for (const v of violations) found.push(`${screen}: ${v}`);
}

for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 720 }]) {
  it(`has no serious or critical WCAG 2.1 AA finding at ${size.width}×${size.height}`, async () => {
    const context = await browser.newContext({ viewport: size });
    const page = await context.newPage();
    const found: string[] = [];
    await page.goto(`${inject('baseUrl')}/?level=tutorial&mode=solo&role=developing&fast=1&seed=7`);
    await page.waitForSelector(`${tid('menu-play')}:not([disabled])`);
    await audit(page, 'menu', found);
    await page.click(tid('menu-play'));
    await page.waitForSelector(tid('roles'));
    await audit(page, 'roles', found);
    await page.click(tid('roles-continue'));
    await page.waitForSelector(tid('briefing'), { timeout: 30_000 });
    await audit(page, 'briefing', found);
    await page.click(tid('briefing-continue'));
    await page.waitForSelector(`${tid('end-turn')}:not([disabled])`, { timeout: 30_000 });
    await audit(page, 'table', found);
    for (let guard = 0; guard < 40; guard++) {
      const prompt = await nextPrompt(page, 30_000);
      if (prompt === 'outcome-screen') break;
      if (prompt === 'vote-yes') await page.click(tid('vote-yes'));
      else if (prompt === 'end-turn') await page.click(tid('end-turn'));
      await page.waitForTimeout(100);
    }
    await page.waitForSelector(tid('outcome-screen'), { timeout: 30_000 });
    await audit(page, 'outcome', found);
    await page.click(tid('to-debrief'));
    await page.waitForSelector(tid('debrief'));
    await audit(page, 'debrief', found);
    await context.close();
    expect(found).toEqual([]);
  }, 120_000);
}

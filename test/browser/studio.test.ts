/** The studio: a small level built from a template, an error made and fixed, balance, play-test, download. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, shot, tid } from './helpers.js';
import { studioEdit, studioText } from './studio-helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

it('builds a level from a template, locates an error, checks balance, play-tests and downloads it', async () => {
  const { page, errors } = await openPage(browser, { width: 1280, height: 900 });
  const base = inject('baseUrl');
  await page.goto(`${base}/studio.html`);
  page.on('dialog', (d) => void d.accept());
  await page.selectOption(tid('studio-template'), '/levels/tutorial.yaml');
  await page.waitForSelector(`${tid('studio-status')}.ok`);
  // Give the level its own id (a copy of "tutorial" would hide behind the shipped one).
  await studioEdit(page, /^id: tutorial$/m, 'id: my-class');
  await page.waitForFunction(() => document.querySelector('[data-testid="studio-status"]')?.textContent?.startsWith('✓'));

  // A role's values through the form: the text follows.
  await page.fill(tid('value-developing-data-flows-0'), '33');
  await page.dispatchEvent(tid('value-developing-data-flows-0'), 'change');
  await page.fill(tid('nodeal-developing'), '-14');
  await page.dispatchEvent(tid('nodeal-developing'), 'change');
  await expect(studioText(page)).resolves.toMatch(/data-flows: \[\s*33, 22, 9\s*\]/);
  await expect(studioText(page)).resolves.toContain('noDealAdjustment: -14');

  // A card through the form.
  await page.fill(tid('card-id'), 'class-poll');
  await page.fill(tid('card-name'), 'Class poll');
  await page.click(tid('card-add'));
  await expect(studioText(page)).resolves.toContain('id: class-poll');
  await page.waitForSelector(`${tid('studio-preview')} >> text=Class poll`);

  // An error made (a value that is not a number), located at its line, then fixed.
  const text = await studioText(page);
  const line = text.split('\n').findIndex((l) => l.includes('noDealAdjustment: -14')) + 1;
  await studioEdit(page, /noDealAdjustment: -14/, 'noDealAdjustment: lots');
  await page.waitForSelector(tid('studio-error'));
  await expect(page.getAttribute(tid('studio-error'), 'data-line')).resolves.toBe(String(line));
  // The error's link takes the editor there; it underlines the wrong value and marks the line.
  await page.click(`${tid('studio-error')} button`);
  await expect(page.locator('.cm-lintRange-error').first().textContent()).resolves.toBe('lots');
  await page.waitForSelector('.cm-lint-marker-error');
  await shot(page, 'studio-01-error');
  await studioEdit(page, /noDealAdjustment: lots/, 'noDealAdjustment: -14');
  await page.waitForFunction(() => document.querySelector('[data-testid="studio-status"]')?.textContent?.startsWith('✓'));
  expect(await page.locator(tid('studio-error')).count()).toBe(0);
  await shot(page, 'studio-02-forms');

  // Survives a reload.
  await page.reload();
  await expect(studioText(page)).resolves.toContain('id: class-poll');

  // Balance in a worker, to the charts.
  await page.click(tid('studio-balance'));
  await page.waitForSelector(tid('studio-charts'), { timeout: 60_000 });
  await expect(page.locator('[data-testid^="win-"]').count()).resolves.toBe(4);
  await expect(page.textContent(tid('hints'))).resolves.toMatch(/no-deal adjustment by 2/);
  await page.locator(tid('studio-charts')).scrollIntoViewIfNeeded();
  await shot(page, 'studio-03-balance');

  // Download.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(tid('studio-save'))]);
  expect(download.suggestedFilename()).toBe('my-class.yaml');
  const saved = readFileSync((await download.path()) as string, 'utf8');
  expect(saved).toContain('id: class-poll');

  // Play-test: the game opens in a new tab on this level, solo.
  const [game] = await Promise.all([page.context().waitForEvent('page'), page.click(tid('studio-play'))]);
  await game.waitForSelector(`${tid('menu-play')}:not([disabled])`, { timeout: 20_000 });
  await expect(game.inputValue(tid('menu-level'))).resolves.toBe('my-class');
  await game.click(tid('menu-play'));
  await game.waitForSelector(tid('roles'));
  await game.click(tid('roles-continue'));
  await game.waitForSelector(tid('briefing'), { timeout: 20_000 });
  await shot(game, 'studio-04-playtest');
  expect(errors).toEqual([]);
}, 180_000);

it('opens a level file from the menu, keeps it on the device, and shows a broken one with its errors', async () => {
  const { page, errors } = await openPage(browser, { width: 390, height: 844 });
  await page.goto(`${inject('baseUrl')}/`);
  await page.waitForSelector(`${tid('menu-play')}:not([disabled])`);
  const text = readFileSync('levels/tutorial.yaml', 'utf8').replace(/^id: tutorial$/m, 'id: from-a-file');
  await page.setInputFiles(tid('menu-open-file'), { name: 'from-a-file.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text) });
  await page.waitForFunction(() => (document.querySelector('[data-testid="menu-level"]') as HTMLSelectElement | null)?.value === 'from-a-file');
  await shot(page, 'studio-05-menu-open-file-390');
  await page.reload();
  await page.waitForSelector(`${tid('menu-play')}:not([disabled])`);
  await expect(page.locator(`${tid('menu-level')} option[value="from-a-file"]`).count()).resolves.toBe(1);
  await page.setInputFiles(tid('menu-open-file'), { name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text.replace('year: 2017', 'year: soon')) });
  await page.waitForSelector('text=year');
  await shot(page, 'studio-06-menu-broken-file-390');
  expect(errors).toEqual([]);
}, 60_000);

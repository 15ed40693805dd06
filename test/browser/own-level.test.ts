/**
 * A trainer's level reaching a class without a restart, in Chromium: the facilitator uploads a
 * file in the console (a broken one first, whose errors are listed with line and column), a
 * participant plays the session on it to the outcome; a file dropped into the server's levels
 * folder shows up in the console's list, and a broken one in its list of left-out files.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, nextPrompt, openPage, shot, tid } from './helpers.js';
import { startGameServer, type TestGameServer } from './server.js';

const levelsDir = mkdtempSync(join(tmpdir(), 'ministerial-browser-levels-'));
const tutorial = readFileSync('levels/tutorial.yaml', 'utf8');
const own = tutorial.replace(/^id: tutorial$/m, 'id: our-class').replace(/^title:\n {2}en: .*$/m, 'title:\n  en: "Our class: data and duties"');
let browser: Browser;
let server: TestGameServer;
let baseUrl: string;

beforeAll(async () => {
  copyFileSync('levels/tutorial.yaml', join(levelsDir, 'tutorial.yaml'));
  server = await startGameServer({ levelsDir, botDelayMs: 0, log: () => undefined });
  baseUrl = server.baseUrl;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(levelsDir, { recursive: true, force: true });
});

test('the console uploads a level file, shows a broken one with its errors, and a participant plays it', async () => {
  const { page, errors } = await openPage(browser, { width: 390, height: 844 });
  await page.goto(`${baseUrl}/facilitator.html`);
  await page.locator('#f-tables').fill('1');
  await page.locator('#f-seats').fill('1');
  await page.locator('#f-timer').fill('0');
  const broken = own.replace('year: 2017', 'year: soon');
  await page.setInputFiles(tid('own-level'), { name: 'our-class.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
  await page.getByRole('button', { name: 'Open the session' }).click();
  await page.locator(tid('level-errors')).waitFor();
  const line = broken.split('\n').indexOf('year: soon') + 1;
  await expect(page.locator(`${tid('level-errors')} li`).first().textContent()).resolves.toMatch(new RegExp(`^${line}:7 {2}year {2}`));
  await shot(page, 'own-level-console-errors-390');
  expect(server.api.sessions.size).toBe(0);

  await page.setInputFiles(tid('own-level'), { name: 'our-class.yaml', mimeType: 'text/yaml', buffer: Buffer.from(own) });
  await page.getByRole('button', { name: 'Open the session' }).click();
  const code = ((await page.locator(tid('join-code')).textContent({ timeout: 10_000 })) ?? '').replace(/\s/g, '');
  await page.getByText('Our class: data and duties').first().waitFor();
  await shot(page, 'own-level-console-session-390');

  const player = await openPage(browser, { width: 390, height: 844 });
  await player.page.goto(`${baseUrl}/?join=${code}`);
  await player.page.locator('#join-name').fill('Amina');
  await player.page.getByRole('button', { name: 'Join' }).click();
  await player.page.locator(tid('table')).waitFor({ timeout: 15_000 });
  await page.getByText('Participants (1)').waitFor();
  await page.locator(tid('start')).click();
  const deadline = Date.now() + 90_000;
  let outcome = false;
  while (!outcome && Date.now() < deadline) {
    const prompt = await nextPrompt(player.page, 2_000).catch(() => null);
    if (prompt === 'outcome-screen') outcome = true;
    else if (prompt === 'end-turn') await player.page.locator(tid('end-turn')).click();
    else if (prompt === 'vote-yes') await player.page.locator(tid('vote-yes')).click();
  }
  expect(outcome).toBe(true);
  await shot(player.page, 'own-level-participant-outcome-390');
  // The refused upload's 422 is the one failed request the browser reports.
  expect([...errors, ...player.errors].filter((e) => !e.includes('status of 422'))).toEqual([]);
}, 150_000);

test('a file dropped into the levels folder appears in the console without a restart', async () => {
  const { page, errors } = await openPage(browser, { width: 1280, height: 720 });
  await page.goto(`${baseUrl}/facilitator.html`);
  await page.locator('#f-level option[value="tutorial"]').waitFor({ state: 'attached' });
  expect(await page.locator('#f-level option').count()).toBe(1);
  writeFileSync(join(levelsDir, 'dropped.yaml'), tutorial.replace(/^id: tutorial$/m, 'id: dropped').replace(/^title:\n {2}en: .*$/m, 'title:\n  en: "Dropped in during class"'));
  writeFileSync(join(levelsDir, 'broken.yaml'), tutorial.replace(/^id: tutorial$/m, 'id: broken').replace('year: 2017', 'year: soon'));
  await page.locator('#f-level option[value="dropped"]').waitFor({ state: 'attached', timeout: 12_000 });
  await page.locator(tid('level-problems')).waitFor({ timeout: 12_000 });
  await page.locator(`${tid('level-problems')} summary`).click();
  await expect(page.locator(tid('level-problems')).textContent()).resolves.toContain('broken.yaml');
  await page.locator('#f-level').selectOption('dropped');
  await shot(page, 'own-level-console-dropped-1280');
  expect(errors).toEqual([]);
}, 60_000);

/**
 * A level with its own evidence, in Chromium: the facilitator uploads it in the console, a
 * participant plays it to the debrief and finds the local fact with its source; the console's
 * teacher's kit link opens the kit on that very file, and the studio's kit button opens it on the
 * level being edited.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, nextPrompt, openPage, shot, tid } from './helpers.js';
import { startGameServer, type TestGameServer } from './server.js';

const own = `${readFileSync('levels/tutorial.yaml', 'utf8')
  .replace(/^id: tutorial$/m, 'id: our-class\nevidence: [our-class-online-exporters]')
  .replace(/^title:\n {2}en: .*$/m, 'title:\n  en: "Our class: data and duties"')}\n${readFileSync('test/fixtures/local-evidence/own-evidence.yaml', 'utf8')}`;
let browser: Browser;
let server: TestGameServer;
let baseUrl: string;

beforeAll(async () => {
  server = await startGameServer({ botDelayMs: 0, log: () => undefined });
  baseUrl = server.baseUrl;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('an uploaded level\'s own fact is in the debrief with its source, and the console opens the kit on that level', async () => {
  const { page, errors } = await openPage(browser, { width: 390, height: 844 });
  await page.goto(`${baseUrl}/facilitator.html`);
  await page.locator('#f-tables').fill('1');
  await page.locator('#f-seats').fill('1');
  await page.locator('#f-timer').fill('0');
  await page.setInputFiles(tid('own-level'), { name: 'our-class.yaml', mimeType: 'text/yaml', buffer: Buffer.from(own) });
  await page.getByRole('button', { name: 'Open the session' }).click();
  const code = ((await page.locator(tid('join-code')).textContent({ timeout: 10_000 })) ?? '').replace(/\s/g, '');

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
  const mine = player.page.locator(`${tid('outcome-evidence')} li[data-local="true"]`);
  await expect(mine.count()).resolves.toBe(1);
  const words = (await mine.textContent()) ?? '';
  expect(words).toContain('Half of the businesses surveyed sell abroad online.');
  expect(words).toContain("The workshop's trainer, 2026: “Survey of the participants' businesses”, Table 2");
  expect(words).toContain('a source of this level, added by its trainer');
  await mine.scrollIntoViewIfNeeded();
  await shot(player.page, 'own-evidence-debrief-390');
  await player.page.setViewportSize({ width: 1280, height: 720 });
  await mine.scrollIntoViewIfNeeded();
  await shot(player.page, 'own-evidence-debrief-1280');

  // The console's kit link opens the kit on this session's own level.
  const link = page.locator(tid('teacher-kit-link'));
  await expect.poll(() => link.getAttribute('href')).toContain('from=kept');
  const [kit] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await kit.setViewportSize({ width: 1280, height: 720 });
  await kit.locator(tid('kit-level')).waitFor({ timeout: 15_000 });
  await expect(kit.locator(tid('kit-level')).inputValue()).resolves.toBe('our-class');
  await expect(kit.locator(`${tid('kit-level')} option:checked`).textContent()).resolves.toContain('Our class: data and duties');
  // Its links keep to that level.
  await kit.locator(tid('nav-roles')).click();
  await kit.waitForURL(/view=roles/);
  await expect(kit.locator(tid('kit-level')).inputValue()).resolves.toBe('our-class');
  await shot(kit, 'own-evidence-kit-from-console-1280');
  expect([...errors, ...player.errors]).toEqual([]);
}, 180_000);

test('the studio opens the teacher\'s kit on the level being edited', async () => {
  const { page, errors } = await openPage(browser, { width: 1280, height: 720 });
  await page.goto(`${baseUrl}/studio.html`);
  await page.setInputFiles(tid('studio-open'), { name: 'our-class.yaml', mimeType: 'text/yaml', buffer: Buffer.from(own) });
  await expect.poll(() => page.locator(tid('studio-status')).textContent(), { timeout: 15_000 }).toMatch(/^✓ Valid/);
  const [kit] = await Promise.all([page.context().waitForEvent('page'), page.locator(tid('studio-kit')).click()]);
  await kit.locator(tid('kit-level')).waitFor({ timeout: 15_000 });
  await expect(kit.locator(tid('kit-level')).inputValue()).resolves.toBe('our-class');
  await kit.setViewportSize({ width: 390, height: 844 });
  await shot(kit, 'own-evidence-kit-from-studio-390');
  expect(errors).toEqual([]);
}, 90_000);

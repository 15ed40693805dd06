/**
 * A whole workshop in one Chromium: the facilitator opens a session from the console, three
 * participants join by code from their own pages (the join form, then the game's table scene with
 * the talk panel), the facilitator starts, the table is played to its outcome, and the console and
 * the projector show the cross-table debrief. Screenshots go to test-results/screenshots.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, nextPrompt, openPage, SCREENSHOTS, shot, tid } from './helpers.js';
import { startGameServer, type TestGameServer } from './server.js';

let browser: Browser;
let server: TestGameServer;
let baseUrl: string;

beforeAll(async () => {
  server = await startGameServer({ botDelayMs: 150 });
  baseUrl = server.baseUrl;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('a facilitator and three participants play a table to the cross-table debrief', async () => {
  // The facilitator opens a session.
  const { page: console_, errors: consoleErrors } = await openPage(browser, { width: 1366, height: 900 });
  await console_.goto(`${baseUrl}/facilitator.html`);
  await console_.locator('#f-level').selectOption('tutorial');
  await console_.locator('#f-tables').fill('1');
  await console_.locator('#f-seats').fill('3');
  await console_.locator('#f-timer').fill('0');
  await console_.getByRole('button', { name: 'Open the session' }).click();
  const codeText = (await console_.locator(tid('join-code')).textContent({ timeout: 10_000 })) ?? '';
  const code = codeText.replace(/\s/g, '');
  expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/);
  expect(console_.url()).toContain('#session=');
  await console_.locator('.qr svg').waitFor();

  // Three participants join from their own "devices".
  const players: { page: Page; errors: string[] }[] = [];
  for (const name of ['Amina', 'Bruno', 'Chen']) {
    const p = await openPage(browser, { width: 1280, height: 800 });
    await p.page.goto(`${baseUrl}/?join=${code}`);
    await p.page.locator('#join-name').fill(name);
    await p.page.getByRole('button', { name: 'Join' }).click();
    await p.page.locator(tid('table')).waitFor({ timeout: 15_000 });
    await p.page.locator(tid('talk-panel')).waitFor();
    players.push(p);
  }
  await console_.getByText('Participants (3)').waitFor();
  await shot(console_, 'workshop-console-lobby');

  // A word at the table before the start (the talk panel opens from its folded bar, and folds again).
  const amina = players[0] as { page: Page };
  const bruno = players[1] as { page: Page };
  await amina.page.locator(tid('talk-toggle')).click();
  await amina.page.locator(tid('chat-input')).fill('Hello from Amina');
  await amina.page.locator(tid('chat-input')).press('Enter');
  await bruno.page.locator('.ws-talk .badge', { hasText: '1' }).waitFor();
  await bruno.page.locator(tid('talk-toggle')).click();
  await bruno.page.getByText('Hello from Amina').waitFor();
  await shot(bruno.page, 'workshop-participant-talk');
  await amina.page.locator(tid('talk-toggle')).click();
  await bruno.page.locator(tid('talk-toggle')).click();

  await console_.locator(tid('start')).click();
  await console_.getByText('Status: running').waitFor();

  // The projector shows the whole session, public information only.
  const { page: projector } = await openPage(browser, { width: 1366, height: 768 });
  await projector.goto(`${baseUrl}/projector.html#code=${code}`);
  await projector.locator(tid('projector-code')).waitFor();

  // Play: whoever is prompted ends their turn or votes yes, until every page shows the outcome.
  const done = new Set<number>();
  const deadline = Date.now() + 90_000;
  let shotTaken = false;
  while (done.size < players.length && Date.now() < deadline) {
    for (let i = 0; i < players.length; i++) {
      if (done.has(i)) continue;
      const page = (players[i] as { page: Page }).page;
      const prompt = await nextPrompt(page, 1_000).catch(() => null);
      if (prompt === 'outcome-screen') done.add(i);
      else if (prompt === 'end-turn') {
        if (!shotTaken) {
          await shot(page, 'workshop-participant-table');
          shotTaken = true;
        }
        await page.locator(tid('end-turn')).click();
      } else if (prompt === 'vote-yes') await page.locator(tid('vote-yes')).click();
    }
  }
  expect(done.size).toBe(players.length);
  await shot((players[0] as { page: Page }).page, 'workshop-participant-outcome');

  // The cross-table debrief in the console and on the projector.
  await console_.locator(`${tid('debrief')} svg.chart`).first().waitFor({ timeout: 10_000 });
  await console_.locator(tid('debrief')).scrollIntoViewIfNeeded();
  await shot(console_, 'workshop-console-debrief');
  await console_.screenshot({ path: join(SCREENSHOTS, 'workshop-console-full.png'), fullPage: true });
  await projector.locator(`${tid('debrief')} svg.chart`).first().waitFor({ timeout: 10_000 });
  await shot(projector, 'workshop-projector');
  const projectorText = (await projector.locator('body').textContent()) ?? '';
  expect(projectorText).not.toContain('Hello from Amina');
  // One table on the projector, as a spectator sees it.
  await projector.goto(`${baseUrl}/projector.html#code=${code}&table=1`);
  await projector.locator(tid('projector-table')).waitFor();
  await shot(projector, 'workshop-projector-table');
  expect((await projector.locator('body').textContent()) ?? '').not.toContain('Hello from Amina');

  // The export downloads work from the console.
  const download = console_.waitForEvent('download');
  await console_.getByRole('button', { name: 'Export results (CSV)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^workshop-.*\.csv$/);

  const relevant = (errors: string[]): string[] => errors.filter((e) => !/favicon|Failed to load resource/.test(e));
  expect(relevant(consoleErrors)).toEqual([]);
  for (const p of players) expect(relevant(p.errors)).toEqual([]);
}, 150_000);

/**
 * A workshop as a class lives it, in Chromium: a student opens the link in a second tab (the newer
 * tab plays, the older is told and stops), the facilitator pauses (every screen says so, moves are
 * off), sends a message, and ends the session (the student lands on the table's result and
 * debrief, the console's controls switch off). The console and the projector at phone size.
 * Screenshots go to test-results/screenshots.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { CreateSessionResponse } from '../../src/protocol/messages.js';
import { launch, openPage, shot, tid } from './helpers.js';
import { startGameServer, type TestGameServer } from './server.js';
import { unreachableControls } from './reach.js';

let browser: Browser;
let server: TestGameServer;
let baseUrl: string;

beforeAll(async () => {
  server = await startGameServer({ botDelayMs: 100 });
  baseUrl = server.baseUrl;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 720 };

async function createSession(body: Record<string, unknown> = {}): Promise<CreateSessionResponse> {
  const res = await fetch(`${baseUrl}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ level: 'tutorial', tables: 2, seatsPerTable: 1, bots: true, turnSeconds: 0, ...body }),
  });
  return (await res.json()) as CreateSessionResponse;
}

async function joinAt(page: Page, code: string, name: string): Promise<void> {
  await page.goto(`${baseUrl}/?join=${code}`);
  await page.locator('#join-name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.locator(tid('table')).waitFor({ timeout: 15_000 });
}

async function openConsole(session: CreateSessionResponse, viewport = LAPTOP): Promise<{ page: Page; errors: string[] }> {
  const c = await openPage(browser, viewport);
  await c.page.goto(`${baseUrl}/facilitator.html#session=${session.sessionId}&secret=${session.secret}`);
  await c.page.locator(tid('join-code')).waitFor({ timeout: 10_000 });
  return c;
}

/** Nothing on the page is wider than the screen, and every enabled button fits across it. */
async function fitsAcross(page: Page): Promise<{ overflow: number; clipped: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = [...document.querySelectorAll('button, select, input, a')]
      .filter((e) => !(e as HTMLButtonElement).disabled && (e as HTMLElement).offsetParent !== null)
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.left < -1 || r.right > width + 1;
      })
      .map((e) => `${e.tagName} ${(e.textContent ?? '').trim().slice(0, 30)}`);
    return { overflow: document.documentElement.scrollWidth - width, clipped };
  });
}

const relevant = (errors: string[]): string[] => errors.filter((e) => !/favicon|Failed to load resource|WebSocket|4011/.test(e));

test('a second tab takes the seat; the first is told and stops', async () => {
  const session = await createSession();
  const context = await browser.newContext({ viewport: PHONE });
  const first = await context.newPage();
  await joinAt(first, session.code, 'Amina');
  // The same device (same storage) opens the join link again: it rejoins as Amina, no new participant.
  const second = await context.newPage();
  await second.goto(`${baseUrl}/?join=${session.code}`);
  await second.locator(tid('table')).waitFor({ timeout: 15_000 });
  await first.locator(tid('replaced-notice')).waitFor({ timeout: 10_000 });
  await shot(first, 'classroom-replaced-phone');
  const w = server.api.sessions.get(session.sessionId);
  expect(w?.participants.size).toBe(1);
  // The stopped tab's game is inert: its controls cannot be used.
  expect(await first.evaluate(() => (document.getElementById('ui') as HTMLElement).inert)).toBe(true);
  expect(await second.evaluate(() => (document.getElementById('ui') as HTMLElement).inert)).toBe(false);
  // "Play on this tab instead" takes the seat back, and the other tab is told in turn.
  await first.locator(tid('replaced-notice')).getByRole('button').click();
  await first.locator(tid('table')).waitFor({ timeout: 15_000 });
  await second.locator(tid('replaced-notice')).waitFor({ timeout: 10_000 });
  expect(w?.participants.size).toBe(1);
  await context.close();
}, 60_000);

test('pause, a message and the end of the session, as a participant and the facilitator see them', async () => {
  const session = await createSession({ bots: true, seatsPerTable: 1, tables: 2 });
  const phone = await openPage(browser, PHONE);
  await joinAt(phone.page, session.code, 'Bruno');
  const laptop = await openPage(browser, LAPTOP);
  await joinAt(laptop.page, session.code, 'Chen');
  const console_ = await openConsole(session);
  await console_.page.locator(tid('start')).click();
  await console_.page.getByText('Status: running').waitFor();

  // Pause: an overlay on every participant screen, the game inert, the talk panel still there.
  await console_.page.getByRole('button', { name: 'Pause' }).click();
  for (const p of [phone.page, laptop.page]) {
    await p.locator(tid('paused-notice')).waitFor({ timeout: 10_000 });
    expect(await p.evaluate(() => (document.getElementById('ui') as HTMLElement).inert)).toBe(true);
    await p.locator(tid('talk-toggle')).waitFor();
  }
  await shot(phone.page, 'classroom-paused-phone');
  await shot(laptop.page, 'classroom-paused-laptop');
  // A click on the table does nothing while paused (the screen is inert).
  const endTurn = laptop.page.locator(tid('end-turn'));
  if ((await endTurn.count()) > 0) await expect(endTurn.click({ timeout: 800 })).rejects.toThrow();

  // A message to every table, shown prominently.
  await console_.page.locator(tid('announce-text')).fill('Five minutes left: put your best package on the table');
  await console_.page.locator(tid('announce')).click();
  for (const p of [phone.page, laptop.page]) await p.locator(tid('announcement'), { hasText: 'Five minutes left' }).waitFor({ timeout: 10_000 });
  await console_.page.getByRole('button', { name: 'Resume' }).click();
  for (const p of [phone.page, laptop.page]) await p.locator(tid('paused-notice')).waitFor({ state: 'detached', timeout: 10_000 });
  expect(await phone.page.evaluate(() => (document.getElementById('ui') as HTMLElement).inert)).toBe(false);
  await shot(phone.page, 'classroom-message-phone');
  await shot(laptop.page, 'classroom-message-laptop');

  // The projector shows the message too.
  const projector = await openPage(browser, { width: 1366, height: 768 });
  await projector.page.goto(`${baseUrl}/projector.html#code=${session.code}`);
  await projector.page.locator(tid('projector-announcement'), { hasText: 'Five minutes left' }).waitFor({ timeout: 10_000 });
  await shot(projector.page, 'classroom-projector-message');

  // End: every table is concluded; participants land on their table's result, told why.
  console_.page.once('dialog', (d) => void d.accept());
  await console_.page.getByRole('button', { name: 'End session' }).click();
  for (const p of [phone.page, laptop.page]) {
    await p.locator(tid('outcome-screen')).waitFor({ timeout: 15_000 });
    await p.locator(tid('ended-notice')).waitFor();
  }
  await shot(phone.page, 'classroom-ended-phone');
  await shot(laptop.page, 'classroom-ended-laptop');
  await phone.page.locator(tid('to-debrief')).click();
  await phone.page.locator(tid('ended-notice')).waitFor();
  await shot(phone.page, 'classroom-ended-debrief-phone');

  // The console: controls that no longer apply are off; the debrief has every table.
  await console_.page.locator(tid('ended-note')).waitFor();
  for (const name of ['Start', 'Pause', 'Resume', 'End session', 'Seat everyone waiting', 'Show message']) {
    expect(await console_.page.getByRole('button', { name, exact: true }).isDisabled(), name).toBe(true);
  }
  expect(await console_.page.getByRole('button', { name: 'Export results (CSV)' }).isEnabled()).toBe(true);
  await console_.page.locator(`${tid('debrief')} svg.chart`).first().waitFor({ timeout: 10_000 });
  await console_.page.locator(tid('debrief')).scrollIntoViewIfNeeded();
  await shot(console_.page, 'classroom-console-ended');

  for (const p of [phone, laptop, console_, projector]) expect(relevant(p.errors)).toEqual([]);
  for (const p of [phone, laptop, console_, projector]) await p.page.context().close();
}, 120_000);

test('the console and the projector fit a 390×844 phone; the facilitator link is shown only on request', async () => {
  const session = await createSession({ tables: 2, seatsPerTable: 3, autoAssign: true });
  const players: Page[] = [];
  for (const name of ['Dara', 'Eli', 'Dara']) {
    const p = await openPage(browser, PHONE);
    await joinAt(p.page, session.code, name);
    players.push(p.page);
  }
  const console_ = await openConsole(session, PHONE);
  await console_.page.getByText('Participants (3)').waitFor();
  // The secret link stays hidden until asked for.
  expect(await console_.page.locator(tid('facilitator-link')).isVisible()).toBe(false);
  expect(await console_.page.locator('body').innerText()).not.toContain(session.secret);
  await console_.page.locator(tid('duplicate-names')).waitFor();
  await shot(console_.page, 'classroom-console-phone');
  await console_.page.screenshot({ path: join(import.meta.dirname, '..', '..', 'test-results', 'screenshots', 'classroom-console-phone-full.png'), fullPage: true });
  expect(await fitsAcross(console_.page)).toEqual({ overflow: 0, clipped: [] });
  await console_.page.locator(tid('reveal-link')).click();
  expect(await console_.page.locator(tid('facilitator-link')).innerText()).toContain(session.secret);
  await console_.page.locator(tid('reveal-link')).click();
  expect(await console_.page.locator(tid('facilitator-link')).isVisible()).toBe(false);

  const projector = await openPage(browser, PHONE);
  await projector.page.goto(`${baseUrl}/projector.html#code=${session.code}`);
  await projector.page.locator(tid('projector-code')).waitFor();
  await shot(projector.page, 'classroom-projector-phone');
  expect(await fitsAcross(projector.page)).toEqual({ overflow: 0, clipped: [] });
  await projector.page.goto(`${baseUrl}/projector.html#code=${session.code}&table=1`);
  await projector.page.locator(tid('projector-table')).waitFor();
  await shot(projector.page, 'classroom-projector-table-phone');
  expect(await fitsAcross(projector.page)).toEqual({ overflow: 0, clipped: [] });
  expect(relevant(console_.errors)).toEqual([]);
  await console_.page.context().close();
  await projector.page.context().close();
  for (const p of players) await p.context().close();
}, 90_000);

test('at 390×844 every control of the join form, the table with the talk panel open, and the console can be scrolled into view and tapped', async () => {
  const session = await createSession({ tables: 1, seatsPerTable: 3, autoAssign: true });
  const student = await openPage(browser, PHONE);
  await student.page.goto(`${baseUrl}/?join=${session.code}`);
  await student.page.locator('#join-name').waitFor();
  const problems: string[] = [];
  const check = async (page: Page, where: string, within?: string): Promise<void> => {
    for (const control of await unreachableControls(page, within)) problems.push(`${where}: ${control}`);
  };
  await check(student.page, 'join form');
  await student.page.locator('#join-name').fill('Dara');
  await student.page.getByRole('button', { name: 'Join' }).click();
  await student.page.locator(tid('table')).waitFor({ timeout: 15_000 });
  await check(student.page, 'table');
  await student.page.locator(tid('talk-toggle')).click();
  await expect.poll(() => student.page.locator(tid('talk-toggle')).getAttribute('aria-expanded')).toBe('true');
  await shot(student.page, 'classroom-talk-open-phone');
  // An open sheet covers the table under it by design: what must be reachable is the sheet itself.
  await check(student.page, 'talk panel', tid('talk-panel'));
  const console_ = await openConsole(session, PHONE);
  await console_.page.getByText('Participants (1)').waitFor();
  await check(console_.page, 'console');
  expect(problems).toEqual([]);
  await console_.page.context().close();
  await student.page.context().close();
}, 90_000);

/**
 * The game in the WTO's three languages, played as its users do: a solo game in French from the
 * menu to the debrief, and an online session with the facilitator in French, one participant in
 * Spanish and one in English at the same table, to the outcome. Screenshots at phone (390×844)
 * and laptop (1280×720) sizes. While a level has no French or Spanish text, its English shows
 * with a notice; the interface itself must be in the chosen language.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, nextPrompt, openPage, shot, tid, whichScreen } from './helpers.js';
import { startGameServer, type TestGameServer } from './server.js';

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

/** The screen at both sizes: phone first, then back to the laptop. */
async function shotBoth(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, `lang-${name}-390`);
  await page.setViewportSize({ width: 1280, height: 720 });
  await shot(page, `lang-${name}-1280`);
}

/** Common English words that have no business on a Spanish or French screen. */
const ENGLISH_WORDS = /\b(the|and|with|plays|offers|accepts|rejects|round|turn|because|votes?)\b/i;

const relevant = (errors: string[]): string[] => errors.filter((e) => !/favicon|Failed to load resource/.test(e));

test('a solo game in French, from the menu to the debrief', async () => {
  const { page, errors } = await openPage(browser);
  await page.goto(`${baseUrl}/?level=tutorial&mode=solo&role=developing&fast=1&seed=7&lang=fr`);
  await page.waitForSelector(`${tid('menu-play')}:not([disabled])`);
  expect(await page.getAttribute('html', 'lang')).toBe('fr');
  await expect(page.textContent('h1')).resolves.toBe('Choisissez votre conférence ministérielle');
  expect(await page.inputValue(tid('menu-language'))).toBe('fr');
  expect(await page.locator(`${tid('menu-language')} option`).allTextContents()).toEqual(['EN · English', 'FR · Français', 'ES · Español']);
  const levelHasFrench = (await page.locator(tid('level-language-notice')).count()) === 0;
  await shotBoth(page, 'fr-menu');
  await page.click(tid('menu-play'));
  await page.waitForSelector(tid('roles'));
  await expect(page.textContent(tid('roles-continue'))).resolves.toBe('Continuer');
  await page.click(tid('roles-continue'));
  await page.waitForSelector(tid('briefing'), { timeout: 20_000 });
  await expect(page.textContent(tid('briefing'))).resolves.toContain('Objectifs confidentiels');
  if (!levelHasFrench) await page.waitForSelector(tid('level-language-notice'));
  await shotBoth(page, 'fr-briefing');
  await page.click(tid('briefing-continue'));
  await page.waitForSelector(`${tid('end-turn')}:not([disabled])`, { timeout: 20_000 });
  await expect(page.textContent(tid('end-turn'))).resolves.toBe('Finir le tour');
  await shotBoth(page, 'fr-table');
  for (let guard = 0; guard < 40; guard++) {
    const screen = await nextPrompt(page);
    if (screen === 'outcome-screen') break;
    if (screen === 'vote-yes') await page.click(tid('vote-yes'));
    if (screen === 'end-turn') await page.click(tid('end-turn'));
    await page.waitForTimeout(100);
  }
  await page.waitForSelector(tid('outcome-screen'), { timeout: 15_000 });
  await page.waitForTimeout(800);
  await expect(page.textContent(tid('outcome-screen'))).resolves.toContain('Dix ans plus tard');
  await shotBoth(page, 'fr-outcome');
  await page.click(tid('to-debrief'));
  await page.waitForSelector(tid('debrief-screen'));
  await page.click(tid('replay-next'));
  await expect(page.textContent(tid('replay-step'))).resolves.toMatch(/^Étape \d+ sur \d+$/);
  await expect(page.textContent(tid('debrief-screen'))).resolves.toContain('Questions à débattre');
  await shotBoth(page, 'fr-debrief');
  expect(relevant(errors)).toEqual([]);
}, 120_000);

test('a hot-seat game in Spanish, two players at one device, to the debrief', async () => {
  const { page, errors } = await openPage(browser, { width: 390, height: 844 });
  await page.goto(`${baseUrl}/?level=tutorial&mode=hotseat&fast=1&seed=11&lang=es`);
  await page.waitForSelector(`${tid('menu-play')}:not([disabled])`);
  expect(await page.getAttribute('html', 'lang')).toBe('es');
  await page.click(tid('menu-play'));
  await page.waitForSelector(tid('roles'));
  // Two humans: the lobby and the civil-society network (the delegations are bots).
  for (const role of ['developing', 'proponents', 'tnc-lobby', 'civil-society']) {
    const box = page.locator(tid(`role-${role}`));
    const want = role === 'tnc-lobby' || role === 'civil-society';
    if ((await box.isChecked()) !== want) await box.click();
  }
  await shotBoth(page, 'es-hotseat-roles');
  await page.click(tid('roles-continue'));
  const seen = new Set<string>();
  const shots = new Set<string>();
  for (let guard = 0; guard < 80; guard++) {
    const prompt = await whichScreen(page, ['outcome-screen', 'pass-reveal', 'briefing-continue', 'vote-yes', 'end-turn'], 20_000);
    if (prompt === 'outcome-screen') break;
    if (prompt === 'pass-reveal') {
      const label = (await page.textContent(tid('pass-reveal'))) ?? '';
      seen.add(label.includes('Lobby de la industria tecnológica') ? 'tnc-lobby' : label.includes('Red de la sociedad civil') ? 'civil-society' : label);
      if (!shots.has('pass')) await shotBoth(page, 'es-hotseat-pass');
      shots.add('pass');
      await page.click(tid('pass-reveal'));
    } else if (prompt === 'briefing-continue') {
      await expect(page.textContent(tid('briefing'))).resolves.toContain('Objetivos confidenciales');
      if (!shots.has('briefing')) await shotBoth(page, 'es-hotseat-briefing');
      shots.add('briefing');
      await page.click(tid('briefing-continue'));
    } else if (prompt === 'vote-yes') await page.click(tid('vote-yes'));
    else if (prompt === 'end-turn' && (await page.locator(`${tid('end-turn')}:not([disabled])`).count()) > 0) {
      if (!shots.has('table')) {
        await expect(page.textContent(tid('end-turn'))).resolves.toBe('Terminar el turno');
        await shotBoth(page, 'es-hotseat-table');
      }
      shots.add('table');
      await page.click(tid('end-turn'));
    }
    await page.waitForTimeout(60);
  }
  expect([...seen].sort()).toEqual(['civil-society', 'tnc-lobby']);
  await page.waitForSelector(tid('outcome-screen'), { timeout: 15_000 });
  await page.waitForTimeout(800);
  await expect(page.textContent(tid('outcome-screen'))).resolves.toContain('Diez años después');
  await shotBoth(page, 'es-hotseat-outcome');
  await page.click(tid('to-debrief'));
  await page.waitForSelector(tid('debrief-screen'));
  await page.click(tid('replay-next'));
  await expect(page.textContent(tid('replay-step'))).resolves.toMatch(/^Paso \d+ de \d+$/);
  // The bots' reasons and the replay's move lines are worded from codes, so they are Spanish too.
  for (const role of ['developing', 'proponents']) await page.click(`${tid(`reasons-${role}`)} summary`);
  for (let i = 0; i < 6; i++) await page.click(tid('replay-next'));
  const debrief = (await page.textContent(tid('debrief-screen'))) ?? '';
  expect(debrief).not.toMatch(ENGLISH_WORDS);
  await shotBoth(page, 'es-hotseat-debrief');
  await page.click(tid('replay-last'));
  expect((await page.textContent(tid('replay-view'))) ?? '').not.toMatch(ENGLISH_WORDS);
  await shotBoth(page, 'es-hotseat-debrief-last');
  expect(relevant(errors)).toEqual([]);
}, 120_000);

test('on a 360 px phone the seat labels tell every seat apart by name, in French and in Spanish', async () => {
  for (const language of ['fr', 'es']) {
    const { page, errors } = await openPage(browser, { width: 360, height: 740 });
    await page.goto(`${baseUrl}/?level=tutorial&mode=solo&role=developing&fast=1&seed=7&lang=${language}`);
    await page.waitForSelector(`${tid('menu-play')}:not([disabled])`);
    await page.click(tid('menu-play'));
    await page.waitForSelector(tid('roles'));
    await page.click(tid('roles-continue'));
    await page.waitForSelector(tid('briefing'), { timeout: 20_000 });
    await page.click(tid('briefing-continue'));
    await page.waitForSelector(`${tid('end-turn')}:not([disabled])`, { timeout: 20_000 });
    // What each label shows of its name: the visible name span, and whether it is cut off.
    const names = await page.$$eval('.seat-labels strong', (els) =>
      els.map((el) => {
        const shown = [...el.querySelectorAll('span')].filter((s) => getComputedStyle(s).display !== 'none');
        const box = (el.parentElement as HTMLElement).getBoundingClientRect();
        const cut = shown.some((s) => s.getBoundingClientRect().right > box.right + 1 || s.getBoundingClientRect().left < box.left - 1);
        return { name: shown[0]?.textContent ?? '', cut };
      }),
    );
    expect(names).toHaveLength(4);
    expect(new Set(names.map((n) => n.name)).size).toBe(4);
    for (const n of names) expect(n.cut, `${language}: "${n.name}" is cut off`).toBe(false);
    await shot(page, `lang-${language}-seats-360`);
    expect(relevant(errors)).toEqual([]);
    await page.context().close();
  }
}, 120_000);

test('a wrong session code is told in the page\'s language, from the server\'s code', async () => {
  const { page, errors } = await openPage(browser, { width: 390, height: 844 });
  await page.goto(`${baseUrl}/?join=ZZZZZZ&lang=fr`);
  await page.locator('#join-name').fill('Amina');
  await page.getByRole('button', { name: 'Rejoindre' }).click();
  await page.getByText('Impossible de rejoindre : aucune session avec ce code').waitFor({ timeout: 10_000 });
  await shot(page, 'lang-fr-join-wrong-code');
  const projector = await openPage(browser, { width: 1280, height: 720 });
  await projector.page.goto(`${baseUrl}/projector.html#code=ZZZZZZ&lang=es`);
  await projector.page.getByText('no hay ninguna sesión con este código').waitFor({ timeout: 10_000 });
  await shot(projector.page, 'lang-es-projector-wrong-code');
  // The 404s themselves are expected here; nothing else may fail.
  expect(relevant(errors)).toEqual([]);
  expect(relevant(projector.errors)).toEqual([]);
});

test('a join the room itself refuses is told in the page\'s language, from the server\'s code', async () => {
  const res = await fetch(`${baseUrl}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ level: 'tutorial', tables: 1, seatsPerTable: 1, bots: true, turnSeconds: 0, language: 'fr' }),
  });
  const session = (await res.json()) as { code: string; sessionId: string };
  const { page, errors } = await openPage(browser, { width: 390, height: 844 });
  // The join answer's token is swapped for one the session does not know (as a lost device's would
  // be): the HTTP join seated Amina at once, and the table room refuses the bogus token at its handshake.
  await page.route('**/api/join', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...((await response.json()) as object), token: 'x'.repeat(24) } });
  });
  await page.goto(`${baseUrl}/?join=${session.code}&lang=fr`);
  await page.locator('#join-name').fill('Amina');
  await page.getByRole('button', { name: 'Rejoindre' }).click();
  await page.getByText("Impossible de rejoindre : vous n'avez pas de siège à cette table").waitFor({ timeout: 10_000 });
  expect(await page.locator('.ws-status').textContent()).not.toMatch(/unknown|"code"/);
  await shot(page, 'lang-fr-join-refused-by-room');
  // Colyseus' own refusal (no such room: a table the session does not have) is worded too.
  const projector = await openPage(browser, { width: 1280, height: 720 });
  await projector.page.goto(`${baseUrl}/projector.html#code=${session.code}&table=5&lang=fr`);
  await projector.page.getByText("cette session ou cette table n'est plus ouverte").waitFor({ timeout: 10_000 });
  await shot(projector.page, 'lang-fr-projector-no-table');
  // A console link with a wrong secret says why it cannot open, in the console's language.
  const { sessionId } = session;
  const console_ = await openPage(browser, { width: 1280, height: 720 });
  await console_.page.goto(`${baseUrl}/facilitator.html?lang=fr#session=${sessionId}&secret=${'w'.repeat(24)}`);
  await console_.page.getByText("code secret de l'animateur erroné").waitFor({ timeout: 10_000 });
  await shot(console_.page, 'lang-fr-console-wrong-secret');
  expect(relevant(errors)).toEqual([]);
  expect(relevant(projector.errors)).toEqual([]);
});

test('the menu remembers the language chosen, and names an unknown ?lang=', async () => {
  const { page, errors } = await openPage(browser);
  await page.goto(`${baseUrl}/?fast=1`);
  await page.waitForSelector(`${tid('menu-play')}:not([disabled])`);
  await page.selectOption(tid('menu-language'), 'es');
  await page.waitForFunction(() => document.documentElement.lang === 'es' && document.querySelector('h1')?.textContent === 'Elija su conferencia ministerial');
  await page.goto(`${baseUrl}/?fast=1`);
  await page.waitForSelector(`${tid('menu-play')}:not([disabled])`);
  expect(await page.getAttribute('html', 'lang')).toBe('es');
  await page.goto(`${baseUrl}/?fast=1&lang=de`);
  await page.waitForSelector(`${tid('menu-play')}:not([disabled])`);
  await expect(page.textContent(tid('menu-notice'))).resolves.toContain('«de»');
  expect(await page.getAttribute('html', 'lang')).toBe('es');
  await shot(page, 'lang-es-menu-unknown-lang');
  expect(relevant(errors)).toEqual([]);
});

test('an online session: the facilitator in French, one participant in Spanish and one in English at the same table', async () => {
  const { page: console_, errors: consoleErrors } = await openPage(browser, { width: 1280, height: 720 });
  await console_.goto(`${baseUrl}/facilitator.html?lang=fr`);
  await console_.locator('#f-level').selectOption('tutorial');
  expect(await console_.inputValue(tid('create-language'))).toBe('fr');
  await console_.locator('#f-tables').fill('1');
  await console_.locator('#f-seats').fill('2');
  await console_.locator('#f-timer').fill('0');
  await shot(console_, 'lang-fr-console-create');
  await console_.getByRole('button', { name: 'Ouvrir la session' }).click();
  const code = ((await console_.locator(tid('join-code')).textContent({ timeout: 10_000 })) ?? '').replace(/\s/g, '');
  expect(code).toMatch(/^[0-9A-Z]{6}$/);

  // Sofía opens the plain join link and chooses Spanish on the join form; John's link asks for English.
  const sofia = await openPage(browser, { width: 390, height: 844 });
  await sofia.page.goto(`${baseUrl}/?join=${code}`);
  await sofia.page.selectOption(tid('join-language'), 'es');
  await sofia.page.getByRole('button', { name: 'Unirse' }).waitFor();
  await sofia.page.locator('#join-name').fill('Sofía');
  await shot(sofia.page, 'lang-es-join-390');
  await sofia.page.getByRole('button', { name: 'Unirse' }).click();
  const john = await openPage(browser, { width: 1280, height: 720 });
  await john.page.goto(`${baseUrl}/?join=${code}&lang=en`);
  await john.page.locator('#join-name').fill('John');
  await john.page.getByRole('button', { name: 'Join' }).click();
  for (const p of [sofia, john]) await p.page.locator(tid('table')).waitFor({ timeout: 20_000 });
  expect(await sofia.page.getAttribute('html', 'lang')).toBe('es');
  expect(await john.page.getAttribute('html', 'lang')).toBe('en');

  await console_.getByText('Participants (2)').waitFor();
  await console_.locator(tid('start')).click();
  await console_.getByText('État : en cours').waitFor();
  // The level's texts in the console follow the session's language too (events to inject, seats).
  expect(await console_.locator('#c-event option').allTextContents()).toContain('Un nouvel accord de libre-échange est signé (programmé)');
  await shot(console_, 'lang-fr-console-running');
  const { page: projector } = await openPage(browser, { width: 1280, height: 720 });
  await projector.goto(`${baseUrl}/projector.html#code=${code}`);
  await projector.locator(tid('projector-code')).waitFor();
  await projector.getByText('Allez sur', { exact: false }).first().waitFor();
  expect(await projector.getAttribute('html', 'lang')).toBe('fr');

  const players = [sofia, john];
  const done = new Set<number>();
  const shots = new Set<number>();
  const deadline = Date.now() + 90_000;
  while (done.size < players.length && Date.now() < deadline) {
    for (let i = 0; i < players.length; i++) {
      if (done.has(i)) continue;
      const page = (players[i] as { page: Page }).page;
      const prompt = await nextPrompt(page, 1_000).catch(() => null);
      if (prompt === 'outcome-screen') done.add(i);
      else if (prompt === 'end-turn') {
        if (!shots.has(i)) {
          shots.add(i);
          await expect(page.textContent(tid('end-turn'))).resolves.toBe(i === 0 ? 'Terminar el turno' : 'End turn');
          await shot(page, `lang-${i === 0 ? 'es' : 'en'}-participant-table`);
        }
        await page.locator(tid('end-turn')).click();
      } else if (prompt === 'vote-yes') await page.locator(tid('vote-yes')).click();
    }
  }
  expect(done.size).toBe(2);
  await sofia.page.waitForTimeout(800);
  await expect(sofia.page.textContent(tid('outcome-screen'))).resolves.toContain('Diez años después');
  await expect(john.page.textContent(tid('outcome-screen'))).resolves.toContain('Ten years on');
  await shotBoth(sofia.page, 'es-participant-outcome');
  await sofia.page.click(tid('to-debrief'));
  await sofia.page.waitForSelector(tid('debrief-screen'));
  await sofia.page.setViewportSize({ width: 390, height: 844 });
  // The online replay comes from the server: her own seat and the public table, nobody else's.
  await sofia.page.locator(`${tid('replay-view')} ${tid('draft')}`).waitFor({ timeout: 15_000 });
  const seenAs = await sofia.page.locator(`${tid('replay-viewer')} option`).allTextContents();
  expect(seenAs).toHaveLength(2);
  expect(seenAs[0]).toMatch(/\(usted\)$/);
  for (let i = 0; i < 4; i++) await sofia.page.click(tid('replay-next'));
  await expect(sofia.page.textContent(tid('replay-step'))).resolves.toMatch(/^Paso 4 de \d+$/);
  await expect(sofia.page.textContent(`${tid('replay-view')} ${tid('draft')}`)).resolves.toMatch(/\d+ (pts|puntos)/);
  await sofia.page.locator(tid('replay')).scrollIntoViewIfNeeded();
  await shot(sofia.page, 'lang-es-participant-replay-390');
  await sofia.page.selectOption(tid('replay-viewer'), '');
  expect(await sofia.page.locator(`${tid('replay-view')} .tag.points`).count()).toBe(0);
  // Back to the outcome and at once to the debrief: the replay is still there (asked for once).
  await sofia.page.click(tid('to-outcome'));
  await sofia.page.click(tid('to-debrief'));
  await sofia.page.locator(`${tid('replay-view')} ${tid('draft')}`).waitFor({ timeout: 5_000 });
  await shotBoth(sofia.page, 'es-participant-debrief');
  await john.page.click(tid('to-debrief'));
  await john.page.locator(`${tid('replay-view')} ${tid('draft')}`).waitFor({ timeout: 15_000 });
  await john.page.click(tid('replay-last'));
  await expect(john.page.textContent(tid('replay-step'))).resolves.toMatch(/^Step (\d+) of \1$/);
  await console_.locator(`${tid('debrief')} svg.chart`).first().waitFor({ timeout: 15_000 });
  await expect(console_.locator(tid('debrief')).first().textContent()).resolves.toContain('Débriefing de toutes les tables');
  await shot(console_, 'lang-fr-console-debrief');
  await shot(projector, 'lang-fr-projector');

  expect(relevant(consoleErrors)).toEqual([]);
  for (const p of players) expect(relevant(p.errors)).toEqual([]);
}, 180_000);

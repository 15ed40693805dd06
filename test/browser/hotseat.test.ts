/**
 * Hot-seat with two humans: the pass screen between players shows nothing private, and each player
 * sees only their own objectives and hand.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, nextPrompt, openPage, shot, tid } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

// Private texts of the two human seats in levels/tutorial.yaml (objectives and values), read from
// the level itself so retuning its numbers does not break the test.
const tutorial = parse(readFileSync(resolve(import.meta.dirname, '../../levels/tutorial.yaml'), 'utf8')) as {
  roles: { id: string; objectives: { en: string }; values: Record<string, number[]> }[];
};
function secretsOf(id: 'tnc-lobby' | 'civil-society', card: RegExp) {
  const role = tutorial.roles.find((r) => r.id === id);
  if (!role) throw new Error(`no role ${id} in the tutorial`);
  // A value of 0 would match any score on screen, so only the non-zero points are checked.
  const values = [...new Set(Object.values(role.values).flat().filter((v) => v !== 0))].map((v) => `${v} pts`);
  return { objective: role.objectives.en.trim().slice(0, 45), values, card };
}
const SECRETS = {
  'tnc-lobby': secretsOf('tnc-lobby', /Data-centre investment|Industry study on duties|Corridor visit/),
  'civil-society': secretsOf('civil-society', /Privacy campaign|Trust survey|Leaked brief/),
};
type Human = keyof typeof SECRETS;
const other = (r: Human): Human => (r === 'tnc-lobby' ? 'civil-society' : 'tnc-lobby');

async function assertPassScreenHidesEverything(page: Page): Promise<void> {
  const text = (await page.textContent('body')) ?? '';
  for (const secret of Object.values(SECRETS)) {
    expect(text).not.toContain(secret.objective);
    for (const v of secret.values) expect(text).not.toContain(v);
  }
  expect(await page.locator(tid('hand')).count()).toBe(0);
  expect(await page.locator(tid('briefing-objectives')).count()).toBe(0);
}

async function whoIsRevealed(page: Page): Promise<Human> {
  const label = (await page.textContent(tid('pass-reveal'))) ?? '';
  return label.includes('Technology-industry lobby') ? 'tnc-lobby' : 'civil-society';
}

it('hides each player\'s private information behind the pass screen', async () => {
  const { page, errors } = await openPage(browser);
  await page.goto(`${inject('baseUrl')}/?level=tutorial&mode=hotseat&fast=1&seed=11`);
  await page.waitForSelector(`${tid('menu-play')}:not([disabled])`);
  await page.click(tid('menu-play'));
  await page.waitForSelector(tid('roles'));
  // Two humans: the lobby and the civil-society network (the delegations are bots).
  for (const role of ['developing', 'proponents', 'tnc-lobby', 'civil-society']) {
    const box = page.locator(tid(`role-${role}`));
    const want = role === 'tnc-lobby' || role === 'civil-society';
    if ((await box.isChecked()) !== want) await box.click();
  }
  await shot(page, '10-hotseat-roles');
  await page.click(tid('roles-continue'));

  // Each human's briefing comes after a pass screen.
  for (let i = 0; i < 2; i++) {
    await page.waitForSelector(tid('pass-screen'), { timeout: 20_000 });
    await assertPassScreenHidesEverything(page);
    if (i === 0) await shot(page, '11-hotseat-pass');
    const me = await whoIsRevealed(page);
    await page.click(tid('pass-reveal'));
    await page.waitForSelector(tid('briefing'));
    const text = (await page.textContent('body')) ?? '';
    expect(text).toContain(SECRETS[me].objective);
    expect(text).not.toContain(SECRETS[other(me)].objective);
    await page.click(tid('briefing-continue'));
  }

  // Turns: every change of human seat goes through the pass screen; each sees only its own hand.
  const seen = new Set<Human>();
  let accepted = false;
  for (let guard = 0; guard < 60; guard++) {
    const prompt = await nextPrompt(page);
    if (prompt === 'outcome-screen') break;
    if (prompt === 'pass-reveal') {
      await assertPassScreenHidesEverything(page);
      const me = await whoIsRevealed(page);
      await page.click(tid('pass-reveal'));
      await page.waitForSelector(tid('table'));
      const hand = (await page.textContent(tid('hand'))) ?? '';
      const otherCards = SECRETS[other(me)].card;
      // The two decks share no card in the tutorial, so any of the other's cards would be a leak.
      expect(hand).not.toMatch(otherCards);
      const theirs = SECRETS[other(me)].values.find((v) => !(SECRETS[me].values as string[]).includes(v));
      if (theirs) expect((await page.textContent(tid('draft'))) ?? '').not.toContain(theirs);
      if (!seen.has(me)) await shot(page, `12-hotseat-table-${me}`);
      seen.add(me);
      continue;
    }
    if (prompt === 'end-turn') {
      // Accept one package from another seat: the lobby and civil society have no vote, so this
      // shows support without closing the game.
      const accept = page.locator('[data-testid^="accept-"]:not([disabled])');
      if ((await accept.count()) > 0) {
        const id = (await accept.first().getAttribute('data-testid'))?.replace('accept-', '');
        await accept.first().click();
        await page.waitForSelector(`${tid(`accept-${id}`)}[disabled]`);
        accepted = true;
      }
      await page.click(tid('end-turn'));
    }
    await page.waitForTimeout(50);
  }
  expect([...seen].sort()).toEqual(['civil-society', 'tnc-lobby']);
  expect(accepted).toBe(true);
  await page.waitForSelector(tid('outcome-screen'), { timeout: 15_000 });
  expect(errors).toEqual([]);
}, 60_000);

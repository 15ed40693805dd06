/**
 * In-game glossary explanations in Chromium: on the table at 390×844 a tap on a WTO term opens its
 * explanation (in the player's language), inside the screen, closed by a tap elsewhere; the
 * keyboard opens it with Enter and Escape closes it and gives focus back to the term. Screenshots
 * at 360×740, 390×844 and 1280×720 go to test-results/screenshots.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, shot, tid } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function toTable(page: Page, lang: string): Promise<void> {
  await page.goto(`${inject('baseUrl')}/?level=tutorial&mode=solo&role=developing&fast=1&seed=7&lang=${lang}`);
  await page.locator(`${tid('menu-play')}:not([disabled])`).tap();
  await page.locator(tid('roles-continue')).tap();
  await page.waitForSelector(tid('briefing'), { timeout: 30_000 });
  await page.locator(tid('briefing-continue')).tap();
  await page.waitForSelector(`${tid('end-turn')}:not([disabled])`, { timeout: 30_000 });
}

/**
 * A term shown on the draft, `id` if an issue has it: phones show one issue at a time, so it steps
 * to each; an option's clause is shown in full (and its terms marked) once the option is picked.
 */
async function visibleTerm(page: Page, id: string): Promise<ReturnType<Page['locator']>> {
  const issues = await page.locator('fieldset.issue').count();
  for (let i = 0; i < issues; i++) {
    if (await page.locator(tid(`issue-step-${i}`)).isVisible()) await page.locator(tid(`issue-step-${i}`)).tap();
    const fieldset = page.locator('fieldset.issue').nth(i);
    if (!/morato/i.test((await fieldset.textContent()) ?? '')) continue;
    const option = fieldset.locator('input:not([disabled])').first();
    await option.check();
    const term = page.locator('fieldset.issue').nth(i).locator(`.term[data-term="${id}"]`).first();
    if ((await term.count()) > 0 && (await term.isVisible())) return term;
  }
  await shot(page, `glossary-missing-${id}`);
  throw new Error(`no "${id}" on the draft`);
}

const SIZES = [
  { width: 390, height: 844, lang: 'en', word: /moratorium/i, definition: /customs duties|tax|transmission/i },
  { width: 360, height: 740, lang: 'fr', word: /moratoire/i, definition: /droits de douane|taxe|transmission/i },
  { width: 1280, height: 720, lang: 'es', word: /moratoria/i, definition: /derechos de aduana|impuesto|transmisi/i },
];

for (const size of SIZES) {
  it(`a tap on a term on the table explains it at ${size.width}×${size.height} (${size.lang})`, async () => {
    const mobile = size.width < 900;
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, hasTouch: true, isMobile: mobile });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await toTable(page, size.lang);
    const tag = `glossary-${size.width}x${size.height}`;
    await shot(page, `${tag}-01-table`);
    const term = await visibleTerm(page, 'moratorium');
    await term.scrollIntoViewIfNeeded();
    await expect(term.getAttribute('aria-expanded')).resolves.toBe('false');
    const picked = await page.locator('fieldset.issue input:checked').count();
    expect(picked).toBe(1);
    const words = (await term.textContent()) ?? '';
    expect(words).toMatch(size.word);
    await term.tap();
    const popover = page.locator(tid('term-popover'));
    await popover.waitFor({ state: 'visible' });
    await expect(popover.textContent()).resolves.toMatch(size.definition);
    await expect(term.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(popover.getAttribute('role')).resolves.toBe('dialog');
    // It fits the screen: no part of it past either edge.
    const box = await popover.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(size.height);
    await shot(page, `${tag}-02-explained`);
    // The tap did not pick another option: the term only explains.
    await expect(page.locator('fieldset.issue input:checked').count()).resolves.toBe(picked);
    // A tap elsewhere closes it.
    await page.locator(tid('package-value')).tap({ position: { x: 4, y: 4 } });
    await popover.waitFor({ state: 'detached' });
    // The keyboard: Enter opens it, Escape closes it and focus goes back to the term.
    await term.focus();
    await page.keyboard.press('Enter');
    await popover.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'detached' });
    await expect(page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.term ?? null)).resolves.toBe(await term.getAttribute('data-term'));
    // A card's terms are listed under its text once it is opened (its text is a control itself).
    const card = page.locator('[data-testid^="card-read-"]').filter({ hasText: size.word }).first();
    await card.scrollIntoViewIfNeeded();
    await card.tap();
    const cardTerm = page.locator('details[open] .term-list [role="button"].term').first();
    await cardTerm.waitFor({ state: 'visible' });
    await cardTerm.tap();
    await popover.waitFor({ state: 'visible' });
    await shot(page, `${tag}-03-card`);
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });
}

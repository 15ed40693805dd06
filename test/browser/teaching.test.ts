/**
 * The teacher's kit in Chromium: for every shipped level, each part opens from the app (the menu
 * and the facilitator console link to it) and shows what it must; the slides step through to the
 * end; one role pack prints to PDF (page.pdf, print media). Screenshots at phone and laptop sizes
 * go to test-results/screenshots, the PDF to test-results/teaching-*.pdf.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, openPage, SCREENSHOTS, shot, tid } from './helpers.js';
import { startGameServer, type TestGameServer } from './server.js';

const LEVELS = ['tutorial', 'buenos-aires-2017', 'abu-dhabi-2024', 'mc14-2026'];
const RESULTS = join(SCREENSHOTS, '..');

let browser: Browser;
let server: TestGameServer;
let baseUrl: string;

beforeAll(async () => {
  server = await startGameServer({ botDelayMs: 150 });
  baseUrl = server.baseUrl;
  browser = await launch();
  mkdirSync(RESULTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const kit = (level: string, view: string, extra = ''): string => `${baseUrl}/teacher.html?level=${level}&view=${view}${extra}`;

async function open(page: Page, url: string, testid: string): Promise<void> {
  await page.goto(url);
  await page.locator(tid(testid)).first().waitFor({ timeout: 20_000 });
}

describe.each(LEVELS)('the kit of %s', (level) => {
  test('every part opens, with its content, and a role pack prints to PDF', async () => {
    const { page, errors } = await openPage(browser, { width: 1280, height: 720 });

    // The teaching note: objectives, the computed answer key, bot self-play, quiz answers, the timeline.
    await open(page, kit(level, 'note'), 'kit-note');
    await page.locator(`${tid('simulation')}[data-state="done"]`).waitFor({ timeout: 60_000 });
    const note = (await page.locator(tid('kit-note')).textContent()) ?? '';
    for (const words of ['Learning objectives', 'Answer key', 'zone of possible agreement', 'Agreement rate:', 'Quiz answers', 'What really happened', 'simplifications']) expect(note).toContain(words);
    expect(await page.locator(`${tid('zone')} tbody tr`).count()).toBeGreaterThan(0);
    expect(await page.locator(`${tid('timeline')} > li`).count()).toBeGreaterThanOrEqual(9);
    await shot(page, `teaching-${level}-note-laptop`);

    await open(page, kit(level, 'run'), 'kit-run');
    for (const plan of ['class50', 'class90', 'workshop']) expect(await page.locator(`${tid(`plan-${plan}`)} tbody tr`).count()).toBeGreaterThan(3);
    expect(await page.locator(tid('kit-run')).textContent()).toContain('Paper fallback');

    await open(page, kit(level, 'debrief'), 'kit-debrief');
    expect(await page.locator(`${tid('rubric')} tbody tr`).count()).toBe(5);
    await page.locator(tid('reflection-prompt')).waitFor();

    // The slides: from the debrief, then to the last slide with the keyboard.
    await page.locator(tid('open-slides')).click();
    await page.locator(tid('kit-slides')).waitFor();
    const counter = page.locator(tid('slide-counter'));
    const total = Number(/\/ (\d+)/.exec((await counter.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(8);
    if (level === 'buenos-aires-2017') await shot(page, `teaching-${level}-slide-1-laptop`);
    for (let i = 1; i < total; i++) await page.keyboard.press('ArrowRight');
    expect(await counter.textContent()).toBe(`${total} / ${total}`);
    expect(await page.locator(tid('slide-next')).isDisabled()).toBe(true);

    await open(page, kit(level, 'quiz'), 'kit-quiz');
    expect(await page.locator('.quiz-items > li').count()).toBeGreaterThanOrEqual(8);
    await open(page, kit(level, 'glossary'), 'kit-glossary');
    const terms = (await page.locator('dl.glossary dt').allTextContents()).join(' | ');
    for (const term of ['Special and differential treatment', 'GATS', 'LDC', 'Plurilateral', 'Joint Statement Initiative', 'Moratorium', 'Pareto frontier', 'Nash bargaining point', 'BATNA', 'Consensus']) expect(terms).toContain(term);
    await open(page, kit(level, 'reading'), 'kit-reading');
    expect(await page.locator('[data-testid^="rivals-"]').count()).toBeGreaterThan(0);

    // Role packs: the list, each pack, and one printed to PDF.
    await open(page, kit(level, 'roles'), 'kit-roles');
    const packs = await page.locator('[data-testid^="open-pack-"]').evaluateAll((links) => links.map((a) => a.getAttribute('data-testid')));
    expect(packs.length).toBeGreaterThanOrEqual(5);
    await page.locator(tid('open-pack-chair')).click();
    await page.locator(tid('pack-chair')).waitFor();
    const firstRole = level === 'abu-dhabi-2024' || level === 'mc14-2026' ? 'sceptics' : 'developing';
    await open(page, kit(level, 'roles', `&role=${firstRole}`), `pack-${firstRole}`);
    const pack = (await page.locator('.pack').textContent()) ?? '';
    for (const words of ['Confidential', 'Your brief', 'Confidential instructions', 'Walking away', 'Point sheet', 'Drift schedule', 'Your card deck', 'Tally sheet']) expect(pack).toContain(words);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.kit-header').isVisible()).toBe(false);
    const pdfFile = join(RESULTS, `teaching-${level}-pack.pdf`);
    await page.pdf({ path: pdfFile, format: 'A4', printBackground: true });
    const pdf = readFileSync(pdfFile);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
    await page.emulateMedia({ media: 'screen' });

    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});

test('the menu and the facilitator console link to the kit of the chosen level', async () => {
  const { page, errors } = await openPage(browser, { width: 1280, height: 720 });
  await page.goto(`${baseUrl}/?level=buenos-aires-2017`);
  await page.locator(tid('menu-teacher')).click();
  await page.waitForURL(/teacher\.html\?level=buenos-aires-2017/);
  await page.locator(tid('kit-note')).waitFor({ timeout: 20_000 });

  await page.goto(`${baseUrl}/facilitator.html`);
  await page.locator('#f-level').selectOption('abu-dhabi-2024');
  await page.getByRole('button', { name: 'Open the session' }).click();
  const link = page.locator(tid('teacher-kit-link'));
  await link.waitFor({ timeout: 10_000 });
  // The link opens the kit on the session's own copy of the level file (handed over at the click).
  await expect.poll(() => link.getAttribute('href')).toBe('/teacher.html?level=abu-dhabi-2024&from=kept&view=debrief');
  const href = (await link.getAttribute('href')) ?? '';
  await page.goto(`${baseUrl}${href}`);
  await page.locator(tid('kit-debrief')).waitFor({ timeout: 20_000 });
  expect(errors).toEqual([]);
  await page.context().close();
}, 60_000);

test('screenshots of the note, a role pack and the slides at phone and laptop sizes', async () => {
  const sizes = [
    { name: 'phone360', width: 360, height: 740 },
    { name: 'phone390', width: 390, height: 844 },
    { name: 'laptop', width: 1280, height: 720 },
  ];
  for (const size of sizes) {
    const { page, errors } = await openPage(browser, { width: size.width, height: size.height });
    await open(page, kit('buenos-aires-2017', 'note'), 'kit-note');
    // Nothing wider than the screen but the tables, which scroll inside themselves.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await shot(page, `teaching-note-${size.name}`);
    await open(page, kit('buenos-aires-2017', 'roles', '&role=civil-society'), 'pack-civil-society');
    await shot(page, `teaching-pack-${size.name}`);
    await open(page, kit('abu-dhabi-2024', 'slides') + '#slide=4', 'kit-slides');
    await shot(page, `teaching-slides-${size.name}`);
    expect(errors).toEqual([]);
    await page.context().close();
  }
}, 90_000);

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
}

/** A page that records every console error and uncaught exception, for the test to assert none. */
export async function openPage(browser: Browser, viewport = { width: 1280, height: 720 }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { page, errors };
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForTimeout(120);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

export const tid = (id: string): string => `[data-testid="${id}"]`;

/** Which of the given screens is showing now (polls until one is). */
export async function whichScreen(page: Page, ids: string[], timeout = 15_000): Promise<string> {
  const handle = await page.waitForFunction(
    (list: string[]) => list.find((id) => document.querySelector(`[data-testid="${id}"]`)) ?? false,
    ids,
    { timeout, polling: 50 },
  );
  return (await handle.jsonValue()) as string;
}

/** Waits until the game asks this device for something: the outcome, a vote, or its turn. */
export async function nextPrompt(page: Page, timeout = 15_000): Promise<'outcome-screen' | 'vote-yes' | 'end-turn' | 'pass-reveal'> {
  const handle = await page.waitForFunction(
    () => {
      const q = (s: string): Element | null => document.querySelector(s);
      if (q('[data-testid="outcome-screen"]')) return 'outcome-screen';
      if (q('[data-testid="pass-reveal"]')) return 'pass-reveal';
      if (q('[data-testid="vote-yes"]')) return 'vote-yes';
      if (q('[data-testid="end-turn"]:not([disabled])')) return 'end-turn';
      return false;
    },
    undefined,
    { timeout, polling: 50 },
  );
  return (await handle.jsonValue()) as 'outcome-screen' | 'vote-yes' | 'end-turn' | 'pass-reveal';
}

/**
 * The studio's code editor as a trainer uses it, on a phone and a laptop: a misspelt key typed in
 * is underlined with the validator's words, and completion offers the schema's keys and values.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, shot, tid } from './helpers.js';
import { studioText } from './studio-helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
]) {
  it(`shows a wrong key as a diagnostic and completes keys and values, at ${viewport.width}×${viewport.height}`, async () => {
    const { page, errors } = await openPage(browser, viewport);
    await page.goto(`${inject('baseUrl')}/studio.html`);
    await page.selectOption(tid('studio-template'), '/levels/tutorial.yaml');
    await page.waitForSelector(`${tid('studio-status')}.ok`);

    // Put the cursor at the end of the first role's noDealAdjustment line, as a tap there would.
    await page.evaluate(() => {
      const { view } = (window as unknown as { studio: { view: { state: { doc: { toString(): string } }; dispatch(t: unknown): void; focus(): void } } }).studio;
      const text = view.state.doc.toString();
      const at = text.indexOf('\n', text.indexOf('noDealAdjustment:'));
      view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
      view.focus();
    });
    await page.keyboard.press('Enter');
    await page.keyboard.type('handsize: 3', { delay: 20 });
    await page.keyboard.press('Escape');

    // The validator's words, underlined where the key is and listed under the editor.
    await page.waitForSelector('.cm-lintRange-error');
    await expect(page.locator('.cm-lintRange-error').first().textContent()).resolves.toBe('handsize');
    await expect(page.textContent(tid('studio-error'))).resolves.toContain('unknown key "handsize" (did you mean "handSize"?)');
    await page.hover('.cm-lintRange-error');
    await page.waitForSelector('.cm-tooltip-lint');
    await expect(page.textContent('.cm-tooltip-lint')).resolves.toContain('did you mean "handSize"');
    await shot(page, `studio-editor-diagnostic-${viewport.width}`);

    // Remove the slip and let completion write the key.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('resou', { delay: 40 });
    await page.waitForSelector('.cm-tooltip-autocomplete li[aria-selected="true"]:has-text("resource")');
    await shot(page, `studio-editor-completion-${viewport.width}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => studioText(page)).toMatch(/noDealAdjustment: -?\d+\n {4}resource: /);

    // A closed value: true or false for a yes/no key.
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('playable: fa', { delay: 40 });
    await page.waitForSelector('.cm-tooltip-autocomplete li[aria-selected="true"]:has-text("false")');
    // Enter the moment the list shows takes the option (it used to type a newline then).
    await page.keyboard.press('Enter');
    await expect.poll(() => studioText(page)).toMatch(/noDealAdjustment: -?\d+\n {4}playable: false\n/);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
}

/**
 * The studio words the validator's codes as a trainer reads them: an indentation slip is one error
 * at the line that is wrong, a title with a colon is told to go in quotes. Phone and laptop sizes.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, shot, tid } from './helpers.js';
import { studioEdit, studioText } from './studio-helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const edit = studioEdit;

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
]) {
  it(`shows one error for an indentation slip and quotes for a colon, at ${viewport.width}×${viewport.height}`, async () => {
    const { page, errors } = await openPage(browser, viewport);
    await page.goto(`${inject('baseUrl')}/studio.html`);
    await page.selectOption(tid('studio-template'), '/levels/tutorial.yaml');
    await page.waitForSelector(`${tid('studio-status')}.ok`);

    // A key of the first role one space short of its neighbours.
    const text = await studioText(page);
    const lines = text.split('\n');
    const at = lines.findIndex((l) => /^ {4}kind: /.test(l));
    await edit(page, new RegExp(`^ {4}(kind: ${lines[at]?.trim().slice('kind: '.length)})$`, 'm'), '   $1');
    await page.waitForSelector(tid('studio-error'));
    await expect(page.locator(tid('studio-error')).count()).resolves.toBe(1);
    await expect(page.getAttribute(tid('studio-error'), 'data-line')).resolves.toBe(String(at + 1));
    await expect(page.textContent(tid('studio-error'))).resolves.toContain('this line is not indented like the lines around it (it should start in column 5)');
    await shot(page, `studio-errors-indent-${viewport.width}`);
    await edit(page, /^ {3}(kind: )/m, '    $1');
    await page.waitForSelector(`${tid('studio-status')}.ok`);

    // A title with a colon, not in quotes.
    await edit(page, /^title:\n {2}en: .*$/m, 'title:\n  en: Tutorial: the basics');
    await page.waitForSelector(tid('studio-error'));
    await expect(page.textContent(tid('studio-error'))).resolves.toContain('put the text in quotes, like en: "Tutorial: the basics"');
    await shot(page, `studio-errors-colon-${viewport.width}`);
    expect(errors).toEqual([]);
    await page.close();
  });
}

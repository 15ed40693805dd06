/** Reading and replacing the studio editor's text from a test, as the studio's own forms do. */
import type { Page } from 'playwright-core';

interface StudioHandle {
  text(): string;
  setText(text: string): void;
}

export async function studioText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { studio: StudioHandle }).studio.text());
}

/** Replace the first match of `from` in the editor's text (a regular expression) by `to`. */
export async function studioEdit(page: Page, from: RegExp, to: string): Promise<void> {
  await page.evaluate(
    ([source, flags, replacement]) => {
      const studio = (window as unknown as { studio: StudioHandle }).studio;
      studio.setText(studio.text().replace(new RegExp(source as string, flags as string), replacement as string));
    },
    [from.source, from.flags, to],
  );
}

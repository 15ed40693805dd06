/** Boot: load and validate the levels (lazily: the engine is not in the first chunk), then the menu. */
import type { App } from '../../app.js';
import { clear, h } from '../dom.js';
import { errorScreen } from './error.js';
import { menuScreen } from './menu.js';

export function progressView(text: string, testid: string): { root: HTMLElement; set: (p: number, text?: string) => void } {
  const fill = h('div');
  const label = h('p', { role: 'status' }, text);
  const bar = h('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': 0 }, fill);
  const root = h('div', { class: 'screen', testid }, h('div', { class: 'logo' }, 'Ministerial'), label, bar);
  return {
    root,
    set(p, next) {
      fill.style.width = `${Math.round(p * 100)}%`;
      bar.setAttribute('aria-valuenow', String(Math.round(p * 100)));
      if (next) label.textContent = next;
    },
  };
}

export async function bootScreen(app: App): Promise<void> {
  const progress = progressView(app.t('boot.loading'), 'boot');
  clear(app.ui);
  app.ui.append(progress.root);
  progress.set(0.2);
  try {
    const { loadCatalog } = await import('../../level/catalog.js');
    progress.set(0.7);
    app.catalog = await loadCatalog();
    progress.set(1);
  } catch (error) {
    errorScreen(app, app.t('boot.error'), [String(error instanceof Error ? error.message : error)]);
    return;
  }
  app.go(menuScreen);
}

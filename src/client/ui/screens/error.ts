/** A readable error instead of a blank page: what went wrong, the details, and a way back. */
import type { App } from '../../app.js';
import { clear, focusFirst, h } from '../dom.js';

export function errorScreen(app: App, title: string, details: readonly string[], help?: string): void {
  app.host?.clear();
  clear(app.ui);
  app.ui.append(
    h(
      'div',
      { class: 'screen' },
      h(
        'section',
        { class: 'panel error narrow', role: 'alert', testid: 'error-screen' },
        h('h1', {}, title),
        help ? h('p', {}, help) : null,
        details.length > 0 ? h('pre', { class: 'errors', testid: 'error-details' }, details.join('\n')) : null,
        h('button', { onclick: () => (location.href = location.pathname), testid: 'error-back' }, app.t('boot.back')),
      ),
    ),
  );
  focusFirst(app.ui);
}

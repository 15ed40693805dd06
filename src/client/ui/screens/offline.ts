/**
 * Shown instead of the online join form when the device has no network: online play needs the
 * workshop's server, while solo and hot-seat games run from the cached game (see src/client/pwa.ts).
 * The form opens by itself as soon as the connection is back.
 */
import type { App } from '../../app.js';
import { clear, focusFirst, h } from '../dom.js';

export function needsConnectionScreen(app: App, retry: () => void): void {
  clear(app.ui);
  const back = (): void => {
    window.removeEventListener('online', back);
    retry();
  };
  window.addEventListener('online', back);
  app.cleanup.push(() => window.removeEventListener('online', back));
  app.ui.append(
    h(
      'div',
      { class: 'screen' },
      h(
        'section',
        { class: 'panel narrow', role: 'alert', testid: 'join-offline' },
        h('h1', {}, app.t('boot.offlineTitle')),
        h('p', {}, app.t('boot.offlineHelp')),
        h('div', { class: 'row' }, h('button', { onclick: back, testid: 'join-offline-retry' }, app.t('boot.offlineRetry')), h('button', { class: 'secondary', onclick: () => (location.href = '/'), testid: 'join-offline-solo' }, app.t('boot.offlineSolo'))),
      ),
    ),
  );
  focusFirst(app.ui);
}

/**
 * Hot-seat: the screen between two players. It names only the next seat (public) and shows nothing
 * private until that player says who they are.
 */
import type { App } from '../../app.js';
import type { PublicLevel } from '../../../engine/view.js';
import { roleColour, roleName } from '../../view-models/text.js';
import { clear, focusFirst, h } from '../dom.js';

export function passScreen(app: App, level: PublicLevel, role: string, onReveal: () => void): void {
  const name = roleName(level, role, app.setup.language);
  app.host?.clear();
  clear(app.ui);
  const reveal = h('button', { type: 'button', testid: 'pass-reveal' }, app.t('pass.reveal', { role: name }));
  reveal.addEventListener('click', onReveal);
  app.ui.append(
    h(
      'div',
      { class: 'screen', testid: 'pass-screen' },
      h(
        'section',
        { class: 'panel narrow' },
        h('h1', {}, h('span', { class: 'swatch', style: `background:${roleColour(level, role)}` }), app.t('pass.heading')),
        h('p', {}, app.t('pass.body', { role: name })),
        reveal,
      ),
    ),
  );
  focusFirst(app.ui, '[data-testid="pass-reveal"]');
}

/** Role choice: solo picks one seat; hot-seat marks which seats humans play (the rest are bots). */
import { levelEntry, type App } from '../../app.js';
import { localText, roleColour } from '../../view-models/text.js';
import { clear, focusFirst, h } from '../dom.js';
import { menuScreen } from './menu.js';
import { roleIdAmong } from '../../../engine/level/ids.js';

export function rolesScreen(app: App): void {
  const { t, setup } = app;
  const entry = levelEntry(app);
  if (!entry?.ok) {
    app.go(menuScreen);
    return;
  }
  const level = entry.level;
  const playable = level.roles.filter((r) => r.playable);
  const seats = level.roles.map((r) => r.id);
  const solo = setup.mode === 'solo';
  const wantRole = app.params.get('role');
  const notices: string[] = [];
  if (setup.humans.length === 0) {
    if (solo) {
      if (wantRole !== null && !playable.some((r) => r.id === wantRole)) notices.push(t('menu.badParam', { name: 'role', value: wantRole }));
      const first = playable.find((r) => r.id === wantRole)?.id ?? playable[0]?.id;
      setup.humans = first === undefined ? [] : [first];
    } else {
      setup.humans = playable.slice(0, 2).map((r) => r.id);
    }
  }
  const problem = h('p', { class: 'notice', role: 'alert', hidden: true });
  const list = h('div', { class: 'seat-choice', role: solo ? 'radiogroup' : 'group', 'aria-labelledby': 'roles-heading' });
  for (const role of level.roles) {
    const input = h('input', {
      type: solo ? 'radio' : 'checkbox',
      name: 'seat',
      value: role.id,
      checked: setup.humans.includes(role.id),
      disabled: !role.playable,
      testid: `role-${role.id}`,
    });
    input.addEventListener('change', () => {
      setup.humans = solo ? [role.id] : [...list.querySelectorAll<HTMLInputElement>('input:checked')].flatMap((i) => roleIdAmong(seats, i.value) ?? []);
      problem.hidden = true;
    });
    list.append(
      h(
        'label',
        {},
        h(
          'div',
          { class: 'seat-card' },
          h('div', { class: 'row' }, input, h('span', { class: 'swatch', style: `background:${roleColour(level, role.id)}` }), h('strong', {}, localText(role.name, setup.language))),
          h('p', { class: 'muted' }, `${t(`kind.${role.kind}`)} · ${role.votes ? t('roles.votes') : t('roles.noVote')}${role.playable ? '' : ` · ${t('roles.npc')}`}`),
          h('p', {}, localText(role.brief, setup.language)),
        ),
      ),
    );
  }
  const go = h('button', { type: 'button', testid: 'roles-continue' }, t('roles.continue'));
  go.addEventListener('click', () => {
    if (setup.humans.length === 0) {
      problem.textContent = t('roles.needOneHuman');
      problem.hidden = false;
      return;
    }
    // The game itself (engine actor, table screens, Phaser) loads only now.
    app.go(async (a) => (await import('./briefing.js')).startLocalGame(a));
  });
  clear(app.ui);
  app.ui.append(
    h(
      'div',
      { class: 'screen', testid: 'roles' },
      h(
        'section',
        { class: 'panel wide' },
        h('h1', { id: 'roles-heading' }, t(solo ? 'roles.heading' : 'roles.headingHotseat')),
        ...notices.map((n) => h('p', { class: 'notice', role: 'alert', testid: 'roles-notice' }, n)),
        list,
        problem,
        h('div', { class: 'row sticky-actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => app.go(menuScreen), testid: 'roles-back' }, t('roles.back')), go),
      ),
    ),
  );
  focusFirst(app.ui, 'input:checked, input:not(:disabled)');
}

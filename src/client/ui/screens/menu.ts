/**
 * The menu: level, mode, language and sound. `?level=&mode=&role=&lang=` may preselect; a value
 * that does not exist here is named in a notice and the list offers the valid ones instead.
 */
import type { App, Mode } from '../../app.js';
import { isUiLanguage } from '../../i18n/choice.js';
import { localText } from '../../view-models/text.js';
import { clear, h, icon } from '../dom.js';
import { changeLanguage, languageNotice, languageOptions } from '../language.js';
import { soundControls } from '../sound-controls.js';
import { errorScreen } from './error.js';
import { rolesScreen } from './roles.js';

const MODES: readonly Mode[] = ['solo', 'hotseat'];

export function menuScreen(app: App): void {
  const { t, params } = app;
  const levels = app.catalog?.levels ?? [];
  const notices: string[] = [];
  const wantLevel = params.get('level');
  const wantMode = params.get('mode');
  const wantLang = params.get('lang');
  if (wantLevel !== null && !levels.some((l) => l.id === wantLevel)) notices.push(t('menu.badParam', { name: t('menu.level').toLowerCase(), value: wantLevel }));
  if (wantMode !== null && !MODES.includes(wantMode as Mode)) notices.push(t('menu.badParam', { name: t('menu.mode').toLowerCase(), value: wantMode }));
  const firstPlayable = levels.find((l) => l.ok) ?? levels[0];
  const setup = app.setup;
  if (!levels.some((l) => l.id === setup.levelId)) setup.levelId = levels.some((l) => l.id === wantLevel) ? (wantLevel as string) : (firstPlayable?.id ?? '');
  if (MODES.includes(wantMode as Mode) && setup.humans.length === 0) setup.mode = wantMode as Mode;

  const levelSelect = h('select', { id: 'menu-level', testid: 'menu-level' });
  for (const entry of levels) {
    const title = entry.ok ? `${localText(entry.level.title, setup.language)} (${entry.level.year})` : `${entry.id} ⚠`;
    levelSelect.append(h('option', { value: entry.id, selected: entry.id === setup.levelId }, title));
  }
  const modeSelect = h('select', { id: 'menu-mode', testid: 'menu-mode' }, ...MODES.map((m) => h('option', { value: m, selected: m === setup.mode }, t(m === 'solo' ? 'menu.modeSolo' : 'menu.modeHotseat'))));
  const langSelect = h('select', { id: 'menu-language', testid: 'menu-language' }, ...languageOptions(setup.language).map((l) => h('option', { value: l.code, selected: l.code === setup.language }, l.name)));
  const details = h('div', { testid: 'menu-level-details' });

  const renderLevel = (): void => {
    const entry = levels.find((l) => l.id === setup.levelId);
    clear(details);
    if (!entry) return;
    const fallback = languageNotice(app, entry.ok ? entry.level.languages : undefined);
    if (fallback) details.append(fallback);
    if (!entry.ok) details.append(h('p', { class: 'notice' }, t('menu.levelBroken')));
    else details.append(h('p', { class: 'muted' }, t('menu.minutes', { count: entry.level.durationMinutes })), h('p', {}, localText(entry.level.scenario, setup.language)));
  };
  levelSelect.addEventListener('change', () => {
    setup.levelId = levelSelect.value;
    setup.humans = [];
    renderLevel();
  });
  modeSelect.addEventListener('change', () => {
    setup.mode = modeSelect.value as Mode;
    setup.humans = [];
  });
  langSelect.addEventListener('change', () => void changeLanguage(app, langSelect.value, true).then(() => app.go(menuScreen)));
  if (wantLang !== null && !isUiLanguage(wantLang)) notices.push(t('language.unknown', { value: wantLang, language: t(`language.name.${setup.language}`) }));
  renderLevel();

  const play = h('button', { type: 'button', testid: 'menu-play', disabled: true }, t('menu.play'));
  play.addEventListener('click', () => {
    const entry = levels.find((l) => l.id === setup.levelId);
    if (entry && !entry.ok) {
      errorScreen(app, t('boot.levelError', { id: entry.id }), entry.errors, t('boot.levelErrorHelp'));
      return;
    }
    app.go(rolesScreen);
  });

  // "Open a level file": validated here with the same validator, kept on this device, then selected.
  const fileInput = h('input', { type: 'file', accept: '.yaml,.yml,.json', testid: 'menu-open-file', class: 'visually-hidden', tabindex: -1, 'aria-hidden': 'true' });
  // The handler is loaded when a file is chosen, so the menu's first download does not grow.
  fileInput.addEventListener('change', () => void import('./open-level-file.js').then((m) => m.openLevelFile(app, fileInput, menuScreen)));
  const openFile = h('button', { type: 'button', class: 'secondary', testid: 'menu-open-file-button' }, t('menu.openFile'));
  openFile.addEventListener('click', () => fileInput.click());

  clear(app.ui);
  app.ui.append(
    h(
      'div',
      { class: 'screen', testid: 'menu' },
      h('div', { class: 'logo' }, icon('logo'), h('span', {}, t('app.title'))),
      h('p', { class: 'muted' }, t('app.subtitle')),
      h(
        'section',
        { class: 'panel narrow', 'aria-labelledby': 'menu-heading' },
        h('h1', { id: 'menu-heading' }, t('menu.heading')),
        ...notices.map((n) => h('p', { class: 'notice', role: 'alert', testid: 'menu-notice' }, n)),
        h('div', { class: 'field' }, h('label', { for: 'menu-level' }, t('menu.level')), levelSelect),
        details,
        h('div', { class: 'columns' }, h('div', { class: 'field' }, h('label', { for: 'menu-mode' }, t('menu.mode')), modeSelect), h('div', { class: 'field' }, h('label', { for: 'menu-language' }, t('menu.language')), langSelect)),
        h('div', { class: 'field' }, h('span', { class: 'label' }, t('menu.sound')), soundControls(app)),
        h('div', { class: 'row' }, play, openFile, fileInput),
        h('p', {}, h('a', { href: 'teacher.html', testid: 'menu-teacher', onclick: (e: Event) => ((e.currentTarget as HTMLAnchorElement).href = `teacher.html?level=${encodeURIComponent(setup.levelId)}`) }, t('menu.teacherKit'))),
      ),
    ),
  );
  // The menu is interactive once its first control is: the benchmark measures up to this mark.
  play.disabled = false;
  levelSelect.focus();
  performance.mark('menu-interactive');
}


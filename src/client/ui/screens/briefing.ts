/**
 * The briefing: the scenario, the role's public brief and private objectives, its resources, hand
 * and points. In hot-seat each human reads theirs behind the pass screen, then the table opens.
 */
import { levelEntry, type App } from '../../app.js';
import { LocalTable } from '../../local/local-table.js';
import type { TableSnapshot } from '../../../protocol/port.js';
import { handVm, tutorialTip } from '../../view-models/table.js';
import { localText, roleColour, roleName } from '../../view-models/text.js';
import { clear, focusFirst, h } from '../dom.js';
import { explainTerms } from '../glossary/term-marks.js';
import { languageNotice } from '../language.js';
import { ensureHost, prefetchHost } from '../loading.js';
import { passScreen } from './pass.js';
import { tableScreen } from './table.js';
import type { RoleId } from '../../../engine/types.js';

export async function startLocalGame(app: App): Promise<void> {
  const entry = levelEntry(app);
  if (!entry?.ok) throw new Error(`level "${app.setup.levelId}" is not playable`);
  // Phaser downloads while the player reads the briefing; the table waits for it only if it must.
  prefetchHost(app).catch(() => undefined);
  app.port?.close();
  const seedParam = Number(app.params.get('seed'));
  const seed = Number.isInteger(seedParam) && seedParam > 0 ? seedParam : Math.floor(Math.random() * 1_000_000) + 1;
  // `&timer=<seconds>` sets the turn timer for this game (0: untimed), e.g. a teacher's choice.
  const timerParam = app.params.get('timer');
  const turnSeconds = timerParam !== null && /^\d{1,4}$/.test(timerParam) ? Math.min(3600, Number(timerParam)) : undefined;
  const timers = turnSeconds !== undefined ? turnSeconds > 0 : !app.fast;
  const table = new LocalTable({ model: entry.model, seed, mode: app.setup.mode, humans: app.setup.humans, botDelayMs: app.fast ? 0 : 600, timers, ...(turnSeconds ? { turnSeconds } : {}) });
  app.port = table;
  const humans = app.setup.humans;
  const brief = (i: number): void => {
    const role = humans[i] as RoleId;
    const next = (): void => {
      if (i + 1 < humans.length) return brief(i + 1);
      app.go(async (a) => {
        await ensureHost(a);
        table.start();
        tableScreen(a);
      });
    };
    const show = (): void => briefingView(app, table.snapshotFor(role), i + 1 < humans.length, next);
    if (app.setup.mode === 'hotseat') passScreen(app, table.level, role, show);
    else show();
  };
  brief(0);
}

function briefingView(app: App, snap: TableSnapshot, more: boolean, next: () => void): void {
  const { t } = app;
  const lang = app.setup.language;
  const { level, view } = snap;
  const self = view.self;
  const role = level.roles.find((r) => r.id === snap.you);
  if (!self || !role) throw new Error('the briefing needs a seat');
  app.host?.clear();
  const tip = tutorialTip(level, view, lang);
  const cards = handVm(level, view, lang);
  const values = h(
    'table',
    { class: 'values', testid: 'briefing-values', tabindex: 0 },
    ...level.issues.map((issue, i) =>
      h('tr', {}, h('th', {}, localText(issue.name, lang)), ...issue.options.map((o, k) => h('td', {}, `${localText(o.label, lang)}: ${self.values[i]?.[k] ?? 0}`))),
    ),
  );
  const go = h('button', { type: 'button', testid: 'briefing-continue' }, more ? t('briefing.next') : t('briefing.toTable'));
  go.addEventListener('click', next);
  clear(app.ui);
  app.ui.append(
    h(
      'div',
      { class: 'screen', testid: 'briefing' },
      h(
        'section',
        { class: 'panel wide' },
        h('h1', {}, h('span', { class: 'swatch', style: `background:${roleColour(level, self.role)}` }), t('briefing.heading', { role: roleName(level, self.role, lang) })),
        languageNotice(app, level.languages),
        tip ? h('p', { class: 'tip' }, `${t('briefing.tip')}: ${tip}`) : null,
        h('div', { class: 'columns' },
          h('div', {},
            h('h2', {}, t('briefing.scenario')), h('p', {}, localText(level.scenario, lang)),
            h('h2', {}, t('briefing.publicBrief')), h('p', {}, localText(role.brief, lang)),
          ),
          h('div', {},
            h('h2', {}, t('briefing.objectives')), h('p', { testid: 'briefing-objectives' }, localText(self.objectives, lang)),
            h('h2', {}, t('briefing.resources')), h('p', {}, t('briefing.resourceLine', { name: localText(role.resource.name, lang), start: self.resources, perRound: role.resource.perRound })),
            h('h2', {}, t('briefing.values')), values, h('p', {}, t('briefing.noDeal', { value: self.noDealValue })),
          ),
        ),
        h('h2', {}, t('briefing.hand')),
        h('div', { class: 'hand', testid: 'briefing-hand', tabindex: 0, 'aria-label': t('briefing.hand') }, ...cards.map((c) => h('div', { class: 'card', 'data-kind': c.kind }, h('h3', {}, c.name), h('div', { class: 'card-meta' }, `${t(`kind.${c.kind}`)} · ${t('table.cost', { cost: c.cost })}`), h('div', { class: 'card-text' }, c.text)))),
        h('div', { class: 'row sticky-actions' }, go),
      ),
    ),
  );
  explainTerms(app, app.ui, '[data-testid="briefing"] p, [data-testid="briefing"] .card h3, [data-testid="briefing"] .card-text, [data-testid="briefing-values"] th, [data-testid="briefing-values"] td');
  focusFirst(app.ui);
}

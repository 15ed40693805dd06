/**
 * The outcome dashboard: the text in force (or where no deal drifted), each seat's score against its
 * no-deal value, the Pareto chart and the ten-year curves (drawn by Phaser into the chart slots),
 * and the evidence behind every effect with its citation.
 */
import type { App } from '../../app.js';
import { outcomeVm } from '../../view-models/outcome.js';
import { readableOutcomeVm } from '../../view-models/outcome-read.js';
import { betterList, scoreBars } from './outcome-parts.js';
import { tutorialTip } from '../../view-models/table.js';
import { clear, focusFirst, h, icon, signed } from '../dom.js';
import type { ChartSlot } from '../../scenes/host.js';
import { debriefScreen } from './debrief.js';
import { explainTerms } from '../glossary/term-marks.js';

export function outcomeScreen(app: App): void {
  const port = app.port;
  const snap = port?.snapshot();
  if (!port || !snap?.debrief) throw new Error('the outcome needs a finished game');
  const { t } = app;
  const lang = app.setup.language;
  const vm = outcomeVm(snap.level, snap.debrief, app.catalog?.evidence ?? null, snap.you, lang);
  const read = readableOutcomeVm(snap.level, snap.debrief, snap.you, lang, t);
  const tip = tutorialTip(snap.level, snap.view, lang);

  const round = (n: number): number => Math.round(n * 10) / 10;
  // Drivers cite evidence by its number in the list below, as a paper cites its references.
  const citationNumber = new Map(vm.evidence.map((c, i) => [c.id, i + 1]));
  const curveSlots = vm.curves.map((c) =>
    h('div', {
      class: 'chart-slot',
      role: 'img',
      testid: `chart-${c.id}`,
      'aria-label': `${c.name}: ${c.start} → ${round(c.final)} (${t('outcome.withOutcome')}), ${round(c.noDealFinal)} (${t('outcome.withNoDeal')}) ${c.unit}`,
    }),
  );
  const curves = h(
    'div',
    { class: 'curves' },
    ...vm.curves.map((c, i) =>
      h(
        'figure',
        {},
        h('figcaption', {}, icon(`icon-indicator-${c.id}`, 'icon-indicator-generic'), h('strong', {}, c.name), h('br'), t('reading.curveCaption', { start: c.start, outcome: round(c.final), noDeal: round(c.noDealFinal), unit: c.unit })),
        curveSlots[i] as HTMLElement,
      ),
    ),
  );
  const charts = h(
    'section',
    // Scrollable regions take the keyboard's focus so they can be scrolled without a mouse.
    { class: 'panel charts', 'aria-label': t('reading.bars'), tabindex: 0 },
    scoreBars(t, read),
    betterList(t, read),
    h('div', { class: 'curves-block' }, h('h2', {}, t('outcome.indicators')), h('p', { class: 'legend' }, h('span', { class: 'l1' }, `━ ${t('outcome.withOutcome')}`), '  ', h('span', { class: 'l2' }, `━ ${t('outcome.withNoDeal')}`)), curves),
  );

  const toDebrief = h('button', { type: 'button', testid: 'to-debrief', onclick: () => app.go(debriefScreen) }, t('outcome.toDebrief'));
  // The headline first on every screen: on a phone it tops the one column, above the bars.
  const head = h(
    'section',
    { class: 'panel outcome-head' },
    h('h1', { testid: 'outcome-headline' }, read.headline),
    vm.closing ? h('p', {}, vm.closing) : null,
    tip ? h('p', { class: 'tip', testid: 'tutorial-tip' }, tip) : null,
    h('div', { class: 'row' }, toDebrief),
  );
  const info = h(
    'section',
    { class: 'panel outcome-info', testid: 'outcome', tabindex: 0, 'aria-label': read.textHeading },
    h('h2', {}, read.textHeading),
    h('ul', { testid: 'outcome-text' }, ...vm.text.map((x) => h('li', {}, h('strong', {}, `${x.issue}: ${x.option}. `), x.clause))),
    vm.drift.length > 0 ? h('h2', {}, t('outcome.drift')) : null,
    vm.drift.length > 0 ? h('ul', { testid: 'outcome-drift' }, ...vm.drift.map((d) => h('li', {}, d.parties ? t('outcome.driftLineParties', { round: d.round, issue: d.issue, option: d.option, parties: d.parties }) : t('outcome.driftLine', { round: d.round, issue: d.issue, option: d.option }), d.cause ? h('span', { class: 'reason' }, d.cause) : null))) : null,
    h('h2', {}, t('outcome.drivers')),
    h(
      'ul',
      { testid: 'outcome-drivers' },
      ...vm.curves.map((c) =>
        h(
          'li',
          {},
          h('strong', {}, c.name),
          h('ul', {}, ...c.drivers.map((d) => h('li', {}, t('outcome.driver', { issue: d.issue, option: d.option, perYear: signed(d.perYear) }), d.evidence.length ? ` [${d.evidence.map((id) => citationNumber.get(id) ?? '?').join(', ')}]` : ''))),
        ),
      ),
    ),
    h('h2', {}, t('outcome.evidence')),
    h(
      'ol',
      { class: 'citations', testid: 'outcome-evidence' },
      ...vm.evidence.map((c) =>
        h(
          'li',
          { 'data-local': c.local ? 'true' : null },
          c.text,
          c.found ? h('div', { class: 'muted' }, t('outcome.source', { author: c.author, year: c.year, title: c.title, locator: c.locator }), c.local ? ` · ${t('outcome.localSource')}` : '') : null,
        ),
      ),
    ),
    h('h2', {}, t('outcome.summary')),
    h('p', {}, vm.summary),
  );

  clear(app.ui);
  app.ui.append(h('div', { class: 'dash outcome-dash', testid: 'outcome-screen' }, head, charts, info));
  explainTerms(app, app.ui, '.outcome-head p, .outcome-head h1, .better p, [data-testid="outcome-text"] li, [data-testid="outcome-drift"] li, [data-testid="outcome-evidence"] > li, .outcome-info > p');

  let animate = true;
  const place = (): void => {
    const rect = (el: HTMLElement): ChartSlot['rect'] => {
      const r = el.getBoundingClientRect();
      const box = charts.getBoundingClientRect();
      // A curve scrolled out of its list is not drawn over the panels around it.
      const visible = r.bottom <= box.bottom + 1 && r.top >= box.top - 1;
      return visible ? { x: r.left, y: r.top, width: r.width, height: r.height } : { x: 0, y: 0, width: 0, height: 0 };
    };
    const slots: ChartSlot[] = [...vm.curves.map((c, i) => ({ rect: rect(curveSlots[i] as HTMLElement), chart: { kind: 'curve' as const, vm: c } }))];
    app.host?.showCharts(slots, animate);
    animate = false;
  };
  requestAnimationFrame(place);
  window.addEventListener('resize', place);
  curves.addEventListener('scroll', place);
  charts.addEventListener('scroll', place);
  app.ui.addEventListener('scroll', place, true);
  app.cleanup.push(() => {
    window.removeEventListener('resize', place);
    app.ui.removeEventListener('scroll', place, true);
  });
  focusFirst(app.ui, '[data-testid="outcome-headline"]');
}

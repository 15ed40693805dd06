/**
 * What the console and the projector both draw from public session state: the live tables and
 * the cross-table debrief (agreed texts, scores against no deal, Pareto distance, indicators).
 * Nothing here needs, or shows, a role's private values: the results are published per table once
 * it has concluded (the same full reveal every player gets in their own debrief).
 */
import type { TFunction } from 'i18next';
import QRCode from 'qrcode';
import type { PublicSessionState, TableSummary } from '../../protocol/messages.js';
import { groupedBars, PALETTE } from './charts.js';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string | null | undefined)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

/** The join code in two groups of three, easier to read aloud and to copy from a screen. */
export function spacedCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}

export async function qrSvg(text: string): Promise<HTMLElement> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  const box = el('div', { class: 'qr', role: 'img' });
  // The SVG comes from the qrcode library (not from user input): safe to parse.
  box.append(new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement);
  return box;
}

function roleName(state: PublicSessionState, id: string | null): string {
  if (id === null) return '';
  return state.level.roles.find((r) => r.id === id)?.name ?? id;
}

export function timerText(t: TFunction, timer: TableSummary['timer']): string {
  if (timer.endsAt === null) return '';
  const s = Math.max(0, Math.round((timer.endsAt - Date.now()) / 1000));
  return `${t('console.secondsLeft', { s })}${timer.paused ? ` (${t('console.status_paused')})` : ''}`;
}

/** The live tables; `projectorLink` (console only) adds a link to project one table. */
export function renderTables(state: PublicSessionState, t: TFunction, projectorLink?: (table: number) => string): HTMLElement {
  const box = el('div', { class: 'tables' });
  for (const table of state.tables) {
    const card = el('section', { class: 'table-card', 'aria-label': t('console.table', { n: table.index + 1 }), 'data-testid': `table-${table.index}` });
    card.append(el('h3', {}, t('console.table', { n: table.index + 1 })));
    const phase = t(`console.phase_${table.phase}`);
    const line = table.phase === 'negotiating' ? `${phase} · ${t('console.round', { round: table.round, rounds: table.rounds })}` : phase;
    card.append(el('p', {}, line));
    if (table.turnRole) card.append(el('p', { class: 'muted' }, t('console.turn', { role: roleName(state, table.turnRole) })));
    if (table.outcome) card.append(el('p', { class: 'status' }, t(`console.outcome_${table.outcome}`)));
    const timer = timerText(t, table.timer);
    if (timer) card.append(el('p', { class: 'muted' }, timer));
    for (const seat of table.seats) {
      const dot = el('span', { class: `dot ${seat.controller === 'bot' ? 'bot' : seat.connected ? 'on' : 'off'}`, 'aria-hidden': 'true' });
      const who = seat.controller === 'bot' ? `${seat.name ? `${seat.name}, ` : ''}${t('console.bot')}` : (seat.name ?? t('console.empty'));
      card.append(el('div', { class: 'seat' }, el('span', {}, dot, roleName(state, seat.role)), el('span', { class: 'muted' }, who)));
    }
    if (projectorLink) card.append(el('p', {}, el('a', { href: projectorLink(table.index), target: '_blank', rel: 'noopener' }, t('console.projectTable'))));
    box.append(card);
  }
  return box;
}

export function renderDebrief(state: PublicSessionState, t: TFunction): HTMLElement {
  const box = el('section', { class: 'panel', 'aria-labelledby': 'debrief-title', 'data-testid': 'debrief' });
  box.append(el('h2', { id: 'debrief-title' }, t('console.debrief')));
  const results = [...state.results].sort((a, b) => a.index - b.index);
  if (results.length === 0) {
    box.append(el('p', { class: 'muted' }, t('console.noResults')));
    return box;
  }
  const level = state.level;
  // Agreed texts side by side.
  box.append(el('h3', {}, t('console.agreedText')));
  const text = el('table');
  text.append(el('tr', {}, el('th', {}, ''), ...level.issues.map((i) => el('th', { scope: 'col' }, i.name))));
  for (const r of results) {
    const label = t('console.tableOutcome', { n: r.index + 1, outcome: t(`console.outcome_${r.outcome}`) });
    text.append(
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, label),
        ...level.issues.map((i) => el('td', {}, `${i.options[r.text[i.id] ?? 0] ?? ''}${r.outcome === 'noDeal' ? ` (${t('console.noDealMark')})` : ''}`)),
      ),
    );
  }
  box.append(el('div', { class: 'scroll-x' }, text));

  const tableLabel = (i: number): string => t('console.table', { n: i + 1 });
  const charts = el('div', { class: 'charts' });
  const figure = (caption: string, chart: SVGSVGElement): HTMLElement => el('figure', {}, el('figcaption', {}, caption), chart);
  box.append(charts);
  charts.append(figure(t('console.scores'),
    groupedBars({
      title: t('console.scores'),
      series: level.roles.map((role, i) => ({ label: role.name, colour: role.colour ?? PALETTE[i % PALETTE.length] ?? '#999' })),
      groups: results.map((r) => ({ label: tableLabel(r.index), values: level.roles.map((role) => r.roles.find((x) => x.role === role.id)?.scoreVsNoDeal ?? 0) })),
    })),
  );
  charts.append(figure(t('console.pareto'),
    groupedBars({
      title: t('console.pareto'),
      series: [{ label: t('console.pareto').split(' (')[0] ?? '', colour: '#56B4E9' }],
      groups: results.map((r) => ({ label: tableLabel(r.index), values: [r.paretoDistance] })),
      height: 200,
    })),
  );
  box.append(el('h3', {}, t('console.indicators', { years: level.years })));
  const indicators = el('div', { class: 'charts' });
  box.append(indicators);
  for (const ind of level.indicators) {
    indicators.append(figure(`${ind.name} (${ind.unit})`,
      groupedBars({
        title: `${ind.name} (${ind.unit})`,
        series: [
          { label: t('console.agreedMark'), colour: '#E69F00' },
          { label: t('console.noDealMark'), colour: '#999999' },
        ],
        groups: results.map((r) => {
          const v = r.indicators.find((x) => x.id === ind.id);
          return { label: tableLabel(r.index), values: [v?.value ?? 0, v?.noDeal ?? 0] };
        }),
        height: 190,
      })),
    );
  }
  if (level.debriefQuestions.length > 0) {
    const ol = el('ol');
    for (const q of level.debriefQuestions) ol.append(el('li', {}, q));
    box.append(ol);
  }
  return box;
}

/**
 * The outcome's readable parts, drawn in HTML so every figure is text a student (and a screen
 * reader) can read: a bar per seat of the outcome against walking away, on one labelled axis, and
 * the packages every voter would have preferred with each voter's gain.
 */
import type { ReadableOutcomeVm } from '../../view-models/outcome-read.js';
import { h, signed } from '../dom.js';

type T = (key: string, options?: Record<string, unknown>) => string;

const pct = (share: number): string => `${Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10}%`;

export function scoreBars(t: T, vm: ReadableOutcomeVm): HTMLElement {
  return h(
    'figure',
    { class: 'score-bars', testid: 'outcome-scores' },
    h('h2', {}, t('reading.bars')),
    h(
      'figcaption',
      { class: 'legend' },
      h('span', { class: 'key opening' }),
      ` ${t('reading.atStart')}  `,
      h('span', { class: 'key nodeal' }),
      ` ${t('reading.withoutDeal')}  `,
      h('span', { class: 'key outcome' }),
      ` ${t('reading.withOutcome')}  · ${t('reading.barsAxis', { max: vm.axisMax })}`,
    ),
    h('p', { class: 'decides', testid: 'outcome-decides' }, vm.decides),
    h(
      'ul',
      {},
      ...vm.bars.map((b) =>
        h(
          'li',
          { class: `bar-row${b.you ? ' you' : ''}`, testid: `score-${b.role}`, 'aria-label': b.sentence },
          h(
            'div',
            { class: 'bar-head', 'aria-hidden': 'true' },
            h('span', { class: 'swatch', style: `background:${b.colour}` }),
            h('strong', {}, b.name),
            b.you ? ` (${t('table.you')})` : '',
            b.best ? h('span', { class: 'best' }, ` ★ ${t('reading.best')}`) : null,
            h(
              'span',
              { class: 'deltas' },
              h('span', { class: `delta ${b.scoreVsOpening >= 0 ? 'good' : 'bad'}${vm.decidedBy === 'opening' ? ' decides' : ''}`, testid: `vs-start-${b.role}` }, `${t('reading.vsStart')} ${signed(b.scoreVsOpening)}`),
              h('span', { class: `delta ${b.score >= 0 ? 'good' : 'bad'}${vm.decidedBy === 'walkAway' ? ' decides' : ''}`, testid: `vs-walkaway-${b.role}` }, `${t('reading.vsWalkAway')} ${signed(b.score)}`),
            ),
          ),
          h('div', { class: 'bar opening', style: `width:${pct(b.openingShare)}`, 'aria-hidden': 'true' }, h('span', {}, `${t('reading.atStart')} ${b.openingValue}`)),
          h('div', { class: 'bar nodeal', style: `width:${pct(b.noDealShare)}`, 'aria-hidden': 'true' }, h('span', {}, `${t('reading.withoutDeal')} ${b.noDealValue}`)),
          h('div', { class: 'bar outcome', style: `width:${pct(b.valueShare)}`, 'aria-hidden': 'true' }, h('span', {}, `${t('reading.withOutcome')} ${b.value}`)),
        ),
      ),
    ),
  );
}

export function betterList(t: T, vm: ReadableOutcomeVm): HTMLElement {
  return h(
    'section',
    { class: 'better', testid: 'outcome-better' },
    h('h2', {}, t('reading.better')),
    h('p', {}, vm.betterSummary),
    vm.better.length > 0
      ? h('ol', {}, ...vm.better.map((p) => h('li', {}, p.gains.map((g) => t('reading.gain', { role: g.name, gain: signed(g.gain) })).join(' · '))))
      : null,
  );
}

/**
 * The hand as a swipeable tray (scroll-snap). A card's text is cut to three lines; a tap (or Enter)
 * on it opens the full text (a <details>), never only in a hover tooltip, which phones lack.
 */
import { h } from '../../dom.js';
import { termList } from '../../glossary/term-marks.js';
import type { TableContext } from './context.js';

/**
 * A card's text, cut short until opened; once open, its glossary terms are listed under it (not
 * inside the summary, itself a control), and only then, so no control hides in the folded part.
 */
function cardText(ctx: TableContext, slot: number, text: string): HTMLElement {
  const details = h('details', { class: 'card-text' }, h('summary', { testid: `card-read-${slot}` }, text));
  details.addEventListener('toggle', () => {
    details.querySelector('.term-list')?.remove();
    const list = details.open ? termList(ctx.app, text) : null;
    if (list) details.append(list);
  });
  return details;
}

export function handTray(ctx: TableContext): HTMLElement {
  const { t, model, state } = ctx;
  return h(
    'section',
    { class: 'hand', 'aria-label': t('table.hand'), testid: 'hand' },
    model.hand.length === 0 ? h('p', { class: 'muted' }, t('table.emptyHand')) : null,
    ...model.hand.map((c) => {
      const select = c.needsTarget
        ? h('select', { 'aria-label': t('table.target'), testid: `card-target-${c.slot}`, disabled: !c.playable }, ...c.targets.map((x) => h('option', { value: x.role, selected: state.targets.get(c.slot) === x.role }, x.name)))
        : null;
      select?.addEventListener('change', () => state.targets.set(c.slot, select.value));
      const play = h('button', { type: 'button', testid: `card-play-${c.slot}`, disabled: !c.playable }, t('table.play'));
      play.addEventListener('click', () => {
        if (!c.needsTarget) return ctx.act({ type: 'playCard', card: c.id });
        // The chosen target, as one of the card's targets (the select holds their ids).
        const target = c.targets.find((x) => x.role === select?.value)?.role ?? c.targets[0]?.role;
        if (target !== undefined) ctx.act({ type: 'playCard', card: c.id, target });
      });
      return h(
        'article',
        { class: `card${c.playable ? '' : ' blocked'}`, 'data-kind': c.kind, testid: `card-${c.slot}` },
        h('h3', {}, c.name),
        h('div', { class: 'card-meta' }, `${t(`kind.${c.kind}`)} · ${t('table.cost', { cost: c.cost })}`),
        cardText(ctx, c.slot, c.text),
        c.blockedBy === 'cardLimit' || c.blockedBy === 'cannotAfford' ? h('div', { class: 'card-meta' }, t(`table.${c.blockedBy}`)) : null,
        h('div', { class: 'row' }, select, play),
      );
    }),
  );
}

/** The top bar (round, whose turn, timer, log and sound) and the seat labels over Phaser's seats. */
import { h } from '../../dom.js';
import { soundControls } from '../../sound-controls.js';
import type { TableContext } from './context.js';

export function topBar(ctx: TableContext): HTMLElement {
  const { t, model, state } = ctx;
  return h(
    'header',
    { class: 'topbar' },
    h('span', { class: 'status', testid: 'status-round' }, model.status.round),
    h('span', { testid: 'status-turn', 'aria-live': 'polite' }, model.status.turn),
    h('span', { class: `timer${model.status.warning ? ' warning' : ''}${model.status.timer === null ? ' muted' : ''}`, testid: 'timer' }, model.status.timer ?? t('table.noTimer')),
    h('span', { class: 'grow' }),
    h('button', { type: 'button', class: 'secondary', testid: 'toggle-log', 'aria-expanded': String(state.logOpen), onclick: () => ((state.logOpen = !state.logOpen), ctx.render()) }, state.logOpen ? t('table.hideLog') : t('table.showLog')),
    soundControls(ctx.app),
  );
}

/** Fills the stage slot with the seats' names and figures (Phaser draws the seats behind them). */
export function seatLabels(ctx: TableContext, slot: HTMLElement): void {
  const { t, model } = ctx;
  const seats = model.seats;
  // Above five seats a phone gives each seat under 70 px: the name wraps onto two lines and the
  // figures shrink to their numbers there (styles.css, .many-seats); the slot's label says them in full.
  slot.classList.toggle('many-seats', seats.length > 5);
  slot.replaceChildren(
    h(
      'div',
      { class: 'seat-labels' },
      ...seats.map((s) => {
        const who = s.isYou ? t('table.you') : s.controller === 'bot' ? t('table.bot') : t('table.player');
        const figures = `${t('table.resources', { name: s.resourceName, value: s.resources })} · ${t('table.standing', { value: s.standing })}`;
        // Both names are written; the style sheet shows the short one on a phone, where long
        // names that start alike ("Délégation d…") would only be told apart by their colour, and
        // moves who plays the seat to the start of the figures' line there, so the name shows whole.
        return h(
          'div',
          { testid: `seat-${s.role}`, title: `${s.name} (${who}) · ${figures}` },
          h('strong', { class: 'seat-name' }, h('span', { class: 'full' }, s.name), h('span', { class: 'short' }, s.shortName), h('span', { class: s.isYou ? 'seat-who you' : 'seat-who' }, ` (${who})`)),
          h('span', { class: 'seat-figures' }, h('span', { class: 'who-narrow' }, `${who} · `), figures),
          h('span', { class: 'seat-figures-short', 'aria-hidden': 'true' }, `${s.resources} · ${s.standing}`),
        );
      }),
    ),
  );
  slot.setAttribute('aria-label', seats.map((s) => `${s.name}: ${t('table.resources', { name: s.resourceName, value: s.resources })}, ${t('table.standing', { value: s.standing })}, ${t('table.handSize', { count: s.handSize })}`).join('; '));
  slot.setAttribute('role', 'img');
}

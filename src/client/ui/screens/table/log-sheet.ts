/** The move log as a sheet: from the bottom on a phone, a side drawer on wider screens (CSS). */
import { h } from '../../dom.js';
import { moveLogVm } from '../../../view-models/log.js';
import type { TableContext } from './context.js';

export function logSheet(ctx: TableContext): HTMLElement | null {
  const { t, model, state, lang } = ctx;
  if (!state.logOpen) return null;
  return h(
    'aside',
    { class: 'panel log-drawer', testid: 'move-log', 'aria-label': t('table.log') },
    h('div', { class: 'sheet-head' }, h('h2', {}, t('table.log')), h('button', { type: 'button', class: 'secondary', testid: 'close-log', onclick: () => ((state.logOpen = false), ctx.render()) }, t('table.hideLog'))),
    h('ol', {}, ...moveLogVm(model.snap.level, model.snap.view.log, lang, t).map((l) => h('li', {}, l.text, l.reason ? h('span', { class: 'reason' }, t('log.because', { reason: l.reason })) : null, l.statement ? h('span', { class: 'statement-note' }, `“${l.statement}”`) : null))),
  );
}

/**
 * The bottom action bar: the moves a player needs at every moment (vote, put the package on the
 * table, end the turn) stay within reach of a thumb whatever is scrolled above them.
 */
export function actionBar(ctx: TableContext): HTMLElement {
  const { t, model } = ctx;
  const { builder, vote, status } = model;
  return h(
    'div',
    { class: 'action-bar', testid: 'action-bar' },
    vote?.canVote
      ? [
          h('button', { type: 'button', class: 'accept', testid: 'vote-yes', onclick: () => ctx.act({ type: 'vote', accept: true }) }, t('table.voteYes')),
          h('button', { type: 'button', class: 'reject', testid: 'vote-no', onclick: () => ctx.act({ type: 'vote', accept: false }) }, t('table.voteNo')),
        ]
      : null,
    builder ? h('button', { type: 'button', testid: 'offer-submit', disabled: !builder.canOffer, onclick: () => ctx.act({ type: 'offer', package: ctx.packageOf(), ...ctx.statement() }) }, t('table.offer')) : null,
    h('span', { class: 'grow' }),
    h('button', { type: 'button', class: 'end-turn', testid: 'end-turn', disabled: !status.yourTurn, onclick: () => ctx.act({ type: 'endTurn' }) }, t('table.endTurn')),
  );
}

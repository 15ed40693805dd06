/** The packages on the table and, in the final decision, the package put to the vote. */
import { h, signed } from '../../dom.js';
import type { TableContext } from './context.js';
import { whyNote } from './why-note.js';

function votePanel(ctx: TableContext): HTMLElement | null {
  const { t, model } = ctx;
  const vote = model.vote;
  if (!vote) return null;
  return h(
    'div',
    { class: 'offer', testid: 'vote-panel' },
    h('h2', {}, vote.candidate === null ? t('table.noCandidate') : t('table.vote', { id: vote.candidate })),
    h('div', { class: 'rules', testid: 'decision-rules' }, h('p', {}, model.decision.why), h('p', {}, model.decision.voters), h('p', {}, model.decision.rule)),
    h('ul', {}, ...vote.terms.map((x) => h('li', {}, `${x.issue}: ${x.option}`))),
    vote.value !== null ? h('p', {}, `${t('table.packageValue', { value: vote.value })} · ${t('table.vsNoDeal', { value: vote.noDealValue })}`) : null,
    vote.voted ? h('p', {}, t('table.voted')) : null,
  );
}

export function offersPanel(ctx: TableContext): HTMLElement {
  const { t, model, state } = ctx;
  const builder = model.builder;
  return h(
    'section',
    { class: 'panel offers', 'aria-labelledby': 'offers-heading', testid: 'offers' },
    state.message ? h('p', { class: 'refusal', role: 'alert', testid: 'refusal' }, state.message) : null,
    votePanel(ctx),
    ctx.readOnly ? null : whyNote(ctx),
    model.statements.length > 0
      ? h(
          'section',
          { class: 'statements', testid: 'statements', 'aria-label': t('table.statements') },
          h('h2', {}, t('table.statements')),
          h('ul', {}, ...model.statements.map((st) => h('li', { style: `border-left-color:${st.colour}` }, h('strong', {}, `${st.name}: `), `“${st.text}”`))),
        )
      : null,
    h('h2', { id: 'offers-heading' }, t('table.offers')),
    model.offers.length === 0 ? h('p', { class: 'muted' }, t('table.noOffers')) : null,
    // The price of saying no, said once above the packages' buttons rather than on each of them.
    model.answerRules && model.offers.some((o) => !o.mine) ? h('p', { class: 'rules', id: 'answer-rules', testid: 'answer-rules' }, model.answerRules.cost, ' ', model.answerRules.standing) : null,
    ...model.offers.map((o) =>
      h(
        'article',
        { class: 'offer', style: `border-left-color:${o.colour}`, testid: `offer-${o.id}` },
        h('strong', {}, t('table.offerBy', { id: o.id, role: o.byName })),
        h('ul', {}, ...o.terms.map((x) => h('li', {}, `${x.issue}: ${x.option}`))),
        o.value !== null ? h('div', { class: (o.delta ?? 0) >= 0 ? 'good' : 'bad' }, t('table.valueToYou', { value: o.value, delta: signed(o.delta ?? 0) })) : null,
        o.acceptedBy.length ? h('div', { class: 'muted' }, t('table.acceptedBy', { roles: o.acceptedBy.join(', ') })) : null,
        o.rejectedBy.length ? h('div', { class: 'muted' }, t('table.rejectedBy', { roles: o.rejectedBy.join(', ') })) : null,
        o.mine || ctx.readOnly
          ? null
          : h(
              'div',
              { class: 'row' },
              h('button', { type: 'button', class: 'accept', testid: `accept-${o.id}`, disabled: !o.canAccept, onclick: () => ctx.act({ type: 'accept', offer: o.id }) }, t('table.accept')),
              h('button', { type: 'button', class: 'reject', testid: `reject-${o.id}`, 'aria-describedby': 'answer-rules', disabled: !o.canReject, onclick: () => ctx.act({ type: 'reject', offer: o.id }) }, t('table.reject')),
              h('button', { type: 'button', class: 'secondary', testid: `counter-${o.id}`, 'aria-describedby': 'answer-rules', disabled: !o.canCounter || !builder?.complete, onclick: () => ctx.act({ type: 'counter', offer: o.id, package: ctx.packageOf(), ...ctx.statement() }) }, t('table.counter', { id: o.id })),
            ),
      ),
    ),
  );
}

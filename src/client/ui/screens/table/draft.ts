/**
 * The draft text doubling as the package builder. On a narrow screen it shows one issue at a time
 * with a stepper (tabs of the issue names), so a phone in portrait never scrolls past five issues
 * to reach the package's value; wider screens show every issue (the stepper is hidden by CSS).
 */
import { h, icon, signed } from '../../dom.js';
import { stockStatementsVm } from '../../../view-models/statements.js';
import type { TableContext } from './context.js';

function issueStepper(ctx: TableContext): HTMLElement {
  const { model, state, t } = ctx;
  const n = model.issues.length;
  const go = (i: number): void => {
    state.issueIndex = (i + n) % n;
    ctx.render();
  };
  return h(
    'nav',
    { class: 'issue-stepper', 'aria-label': t('table.draft') },
    h('button', { type: 'button', class: 'secondary', testid: 'issue-prev', 'aria-label': '←', onclick: () => go(state.issueIndex - 1) }, '‹'),
    h(
      'div',
      { class: 'issue-dots' },
      ...model.issues.map((issue, i) =>
        h('button', { type: 'button', class: `dot${i === state.issueIndex ? ' current' : ''}${model.builder?.issues[i]?.chosen !== null && model.builder?.issues[i]?.chosen !== undefined ? ' chosen' : ''}`, 'aria-label': `${i + 1} ${issue.name}`, 'aria-current': i === state.issueIndex ? 'step' : null, testid: `issue-step-${i}`, onclick: () => go(i) }, String(i + 1)),
      ),
    ),
    h('button', { type: 'button', class: 'secondary', testid: 'issue-next', 'aria-label': '→', onclick: () => go(state.issueIndex + 1) }, '›'),
  );
}

export function draftPanel(ctx: TableContext): HTMLElement {
  const { t, model, state, snap } = { ...ctx, snap: ctx.model.snap };
  const { builder, issues, tips } = model;
  const level = snap.level;
  if (state.issueIndex >= issues.length) state.issueIndex = 0;
  return h(
    'section',
    { class: 'panel draft', 'aria-labelledby': 'draft-heading', testid: 'draft' },
    h('h2', { id: 'draft-heading' }, builder ? `${t('table.draft')} · ${t('table.builder')}` : t('table.draft')),
    tips.length > 0
      ? h('details', { class: 'tip', testid: 'tutorial-tip', open: state.tipOpen, ontoggle: (e: Event) => (state.tipOpen = (e.target as HTMLDetailsElement).open) }, h('summary', {}, t('table.tutorial')), ...tips.map((tip) => h('p', {}, tip)))
      : null,
    state.banner ? h('div', { class: 'banner', role: 'status', testid: 'event-banner' }, h('strong', {}, state.banner.title), ' ', state.banner.text) : null,
    state.changes.length > 0
      ? h('details', { class: 'banner effect-news', open: true, testid: 'effect-news' }, h('summary', {}, t('effects.heading')), h('ul', {}, ...state.changes.map((c) => h('li', {}, c.text))))
      : null,
    issues.length > 1 ? issueStepper(ctx) : null,
    ...issues.map((issue, i) =>
      h(
        'fieldset',
        { class: `issue${i === state.issueIndex ? ' current' : ''}` },
        h('legend', {}, icon(`icon-issue-${issue.id}`, 'icon-issue-generic'), issue.name),
        // The news of a reveal sits on the revealed issue, so news and figures come into view together.
        state.reveals.some((r) => r.issueIndex === i)
          ? h('div', { class: 'banner intel-news', role: 'status', testid: 'reveal-news' }, ...state.reveals.filter((r) => r.issueIndex === i).map((r) => h('p', {}, h('span', { class: 'intel-mark' }, t('table.intelMark')), ' ', r.text)))
          : null,
        issue.revealedBy.length > 0 && !state.reveals.some((r) => r.issueIndex === i) ? h('p', { class: 'intel-note', testid: `intel-note-${issue.id}` }, h('span', { class: 'intel-mark' }, t('table.intelMark')), ' ', t('table.intelNote', { roles: issue.revealedBy.join(', ') })) : null,
        h(
          'div',
          { class: 'options' },
          ...issue.options.map((o) => {
            const input = h('input', { type: 'radio', name: `issue-${issue.id}`, value: o.index, checked: builder?.issues[i]?.chosen === o.index, disabled: !o.available || !builder, testid: `option-${issue.id}-${o.index}` });
            input.addEventListener('change', () => {
              state.choice = level.issues.map((_, k) => (k === i ? o.index : (state.choice[k] ?? null)));
              ctx.render();
            });
            return h(
              'label',
              { class: 'option' },
              input,
              h(
                'span',
                {},
                o.label,
                // The clause is shown, not hidden in a hover tooltip phones do not have.
                o.clause && o.clause !== o.label ? h('span', { class: 'clause' }, o.clause) : null,
                h(
                  'span',
                  { class: 'tags' },
                  o.ownPoints !== null ? h('span', { class: 'tag points' }, t('table.points', { count: o.ownPoints })) : null,
                  changeTag(ctx, i, o.index),
                  // Intelligence sits beside the player's own points, in the other seat's colour and
                  // marked "intel", so it is never mistaken for the player's own figure.
                  ...o.intel.map((x) => h('span', { class: 'tag intel', style: `border-color:${x.colour}`, title: t('table.intelTitle', { role: x.name, round: x.round }), testid: `intel-${issue.id}-${o.index}-${x.role}` }, h('span', { class: 'intel-mark' }, t('table.intelMark')), ' ', t('table.intelTag', { role: x.name, points: x.points }))),
                  o.isNoDeal ? h('span', { class: 'tag nodeal' }, t('table.noDealNow')) : null,
                  o.onTable ? h('span', { class: 'tag ontable' }, t('table.onTable')) : null,
                  o.available ? null : h('span', { class: 'tag' }, icon('icon-lock'), t('table.locked')),
                ),
              ),
            );
          }),
        ),
      ),
    ),
    builder ? packageValue(ctx) : null,
  );
}

/** "was 30": the option's points before a change the player has not yet moved past (its cause is in the news). */
function changeTag(ctx: TableContext, issueIndex: number, option: number): HTMLElement | null {
  const changes = ctx.state.changes.filter((c) => c.issueIndex === issueIndex && c.option === option);
  const first = changes[0];
  const last = changes[changes.length - 1];
  if (!first || !last || first.before === last.after) return null;
  const up = last.after > first.before;
  return h('span', { class: `tag changed ${up ? 'up' : 'down'}`, testid: `changed-${issueIndex}-${option}`, title: changes.map((c) => c.text).join('\n') }, `${up ? '▲' : '▼'} ${ctx.t('effects.was', { before: first.before })}`);
}

/** A stock line the player may say with its next offer or counter (public, like the bots' statements). */
function statementPicker(ctx: TableContext): HTMLElement {
  const { t, state } = ctx;
  const select = h(
    'select',
    { testid: 'offer-statement', 'aria-label': t('table.attachStatement') },
    h('option', { value: '' }, t('table.noStatement')),
    ...stockStatementsVm(ctx.model.snap.level, ctx.lang).map((s) => h('option', { value: s.code, selected: state.statement === s.code }, s.text)),
  );
  select.addEventListener('change', () => (state.statement = select.value));
  return h('label', { class: 'statement-pick' }, `${t('table.attachStatement')} `, select);
}

/** The value of the package being built, against no deal (the offer button is in the action bar). */
function packageValue(ctx: TableContext): HTMLElement | null {
  const { t, model } = ctx;
  const builder = model.builder;
  if (!builder) return null;
  return h(
    'div',
    { class: 'value-bar', testid: 'package-value', 'aria-live': 'polite' },
    h('span', { class: 'big' }, builder.value === null ? t('table.packageIncomplete', { missing: builder.missing }) : t('table.packageValue', { value: builder.value })),
    h('span', {}, t('table.vsNoDeal', { value: builder.noDealValue })),
    builder.delta === null ? null : h('span', { class: builder.delta >= 0 ? 'good' : 'bad' }, builder.delta >= 0 ? t('table.better', { delta: signed(builder.delta) }) : t('table.worse', { delta: signed(builder.delta) })),
    builder.offeredThisTurn ? h('span', { class: 'muted' }, t('table.offeredThisTurn')) : null,
    statementPicker(ctx),
  );
}

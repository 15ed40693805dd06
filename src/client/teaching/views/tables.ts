/** Tables the note, the slides and the role packs share: points, no-deal values by round, the drift. */
import { h } from '../../ui/dom.js';
import { lt, num, optionLabel, issueName, roleName, type KitContext } from './context.js';

/** Points for every option of the given issues, one column per role (all roles unless told). */
export function valuesTable(ctx: KitContext, opts: { roles?: readonly string[]; issues?: readonly string[]; caption?: string } = {}): HTMLTableElement {
  const roles = ctx.key.roles.filter((r) => !opts.roles || opts.roles.includes(r.role));
  const issues = ctx.level.issues.map((issue, i) => ({ issue, i })).filter(({ issue }) => !opts.issues || opts.issues.includes(issue.id));
  const start = ctx.key.noDealByRound[0] ?? [];
  const single = roles.length === 1;
  // One issue named in the heading above needs no column of its own (the slides).
  const issueColumn = issues.length > 1;
  return h(
    'table',
    { class: 'values' },
    opts.caption ? h('caption', {}, opts.caption) : null,
    h('thead', {}, h('tr', {}, issueColumn ? h('th', { scope: 'col' }, ctx.t('note.issue')) : null, h('th', { scope: 'col' }, ctx.t('note.option')), ...roles.map((r) => h('th', { scope: 'col' }, single ? ctx.t('roles.yourPoints') : roleName(ctx, r.role))))),
    ...issues.map(({ issue, i }) =>
      h(
        'tbody',
        {},
        ...issue.options.map((option, o) =>
          h(
            'tr',
            { class: o === 0 ? 'first' : '' },
            o === 0 && issueColumn ? h('th', { scope: 'rowgroup', rowspan: issue.options.length }, lt(ctx, issue.name)) : null,
            h(
              'td',
              {},
              start[i] === o ? h('span', { title: ctx.t('note.noDealStart'), 'aria-label': ctx.t('note.noDealStart') }, '▸ ') : null,
              lt(ctx, option.label),
              option.locked ? h('span', { class: 'tag' }, ctx.t('note.locked')) : null,
            ),
            ...roles.map((r) => {
              const points = r.values[i]?.[o] ?? 0;
              const best = Math.max(...(r.values[i] ?? [0]));
              return h('td', { class: points === best ? 'num best' : 'num' }, String(points));
            }),
          ),
        ),
      ),
    ),
  );
}

/** Each role's no-deal value at each round (one role, or all). */
export function noDealTable(ctx: KitContext, only?: string): HTMLTableElement {
  const roles = ctx.key.roles.filter((r) => !only || r.role === only);
  const rounds = ctx.key.noDealByRound.map((_, i) => i + 1);
  return h(
    'table',
    { class: 'nodeal' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), ...rounds.map((n) => h('th', { scope: 'col' }, ctx.t('note.roundShort', { n }))), h('th', { scope: 'col' }, ctx.t('note.adjustment')))),
    h(
      'tbody',
      {},
      ...roles.map((r) => h('tr', {}, h('th', { scope: 'row' }, roleName(ctx, r.role)), ...r.noDealByRound.map((v) => h('td', { class: 'num' }, num(v))), h('td', { class: 'num' }, num(r.noDealAdjustment)))),
    ),
  );
}

/** The scheduled drift, one line a move, with its reason when the level gives one. */
export function driftList(ctx: KitContext): HTMLElement | null {
  const lines: HTMLElement[] = [];
  for (const drift of ctx.level.noDeal.drift) {
    lines.push(h('li', {}, ctx.t('note.driftLine', { round: drift.round, issue: issueName(ctx, drift.issue), option: optionLabel(ctx, drift.issue, drift.option) }), ' ', h('span', { class: 'muted' }, lt(ctx, drift.text))));
  }
  for (const event of ctx.level.events) {
    if (event.trigger !== 'scheduled') continue;
    for (const effect of event.effects) {
      if (effect.kind !== 'noDealDrift') continue;
      lines.push(h('li', {}, ctx.t('note.driftLine', { round: event.round ?? 1, issue: issueName(ctx, effect.issue), option: optionLabel(ctx, effect.issue, effect.option) }), ' ', h('span', { class: 'muted' }, `${lt(ctx, event.name)}: ${lt(ctx, event.text)}`)));
    }
  }
  return lines.length > 0 ? h('ul', { class: 'drift' }, ...lines) : null;
}

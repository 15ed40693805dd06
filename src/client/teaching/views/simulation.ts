/** The bot self-play figures, filled in when the worker is done (the page stays usable meanwhile). */
import { h } from '../../ui/dom.js';
import type { BotOutcomes } from '../bot-outcomes.js';
import { num, packageList, pct, roleName, SIMULATION_GAMES, SIMULATION_SEED, type KitContext } from './context.js';

export function outcomesList(ctx: KitContext, result: BotOutcomes): HTMLElement {
  return h(
    'ol',
    { class: 'typical' },
    ...result.outcomes.map((o) =>
      h(
        'li',
        {},
        h('strong', {}, ctx.t('note.typicalShare', { share: pct(o.share) })),
        ': ',
        o.package ? '' : ctx.t('note.noDealOutcome'),
        o.package && ctx.level.decision.rule === 'plurilateral' ? ctx.t('note.signedBy', { roles: o.signatories.map((r) => roleName(ctx, r)).join(', ') }) : '',
        o.package ? packageList(ctx, o.package) : null,
        o.package ? h('p', { class: 'muted' }, `${ctx.t('note.meanScore')}: `, ctx.key.roles.map((r) => `${roleName(ctx, r.role)} ${num(o.meanScoreVsNoDeal[r.role] ?? 0)}`).join(' · ')) : null,
      ),
    ),
  );
}

function figures(ctx: KitContext, result: BotOutcomes): HTMLElement[] {
  return [
    h('p', { class: 'big' }, ctx.t('note.agreementRate', { rate: pct(result.agreementRate) })),
    h('p', {}, ctx.t('note.onFrontier', { rate: pct(result.onFrontierRate), distance: String(Math.round(result.meanParetoDistance * 100) / 100) })),
    h(
      'table',
      { class: 'sim' },
      h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', { scope: 'col' }, ctx.t('note.winRate')), h('th', { scope: 'col' }, ctx.t('note.meanScore')))),
      h('tbody', {}, ...ctx.key.roles.map((r) => h('tr', {}, h('th', { scope: 'row' }, roleName(ctx, r.role)), h('td', { class: 'num' }, pct(result.winRates[r.role] ?? 0)), h('td', { class: 'num' }, num(result.meanScoreVsNoDeal[r.role] ?? 0))))),
    ),
    h('h3', {}, ctx.t('note.typical')),
    outcomesList(ctx, result),
  ];
}

/** A block that shows progress, then the figures; `data-state` says which, for tests and print. */
export function simulationBlock(ctx: KitContext, compact = false): HTMLElement {
  const status = h('p', { role: 'status', class: 'muted' }, ctx.t('note.simulating', { done: 0, games: SIMULATION_GAMES }));
  const box = h('div', { class: 'simulation', testid: 'simulation', 'data-state': 'running' }, compact ? null : h('p', {}, ctx.t('note.simulationIntro', { games: SIMULATION_GAMES, seed: SIMULATION_SEED, id: ctx.level.id })), status);
  ctx
    .botOutcomes((done, games) => {
      status.textContent = ctx.t('note.simulating', { done, games });
    })
    .then((result) => {
      status.remove();
      if (compact) box.append(h('p', { class: 'big' }, ctx.t('note.agreementRate', { rate: pct(result.agreementRate) })), h('h3', {}, ctx.t('note.typical')), outcomesList(ctx, { ...result, outcomes: result.outcomes.slice(0, 2) }));
      else box.append(...figures(ctx, result));
      box.dataset.state = 'done';
    })
    .catch((error: unknown) => {
      status.textContent = ctx.t('note.simulationFailed', { reason: error instanceof Error ? error.message : String(error) });
      box.dataset.state = 'failed';
    });
  return box;
}

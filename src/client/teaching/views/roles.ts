/**
 * Printable role packs, one per seat (brief, confidential instructions with the no-deal reasoning,
 * point sheet, drift schedule, card deck, tally sheet), and the chair's sheet that runs a table on
 * paper. Each pack starts on a new printed page.
 */
import type { Role } from '../../../engine/level/schema.js';
import { h } from '../../ui/dom.js';
import { d20Faces } from '../run-sheets.js';
import { lt, roleName, section, pageTitle, type KitContext } from './context.js';
import { kitLink } from './links.js';
import { roundsTable } from './run.js';
import { driftList, noDealTable, valuesTable } from './tables.js';

function decisionText(ctx: KitContext): string {
  return ctx.t(`roles.decision_${ctx.level.decision.rule}`, { voters: ctx.level.decision.voters.map((v) => roleName(ctx, v)).join(', ') });
}

function turnOrder(ctx: KitContext): string {
  return (ctx.level.rounds.turnOrder ?? ctx.level.roles.map((r) => r.id)).map((r) => roleName(ctx, r)).join(' → ');
}

function deckTable(ctx: KitContext, role: Role): HTMLTableElement {
  const cards = role.deck.map((id) => ctx.level.cards.find((c) => c.id === id)).filter((c) => c !== undefined);
  return h(
    'table',
    { class: 'card-deck' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ctx.t('roles.card')), h('th', { scope: 'col' }, ctx.t('roles.kind')), h('th', { scope: 'col' }, ctx.t('roles.cost')), h('th', { scope: 'col' }, ctx.t('roles.effect')))),
    h('tbody', {}, ...cards.map((card) => h('tr', {}, h('th', { scope: 'row' }, lt(ctx, card.name)), h('td', {}, ctx.t(`roles.kind_${card.kind}`)), h('td', { class: 'num' }, String(card.cost)), h('td', {}, lt(ctx, card.text))))),
  );
}

function tallySheet(ctx: KitContext, role: Role): HTMLElement {
  const rows = Array.from({ length: ctx.level.rounds.count }, (_, i) => i + 1);
  return h(
    'div',
    { class: 'tally' },
    h(
      'table',
      { class: 'tally-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), h('th', { scope: 'col' }, ctx.t('roles.tallyResources', { resource: lt(ctx, role.resource.name) })), h('th', { scope: 'col' }, ctx.t('roles.tallyCard')), h('th', { scope: 'col' }, ctx.t('roles.tallyOffer')), h('th', { scope: 'col' }, ctx.t('roles.tallyAnswer')))),
      h('tbody', {}, ...rows.map((n) => h('tr', {}, h('th', { scope: 'row' }, ctx.t('note.roundShort', { n })), h('td', {}), h('td', {}), h('td', {}), h('td', {})))),
    ),
    h('p', { class: 'final' }, ctx.t('roles.tallyFinal')),
  );
}

export function rolePack(ctx: KitContext, role: Role): HTMLElement {
  const notes = ctx.level.teaching?.roles[role.id];
  const name = roleName(ctx, role.id);
  const key = ctx.key.roles.find((r) => r.role === role.id);
  return h(
    'article',
    { class: 'kit-page pack', testid: `pack-${role.id}` },
    h('p', { class: 'confidential' }, ctx.t('roles.confidential', { role: name })),
    h('h1', {}, name),
    h('p', { class: 'muted' }, `${lt(ctx, ctx.level.title)} · ${key?.votes ? ctx.t('roles.votes') : ctx.t('roles.noVote')}`),
    section(ctx.t('roles.brief'), `pack-${role.id}-brief`, h('p', {}, lt(ctx, role.brief)), notes ? h('h3', {}, ctx.t('roles.case')) : null, notes ? h('p', {}, lt(ctx, notes.case)) : null),
    section(
      ctx.t('roles.instructions'),
      `pack-${role.id}-instructions`,
      h('p', {}, lt(ctx, role.objectives)),
      h('h3', {}, ctx.t('roles.noDealReasoning')),
      notes ? h('p', {}, lt(ctx, notes.noDeal)) : null,
      h('p', {}, h('strong', {}, ctx.t('roles.noDealTable'))),
      noDealTable(ctx, role.id),
      h('p', { class: 'rule' }, ctx.t('roles.neverBelow')),
    ),
    h('div', { class: 'page-start' }, section(ctx.t('roles.pointSheet'), `pack-${role.id}-points`, h('p', {}, ctx.t('roles.pointSheetIntro')), valuesTable(ctx, { roles: [role.id] }))),
    section(ctx.t('roles.driftSchedule'), `pack-${role.id}-drift`, driftList(ctx) ? h('p', {}, ctx.t('roles.driftIntro')) : h('p', {}, ctx.t('roles.noDrift')), driftList(ctx)),
    h('div', { class: 'page-start' }, section(
      ctx.t('roles.deck'),
      `pack-${role.id}-deck`,
      h('p', {}, ctx.t('roles.deckIntro', { hand: role.handSize, draw: role.drawPerRound, start: role.resource.start, perRound: role.resource.perRound, resource: lt(ctx, role.resource.name).toLowerCase(), cards: ctx.level.rounds.cardsPerTurn })),
      deckTable(ctx, role),
    )),
    section(ctx.t('roles.tally'), `pack-${role.id}-tally`, h('p', {}, ctx.t('roles.paperRulesText', { order: turnOrder(ctx), decision: decisionText(ctx) })), tallySheet(ctx, role)),
  );
}

export function chairSheet(ctx: KitContext): HTMLElement {
  const random = ctx.level.events.filter((e) => e.trigger === 'random');
  const facilitator = ctx.level.events.filter((e) => e.trigger === 'facilitator');
  const scheduled = ctx.level.events.filter((e) => e.trigger === 'scheduled');
  return h(
    'article',
    { class: 'kit-page pack', testid: 'pack-chair' },
    h('h1', {}, ctx.t('roles.chair')),
    h('p', { class: 'muted' }, lt(ctx, ctx.level.title)),
    h('p', {}, ctx.t('roles.chairIntro')),
    h('p', {}, ctx.t('roles.paperRulesText', { order: turnOrder(ctx), decision: decisionText(ctx) })),
    section(
      ctx.t('roles.draftText'),
      'chair-draft',
      ...ctx.level.issues.map((issue) => h('div', { class: 'draft-issue' }, h('h3', {}, lt(ctx, issue.name)), h('ol', {}, ...issue.options.map((o) => h('li', {}, h('strong', {}, lt(ctx, o.label)), o.locked ? h('span', { class: 'tag' }, ctx.t('note.locked')) : null, `: ${lt(ctx, o.clause)}`))))),
    ),
    section(ctx.t('roles.chairRounds'), 'chair-rounds', roundsTable(ctx), ...scheduled.map((e) => h('p', {}, h('strong', {}, `${ctx.t('note.round', { n: e.round ?? 1 })} · ${lt(ctx, e.name)}: `), lt(ctx, e.text)))),
    random.length
      ? section(
          ctx.t('roles.randomEvents'),
          'chair-random',
          h('p', {}, ctx.t('roles.randomRoll')),
          h('ul', {}, ...random.map((e) => h('li', {}, h('strong', {}, `${lt(ctx, e.name)} (${ctx.t('roles.rollFaces', { faces: d20Faces(e.chance ?? 0) })}): `), lt(ctx, e.text)))),
        )
      : null,
    facilitator.length ? section(ctx.t('roles.facilitatorEvents'), 'chair-inject', h('p', {}, ctx.t('roles.eventsText')), h('ul', {}, ...facilitator.map((e) => h('li', {}, h('strong', {}, `${lt(ctx, e.name)}: `), lt(ctx, e.text))))) : null,
    h('p', { class: 'rule' }, ctx.t('roles.finalVote', { decision: decisionText(ctx) })),
  );
}

export function rolesView(ctx: KitContext): HTMLElement {
  const which = ctx.params.get('role');
  if (which === 'all') return h('div', { testid: 'kit-roles-all' }, ...ctx.level.roles.map((r) => rolePack(ctx, r)), chairSheet(ctx));
  if (which === 'chair') return chairSheet(ctx);
  const role = ctx.level.roles.find((r) => r.id === which);
  if (role) return rolePack(ctx, role);
  return h(
    'article',
    { class: 'kit-page', testid: 'kit-roles' },
    ...pageTitle(ctx, ctx.t('roles.heading')),
    h('p', {}, ctx.t('roles.intro')),
    h(
      'ul',
      { class: 'pack-list' },
      ...ctx.level.roles.map((r) => h('li', {}, h('a', { href: kitLink(ctx, 'roles', { role: r.id }), testid: `open-pack-${r.id}` }, roleName(ctx, r.id)))),
      h('li', {}, h('a', { href: kitLink(ctx, 'roles', { role: 'chair' }), testid: 'open-pack-chair' }, ctx.t('roles.chair'))),
    ),
    h('p', {}, h('a', { class: 'button', href: kitLink(ctx, 'roles', { role: 'all' }), testid: 'open-pack-all' }, ctx.t('kit.printAll'))),
  );
}

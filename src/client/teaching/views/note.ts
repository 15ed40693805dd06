/** The teaching note: objectives, the answer key (computed), bot self-play, quiz answers, the real timeline, simplifications. */
import { h } from '../../ui/dom.js';
import { cardName, issueName, lt, num, optionLabel, packageList, roleName, section, sourcesList, pageTitle, type KitContext } from './context.js';
import { simulationBlock } from './simulation.js';
import { driftList, noDealTable, valuesTable } from './tables.js';

export const LETTERS = 'ABCDEFGH';

export function ruleText(ctx: KitContext): string {
  const voters = ctx.level.decision.voters.map((v) => roleName(ctx, v)).join(', ');
  return ctx.t(`note.rule_${ctx.level.decision.rule}`, { voters });
}

export function timelineList(ctx: KitContext, withSources = true, from = 0, to?: number): HTMLElement | null {
  const timeline = ctx.level.teaching?.timeline;
  if (!timeline) return null;
  return h(
    'ol',
    { class: 'timeline', testid: 'timeline', start: from + 1 },
    ...timeline.slice(from, to).map((entry) =>
      h(
        'li',
        { class: entry.modelled ? 'modelled' : '' },
        h('strong', { class: 'when' }, entry.modelled ? `★ ${lt(ctx, entry.when)}` : lt(ctx, entry.when)),
        h('span', {}, ` ${lt(ctx, entry.what)}`),
        withSources ? sourcesList(ctx, entry.evidence) : null,
      ),
    ),
  );
}

function answerKeySection(ctx: KitContext): HTMLElement {
  const key = ctx.key;
  const zoneRows = key.zones.map((z) =>
    h('tr', {}, h('th', { scope: 'row' }, ctx.t('note.round', { n: z.round })), h('td', { class: 'num' }, String(z.voters)), h('td', { class: 'num' }, String(z.votersUnlocked)), h('td', { class: 'num' }, String(z.allRoles))),
  );
  const empty = key.zones.filter((z) => z.voters === 0).map((z) => h('p', { class: 'notice' }, ctx.t('note.zoneEmpty', { round: z.round })));
  const nash = key.nash;
  const unlockLines = key.unlocks.map((u) =>
    h(
      'li',
      {},
      ctx.t('note.unlockLine', {
        option: optionLabel(ctx, u.issue, u.option),
        issue: issueName(ctx, u.issue),
        cards: [...u.cards.map((c) => ctx.t('note.heldBy', { card: cardName(ctx, c.card), roles: c.holders.map((r) => roleName(ctx, r)).join(', ') })), ...u.events.map((e) => lt(ctx, ctx.level.events.find((x) => x.id === e)?.name))].join('; ') || '—',
      }),
    ),
  );
  return section(
    ctx.t('note.answerKey'),
    'note-key',
    h('p', {}, ctx.t('note.answerKeyIntro')),
    h('h3', {}, ctx.t('note.values')),
    valuesTable(ctx, { caption: ctx.t('note.valuesCaption') }),
    h('h3', {}, ctx.t('note.noDeal')),
    h('p', { class: 'muted' }, ctx.t('note.noDealCaption')),
    noDealTable(ctx),
    driftList(ctx),
    h('h3', {}, ctx.t('note.zone')),
    h('p', {}, ctx.t('note.zoneIntro', { count: key.packageCount })),
    h('table', { class: 'zone', testid: 'zone' }, h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', { scope: 'col' }, ctx.t('note.zoneVoters')), h('th', { scope: 'col' }, ctx.t('note.zoneUnlocked')), h('th', { scope: 'col' }, ctx.t('note.zoneAll')))), h('tbody', {}, ...zoneRows)),
    ...empty,
    ctx.level.decision.rule === 'plurilateral' ? h('p', { class: 'muted' }, ctx.t('note.zonePlurilateral')) : null,
    h('h3', {}, ctx.t('note.nash')),
    nash
      ? h('div', {}, h('p', {}, ctx.t('note.nashIntro')), packageList(ctx, nash.package), h('p', { class: 'muted' }, key.roles.map((r) => `${roleName(ctx, r.role)} ${num(nash.values[r.role] ?? 0)} (${num(r.noDealByRound[0] ?? 0)})`).join(' · ')))
      : h('p', {}, ctx.t('note.nashNone')),
    h('h3', {}, ctx.t('note.favourite')),
    h('div', { class: 'favourites' }, ...key.roles.map((r) => h('div', {}, h('h4', {}, roleName(ctx, r.role)), packageList(ctx, r.bestPackage)))),
    h('h3', {}, ctx.t('note.unlocks')),
    h('ul', {}, ...unlockLines),
  );
}

export function quizAnswers(ctx: KitContext): HTMLElement | null {
  const quiz = ctx.level.teaching?.quiz;
  if (!quiz) return null;
  return section(
    ctx.t('note.quizAnswers'),
    'note-quiz',
    h(
      'ol',
      { class: 'quiz-answers' },
      ...quiz.map((item) =>
        h(
          'li',
          {},
          h('p', {}, lt(ctx, item.question)),
          h('p', {}, h('strong', {}, ctx.t('note.answer', { letter: LETTERS[item.answer] ?? '?', choice: lt(ctx, item.choices[item.answer]) }))),
          h('p', { class: 'muted' }, lt(ctx, item.explain)),
          sourcesList(ctx, item.evidence),
        ),
      ),
    ),
  );
}

export function noteView(ctx: KitContext): HTMLElement {
  const teaching = ctx.level.teaching;
  const level = ctx.level;
  return h(
    'article',
    { class: 'kit-page', testid: 'kit-note' },
    ...pageTitle(ctx, ctx.t('note.heading')),
    h('p', { class: 'muted' }, ctx.t('note.meta', { year: level.year, minutes: level.durationMinutes, rounds: level.rounds.count, rule: ruleText(ctx) })),
    teaching ? section(ctx.t('note.objectives'), 'note-objectives', h('ol', {}, ...teaching.objectives.map((o) => h('li', {}, lt(ctx, o))))) : null,
    section(ctx.t('note.scenario'), 'note-scenario', h('p', {}, lt(ctx, level.scenario))),
    teaching
      ? section(
          ctx.t('note.strongestCase'),
          'note-cases',
          ...level.roles.map((role) => {
            const notes = teaching.roles[role.id];
            return h('div', { class: 'case' }, h('h3', {}, roleName(ctx, role.id)), notes ? h('p', {}, lt(ctx, notes.case)) : h('p', {}, lt(ctx, role.brief)), notes ? sourcesList(ctx, notes.evidence) : null);
          }),
        )
      : null,
    answerKeySection(ctx),
    section(ctx.t('note.simulation'), 'note-simulation', simulationBlock(ctx)),
    quizAnswers(ctx),
    teaching ? section(ctx.t('note.timeline'), 'note-timeline', h('p', {}, ctx.t('note.timelineIntro')), timelineList(ctx)) : null,
    teaching ? section(ctx.t('note.simplifications'), 'note-simplifications', h('ul', {}, ...teaching.simplifications.map((s) => h('li', {}, lt(ctx, s))))) : null,
  );
}

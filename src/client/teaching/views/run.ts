/** Run sheets: three plans with timings and turn timers, the round-by-round table, hot-seat with a caucus, the paper fallback. */
import { h } from '../../ui/dom.js';
import { d20Faces, gameMinutes, humanSeats, PLANS, roundSteps, runSheet } from '../run-sheets.js';
import { eventName, issueName, lt, optionLabel, section, pageTitle, type KitContext } from './context.js';
import { kitLink } from './links.js';

const clock = (minutes: number): string => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

export function roundsTable(ctx: KitContext): HTMLTableElement {
  return h(
    'table',
    { class: 'rounds', testid: 'rounds' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), h('th', { scope: 'col' }, ctx.t('note.drift')), h('th', { scope: 'col' }, ctx.t('run.what')))),
    h(
      'tbody',
      {},
      ...roundSteps(ctx.level).map((step) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, ctx.t('note.round', { n: step.round })),
          h('td', {}, ...step.drift.map((d) => h('p', {}, `${issueName(ctx, d.issue)} → ${optionLabel(ctx, d.issue, d.option)}`, d.text ? h('span', { class: 'muted' }, ` ${lt(ctx, d.text)}`) : null)), step.drift.length ? null : ctx.t('run.noChange')),
          h(
            'td',
            {},
            ...step.scheduled.map((id) => h('p', {}, ctx.t('run.scheduledLine', { event: eventName(ctx, id) }))),
            ...step.inject.map((i) => h('p', { class: 'inject' }, ctx.t('run.injectLine', { event: eventName(ctx, i.event), why: lt(ctx, i.why) }))),
            step.scheduled.length + step.inject.length === 0 ? ctx.t('run.noChange') : null,
          ),
        ),
      ),
    ),
  );
}

function eventLists(ctx: KitContext): HTMLElement[] {
  const random = ctx.level.events.filter((e) => e.trigger === 'random');
  const facilitator = ctx.level.events.filter((e) => e.trigger === 'facilitator');
  const lines: (HTMLElement | null)[] = [
    random.length ? h('p', {}, ctx.t('run.randomEvents', { list: random.map((e) => `${lt(ctx, e.name)} (${Math.round((e.chance ?? 0) * 100)}%, d20 1–${d20Faces(e.chance ?? 0)})`).join('; ') })) : null,
    facilitator.length ? h('p', {}, ctx.t('run.facilitatorEvents', { list: facilitator.map((e) => `${lt(ctx, e.name)}: ${lt(ctx, e.text)}`).join(' · ') })) : null,
  ];
  return lines.filter((x): x is HTMLElement => x !== null);
}

const paragraphs = (ctx: KitContext, key: string): HTMLElement[] => (ctx.t(key, { returnObjects: true }) as unknown as string[]).map((p) => h('p', {}, p));

export function runView(ctx: KitContext): HTMLElement {
  const level = ctx.level;
  const own = level.rounds.turnSeconds || 120;
  return h(
    'article',
    { class: 'kit-page', testid: 'kit-run' },
    ...pageTitle(ctx, ctx.t('run.heading')),
    h('p', {}, ctx.t('run.intro', { seats: humanSeats(level), rounds: level.rounds.count, turn: own, minutes: gameMinutes(level, own) })),
    ...PLANS.map((plan) => {
      const sheet = runSheet(level, plan);
      return section(
        ctx.t(`run.plan_${plan}`),
        `run-${plan}`,
        h('p', { class: 'timer' }, ctx.t('run.timer', { seconds: sheet.turnSeconds, minutes: gameMinutes(level, sheet.turnSeconds) })),
        h(
          'table',
          { class: 'plan', testid: `plan-${plan}` },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ctx.t('run.time')), h('th', { scope: 'col' }, ctx.t('run.what')))),
          h('tbody', {}, ...sheet.segments.map((s) => h('tr', {}, h('th', { scope: 'row', class: 'clock' }, `${clock(s.start)}–${clock(s.start + s.minutes)}`), h('td', {}, ctx.t(`run.segment.${s.key}`))))),
        ),
      );
    }),
    section(ctx.t('run.rounds'), 'run-rounds', h('p', {}, ctx.t('run.roundsIntro')), roundsTable(ctx), ...eventLists(ctx)),
    section(ctx.t('run.hotseat'), 'run-hotseat', ...paragraphs(ctx, 'run.hotseatText')),
    section(ctx.t('run.paper'), 'run-paper', ...paragraphs(ctx, 'run.paperText'), h('p', {}, h('a', { href: kitLink(ctx, 'roles', { role: 'chair' }) }, ctx.t('run.chairSheet')))),
  );
}

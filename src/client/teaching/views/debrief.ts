/** The debrief guide: five phases with their purpose and the level's questions, the reflection prompt and the rubric. */
import { DEBRIEF_PHASES } from '../../../engine/level/teaching-schema.js';
import { h } from '../../ui/dom.js';
import { lt, optionLabel, roleName, section, pageTitle, type KitContext } from './context.js';
import { kitLink } from './links.js';

const RUBRIC = ['preparation', 'evidence', 'creative', 'efficiency', 'reflection'] as const;

export function phaseQuestions(ctx: KitContext, phase: string): string[] {
  return (ctx.level.teaching?.debriefQuestions ?? []).filter((q) => q.phase === phase).map((q) => lt(ctx, q.text));
}

function rubric(ctx: KitContext): HTMLElement {
  const lockedOptions = ctx.level.issues.flatMap((issue) => issue.options.flatMap((o, k) => (o.locked ? [optionLabel(ctx, issue.id, k)] : []))).join(', ') || '—';
  return h(
    'table',
    { class: 'rubric', testid: 'rubric' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ctx.t('debrief.criterion')), h('th', { scope: 'col' }, ctx.t('debrief.evidence')), h('th', { scope: 'col' }, ctx.t('debrief.levels')))),
    h(
      'tbody',
      {},
      ...RUBRIC.map((row) => {
        const [name, evidence, levels] = ctx.t(`debrief.rubricRows.${row}`, { returnObjects: true, options: lockedOptions }) as unknown as [string, string, string];
        return h('tr', {}, h('th', { scope: 'row' }, name), h('td', {}, evidence), h('td', {}, levels));
      }),
    ),
  );
}

export function debriefView(ctx: KitContext): HTMLElement {
  const perRole = ctx.level.debrief.perRole;
  return h(
    'article',
    { class: 'kit-page', testid: 'kit-debrief' },
    ...pageTitle(ctx, ctx.t('debrief.heading')),
    h('p', {}, ctx.t('debrief.intro')),
    h('p', { class: 'no-print' }, h('a', { class: 'button', href: kitLink(ctx, 'slides'), testid: 'open-slides' }, ctx.t('debrief.openSlides'))),
    ...DEBRIEF_PHASES.map((phase) => {
      const questions = phaseQuestions(ctx, phase);
      return section(
        ctx.t(`debrief.phase.${phase}`),
        `debrief-${phase}`,
        h('p', {}, ctx.t(`debrief.purpose.${phase}`)),
        phase === 'outcomes' && ctx.level.debrief.questions.length ? h('ul', {}, ...ctx.level.debrief.questions.map((q) => h('li', {}, lt(ctx, q)))) : null,
        questions.length ? h('h3', {}, ctx.t('debrief.questions')) : null,
        questions.length ? h('ol', {}, ...questions.map((q) => h('li', {}, q))) : null,
      );
    }),
    section(
      ctx.t('debrief.reflection'),
      'debrief-reflection',
      h('p', { testid: 'reflection-prompt' }, ctx.t('debrief.reflectionPrompt')),
      Object.keys(perRole).length ? h('h3', {}, ctx.t('debrief.perRole')) : null,
      h('ul', {}, ...Object.entries(perRole).map(([role, text]) => h('li', {}, h('strong', {}, `${roleName(ctx, role)}: `), lt(ctx, text)))),
    ),
    section(ctx.t('debrief.rubric'), 'debrief-rubric', h('p', {}, ctx.t('debrief.rubricIntro')), rubric(ctx)),
  );
}

/** The students' quiz sheet (no answers: those are in the teaching note), the same before and after the game. */
import { h } from '../../ui/dom.js';
import { pageTitle, type KitContext, lt } from './context.js';
import { LETTERS } from './note.js';

export function quizView(ctx: KitContext): HTMLElement {
  const quiz = ctx.level.teaching?.quiz ?? [];
  return h(
    'article',
    { class: 'kit-page quiz', testid: 'kit-quiz' },
    ...pageTitle(ctx, ctx.t('quiz.heading')),
    h('p', { class: 'no-print muted' }, ctx.t('quiz.intro')),
    h('p', {}, ctx.t('quiz.name')),
    h('p', { class: 'muted' }, ctx.t('quiz.studentNote')),
    h('ol', { class: 'quiz-items' }, ...quiz.map((item) => h('li', {}, h('p', {}, lt(ctx, item.question)), h('ul', { class: 'choices' }, ...item.choices.map((c, i) => h('li', {}, `${LETTERS[i] ?? '?'}. ${lt(ctx, c)}`)))))),
  );
}

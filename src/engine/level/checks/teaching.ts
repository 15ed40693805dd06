/**
 * The teaching block's references: roles it writes cases for exist, injections name facilitator
 * events within the rounds, and every quiz answer is one of its choices. (Its texts are checked
 * with the rest of the level's, in texts.ts.)
 */
import { suggesting } from '../suggest.js';
import type { CheckContext } from './context.js';

export function teachingReferencesResolve(ctx: CheckContext): void {
  const teaching = ctx.level.teaching;
  if (!teaching) return;
  const place = { in: 'teaching' } as const;
  for (const role of Object.keys(teaching.roles)) ctx.roleExists(role, ['teaching', 'roles', role], place);
  const events = new Map<string, (typeof ctx.level.events)[number]>(ctx.level.events.map((e) => [e.id, e] as const));
  const rounds = ctx.level.rounds.count;
  teaching.injections.forEach((injection, i) => {
    const event = events.get(injection.event);
    if (!event) ctx.report(['teaching', 'injections', i, 'event'], 'undefinedEvent', { event: injection.event, place, ...suggesting(injection.event, events.keys()) });
    else if (event.trigger !== 'facilitator') ctx.report(['teaching', 'injections', i, 'event'], 'injectionNotFacilitatorEvent', { event: event.id, trigger: event.trigger });
    if (injection.round > rounds) ctx.report(['teaching', 'injections', i, 'round'], 'injectionAfterLastRound', { round: injection.round, rounds });
  });
  teaching.quiz.forEach((item, i) => {
    if (item.answer >= item.choices.length) ctx.report(['teaching', 'quiz', i, 'answer'], 'quizAnswerOutOfRange', { answer: item.answer, choices: item.choices.length });
  });
}

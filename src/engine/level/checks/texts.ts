/** Languages: each declared once, and every text of the level written in each of them, and no other. */
import type { LevelPath } from '../path.js';
import type { Level, LocalText } from '../schema.js';
import type { CheckContext } from './context.js';

export function languagesListedOnce(ctx: CheckContext): void {
  const languages = ctx.level.languages;
  languages.forEach((language, i) => {
    if (languages.indexOf(language) !== i) ctx.report(['languages', i], 'languageTwice', { language });
  });
}

/** Every text of the level with its path, the teaching block's included. */
export function* levelTexts(level: Level): Generator<[LocalText | undefined, LevelPath]> {
  yield [level.title, ['title']];
  yield [level.scenario, ['scenario']];
  for (const [i, step] of level.tutorial.entries()) yield [step.text, ['tutorial', i, 'text']];
  for (const [r, role] of level.roles.entries()) {
    yield [role.name, ['roles', r, 'name']];
    yield [role.shortName, ['roles', r, 'shortName']];
    yield [role.brief, ['roles', r, 'brief']];
    yield [role.objectives, ['roles', r, 'objectives']];
    yield [role.resource.name, ['roles', r, 'resource', 'name']];
  }
  for (const [i, issue] of level.issues.entries()) {
    yield [issue.name, ['issues', i, 'name']];
    yield [issue.description, ['issues', i, 'description']];
    for (const [o, option] of issue.options.entries()) {
      yield [option.label, ['issues', i, 'options', o, 'label']];
      yield [option.clause, ['issues', i, 'options', o, 'clause']];
    }
  }
  for (const [c, card] of level.cards.entries()) {
    yield [card.name, ['cards', c, 'name']];
    yield [card.text, ['cards', c, 'text']];
  }
  for (const [e, event] of level.events.entries()) {
    yield [event.name, ['events', e, 'name']];
    yield [event.text, ['events', e, 'text']];
  }
  for (const [d, drift] of level.noDeal.drift.entries()) yield [drift.text, ['noDeal', 'drift', d, 'text']];
  for (const [i, indicator] of level.impact.indicators.entries()) {
    yield [indicator.name, ['impact', 'indicators', i, 'name']];
    yield [indicator.unit, ['impact', 'indicators', i, 'unit']];
  }
  yield [level.debrief.summary, ['debrief', 'summary']];
  for (const [i, question] of level.debrief.questions.entries()) yield [question, ['debrief', 'questions', i]];
  yield [level.debrief.agreement, ['debrief', 'agreement']];
  yield [level.debrief.noDeal, ['debrief', 'noDeal']];
  for (const [role, text] of Object.entries(level.debrief.perRole)) yield [text, ['debrief', 'perRole', role]];
  yield* teachingTexts(level);
}

function* teachingTexts(level: Level): Generator<[LocalText | undefined, LevelPath]> {
  const teaching = level.teaching;
  if (!teaching) return;
  for (const [i, objective] of teaching.objectives.entries()) yield [objective, ['teaching', 'objectives', i]];
  for (const [role, notes] of Object.entries(teaching.roles)) {
    yield [notes.case, ['teaching', 'roles', role, 'case']];
    yield [notes.noDeal, ['teaching', 'roles', role, 'noDeal']];
  }
  for (const [i, injection] of teaching.injections.entries()) yield [injection.why, ['teaching', 'injections', i, 'why']];
  for (const [i, entry] of teaching.timeline.entries()) {
    yield [entry.when, ['teaching', 'timeline', i, 'when']];
    yield [entry.what, ['teaching', 'timeline', i, 'what']];
  }
  for (const [i, simplification] of teaching.simplifications.entries()) yield [simplification, ['teaching', 'simplifications', i]];
  for (const [i, question] of teaching.debriefQuestions.entries()) yield [question.text, ['teaching', 'debriefQuestions', i, 'text']];
  for (const [i, item] of teaching.quiz.entries()) {
    yield [item.question, ['teaching', 'quiz', i, 'question']];
    for (const [k, choice] of item.choices.entries()) yield [choice, ['teaching', 'quiz', i, 'choices', k]];
    yield [item.explain, ['teaching', 'quiz', i, 'explain']];
  }
}

/** A text has each of the level's languages, and only those. */
export function checkText(ctx: CheckContext, value: LocalText | undefined, path: LevelPath): void {
  if (value === undefined) return;
  const declared = ctx.level.languages;
  for (const language of new Set(declared)) {
    if (value[language] === undefined) ctx.report(path, 'missingLanguageText', { language });
  }
  for (const language of Object.keys(value)) {
    if (!declared.includes(language)) ctx.report([...path, language], 'undeclaredLanguage', { language, declared: [...new Set(declared)] });
  }
}

export function textsInEveryLanguage(ctx: CheckContext): void {
  for (const [text, path] of levelTexts(ctx.level)) checkText(ctx, text, path);
}

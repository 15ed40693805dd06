/**
 * The `teaching:` block of a level file: what a teacher needs that the game itself does not say.
 * Learning objectives, each role's case at its strongest and why walking away is worth what it is,
 * when to inject the facilitator's events, what really happened (a sourced timeline), the model's
 * known simplifications, debrief questions by phase and a pre/post quiz. The teacher's kit
 * (`teacher.html`) draws everything else from the rest of the level and from the engine.
 *
 * The block is optional (a trainer's level without it still gets a kit built from its numbers);
 * when present it is checked like the rest of the file: its shape here, its meaning in
 * `teachingIssues` (every text in every declared language, references that resolve).
 */
import { z } from 'zod';
import type { Level } from './schema.js';

// `schema.ts` imports this file, so its `LocalTextSchema` is not yet defined when this module
// runs: the same shape is declared here rather than imported (an import cycle would leave it
// undefined).
const text = z
  .record(z.string().regex(/^[a-z]{2}$/, 'a language code is two lower-case letters, like "en"'), z.string().min(1))
  .meta({ description: 'A text in each language of the level, e.g. { en: "..." }.' });

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and dashes, like "data-flows"');

const sources = z
  .array(z.string().min(1))
  .meta({ description: 'Ids of facts in the evidence base (seeds/evidence.yaml) that this rests on.' });

/** The debrief's phases, in the order a class goes through them. */
export const DEBRIEF_PHASES = ['feelings', 'values', 'outcomes', 'timeline', 'transfer'] as const;
export type DebriefPhase = (typeof DEBRIEF_PHASES)[number];

export const TeachingRoleSchema = z.object({
  case: text.meta({ description: "The role's case at its strongest, in its own terms: printed in its role pack." }),
  noDeal: text.meta({ description: 'Why walking away is worth what it is to this role, and how that changes as the no-deal outcome drifts.' }),
  evidence: sources.min(1),
});

export const TimelineEntrySchema = z.object({
  when: text.meta({ description: 'The date as a reader should see it, e.g. "10–13 December 2017".' }),
  what: text,
  /** Set on the moments this level puts on the table. */
  modelled: z.boolean().default(false).meta({ description: 'true: the level models this moment.' }),
  evidence: sources.min(1),
});

export const InjectionSchema = z.object({
  event: id.meta({ description: 'A facilitator event of this level.' }),
  round: z.number().int().min(1),
  why: text.meta({ description: 'What injecting it then does to the table, for the run sheet.' }),
});

export const DebriefQuestionSchema = z.object({
  phase: z.enum(DEBRIEF_PHASES),
  text,
});

export const QuizItemSchema = z.object({
  question: text,
  choices: z.array(text).min(2).max(5),
  answer: z.number().int().min(0).meta({ description: 'Index of the right choice, from 0.' }),
  explain: text.meta({ description: 'Why that answer, for the teaching note.' }),
  evidence: sources.default([]),
});

export const TeachingSchema = z
  .object({
    objectives: z.array(text).min(3).max(5).meta({ description: 'Three to five learning objectives.' }),
    roles: z.record(id, TeachingRoleSchema).default({}),
    injections: z.array(InjectionSchema).default([]),
    timeline: z.array(TimelineEntrySchema).min(1),
    simplifications: z.array(text).min(1).meta({ description: "What the model leaves out or simplifies, so a class can criticise it." }),
    debriefQuestions: z.array(DebriefQuestionSchema).min(10).max(15),
    quiz: z.array(QuizItemSchema).min(8).max(10),
  })
  .meta({ description: "The teacher's kit: objectives, the roles' cases, a sourced timeline, simplifications, debrief questions and a quiz." });

export type Teaching = z.output<typeof TeachingSchema>;

export interface TeachingIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Meaning checks of the teaching block, worded as the level validator words its own: every text in
 * every declared language and no other, roles and events that exist, answers among the choices,
 * injections within the rounds. Evidence ids are checked with the rest of the file's.
 */
export function teachingIssues(level: Level & { teaching?: Teaching | undefined }): TeachingIssue[] {
  const teaching = level.teaching;
  if (!teaching) return [];
  const issues: TeachingIssue[] = [];
  const report = (path: (string | number)[], message: string): void => {
    issues.push({ path: ['teaching', ...path], message });
  };
  const declared = new Set(level.languages);
  const checkText = (value: Readonly<Record<string, string>>, path: (string | number)[]): void => {
    for (const lang of declared) if (value[lang] === undefined) report(path, `missing the '${lang}' text`);
    for (const lang of Object.keys(value)) {
      if (!declared.has(lang)) report([...path, lang], `'${lang}' is not one of the level's languages (${level.languages.join(', ')}); add it to "languages" or remove this text`);
    }
  };
  teaching.objectives.forEach((t, i) => checkText(t, ['objectives', i]));
  const roleIds = new Set(level.roles.map((r) => r.id));
  for (const [role, notes] of Object.entries(teaching.roles)) {
    if (!roleIds.has(role)) report(['roles', role], `role "${role}" is not defined (in teaching.roles)`);
    checkText(notes.case, ['roles', role, 'case']);
    checkText(notes.noDeal, ['roles', role, 'noDeal']);
  }
  const events = new Map(level.events.map((e) => [e.id, e] as const));
  teaching.injections.forEach((injection, i) => {
    const event = events.get(injection.event);
    if (!event) report(['injections', i, 'event'], `event "${injection.event}" is not defined (in teaching.injections)`);
    else if (event.trigger !== 'facilitator') report(['injections', i, 'event'], `event "${injection.event}" is ${event.trigger}, not a facilitator event: only facilitator events can be injected`);
    if (injection.round > level.rounds.count) report(['injections', i, 'round'], `round ${injection.round} does not exist: the level has ${level.rounds.count} rounds`);
    checkText(injection.why, ['injections', i, 'why']);
  });
  teaching.timeline.forEach((entry, i) => {
    checkText(entry.when, ['timeline', i, 'when']);
    checkText(entry.what, ['timeline', i, 'what']);
  });
  teaching.simplifications.forEach((t, i) => checkText(t, ['simplifications', i]));
  teaching.debriefQuestions.forEach((q, i) => checkText(q.text, ['debriefQuestions', i, 'text']));
  teaching.quiz.forEach((item, i) => {
    checkText(item.question, ['quiz', i, 'question']);
    item.choices.forEach((c, k) => checkText(c, ['quiz', i, 'choices', k]));
    checkText(item.explain, ['quiz', i, 'explain']);
    if (item.answer >= item.choices.length) report(['quiz', i, 'answer'], `answer ${item.answer} does not exist: the question has ${item.choices.length} choices, numbered 0 to ${item.choices.length - 1}`);
  });
  return issues;
}

/**
 * The `teaching:` block of a level file: what a teacher needs that the game itself does not say.
 * Learning objectives, each role's case at its strongest and why walking away is worth what it is,
 * when to inject the facilitator's events, what really happened (a sourced timeline), the model's
 * known simplifications, debrief questions by phase and a pre/post quiz. The teacher's kit
 * (`teacher.html`) draws everything else from the rest of the level and from the engine.
 *
 * The block is optional (a trainer's level without it still gets a kit built from its numbers);
 * when present it is checked like the rest of the file: its shape here, its meaning in
 * `checks/teaching.ts` and `checks/texts.ts` (references that resolve, every text in every language).
 */
import { z } from 'zod';
import { evidenceIds as sources, id, LocalTextSchema, roleId } from './schema-common.js';

const text = LocalTextSchema;

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
  inGame: z.boolean().optional().meta({ description: "true: also shown to players in the game's own debrief screen (mark three or four that a student can answer alone)." }),
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
    roles: z.record(roleId, TeachingRoleSchema).default({}),
    injections: z.array(InjectionSchema).default([]),
    timeline: z.array(TimelineEntrySchema).min(1),
    simplifications: z.array(text).min(1).meta({ description: "What the model leaves out or simplifies, so a class can criticise it." }),
    debriefQuestions: z.array(DebriefQuestionSchema).min(10).max(15),
    quiz: z.array(QuizItemSchema).min(8).max(10),
  })
  .meta({ description: "The teacher's kit: objectives, the roles' cases, a sourced timeline, simplifications, debrief questions and a quiz." });

export type Teaching = z.output<typeof TeachingSchema>;

/**
 * The kit's own data files, which are not per level: the glossary (`glossary.yaml`) and what each
 * source of the evidence base is (`sources.yaml`). Parsed with the same YAML reader and checked
 * with zod like the levels; a test holds every cited evidence id and source id to the evidence base.
 */
import { parse } from 'yaml';
import { z } from 'zod';

const text = z.record(z.string().regex(/^[a-z]{2}$/), z.string().min(1));

export const GlossarySchema = z.object({
  terms: z
    .array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
          term: text,
          definition: text,
          /** Other words the term goes by, per language (a plural, a short name), for the in-game marks. */
          forms: z.record(z.string().regex(/^[a-z]{2}$/), z.array(z.string().min(2))).default({}),
          evidence: z.array(z.string()).default([]),
          references: z.array(z.string().min(1)).default([]),
        })
        .strict()
        .refine((t) => t.evidence.length + t.references.length > 0, { message: 'a term needs at least one source (evidence or references)' }),
    )
    .min(1),
});

export const SOURCE_KINDS = ['blog', 'advocacy', 'official', 'government', 'press', 'industry', 'industry-funded', 'research'] as const;

export const SourceNotesSchema = z.object({
  sources: z.record(z.string(), z.object({ kind: z.enum(SOURCE_KINDS), note: text }).strict()),
});

export type Glossary = z.output<typeof GlossarySchema>;
export type GlossaryTerm = Glossary['terms'][number];
export type SourceNotes = z.output<typeof SourceNotesSchema>['sources'];

/** Parses a kit data file; throws with the first problem's place, since these files ship with the code. */
export function parseGlossary(yamlText: string): Glossary {
  return GlossarySchema.parse(parse(yamlText));
}

export function parseSourceNotes(yamlText: string): SourceNotes {
  return SourceNotesSchema.parse(parse(yamlText)).sources;
}

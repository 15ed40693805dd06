/**
 * Reading the evidence base (seeds/evidence.yaml) from its text: YAML, the schema, unique ids, and
 * every reference inside it resolving (a fact's source, themes, contested facts and replacement). Pure: the
 * caller reads the file. Errors are plain lines with their place in the file.
 */
import type { z } from 'zod';
import { describeZodIssue, formatPath, locatePath, parseYamlText, unknownKeys, type LooseIssue, type PathMessage } from '../level/validate.js';
import { EvidenceBaseSchema, type EvidenceBase } from './schema.js';

export type EvidenceParseResult = { ok: true; base: EvidenceBase; ids: Set<string> } | { ok: false; errors: string[] };

export function parseEvidenceText(text: string): EvidenceParseResult {
  const parsed = parseYamlText(text);
  const lines = (list: readonly PathMessage[]): string[] =>
    list.map((e) => {
      const pos = locatePath(parsed.doc, parsed.lineCounter, e.path);
      return `line ${pos.line}:${pos.column}  ${formatPath(e.path)}  ${e.message}`;
    });
  const yamlErrors = parsed.errors.map((e) => `line ${e.line}:${e.column}  ${e.pathText}  ${e.message}`);
  if (parsed.fatal) return { ok: false, errors: yamlErrors };

  const root = EvidenceBaseSchema as unknown as z.ZodType;
  const result = EvidenceBaseSchema.safeParse(parsed.data);
  const problems: PathMessage[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(...describeZodIssue(issue as unknown as LooseIssue, parsed.data, root));
  }
  problems.push(...unknownKeys(root, parsed.data));
  if (!result.success) return { ok: false, errors: [...yamlErrors, ...lines(problems)] };

  const base = result.data;
  const sourceIds = new Set<string>();
  base.sources.forEach((source, i) => {
    if (sourceIds.has(source.id)) problems.push({ path: ['sources', i, 'id'], message: `there is already a source with id "${source.id}"` });
    sourceIds.add(source.id);
  });
  const ids = new Set<string>();
  base.facts.forEach((fact, i) => {
    if (ids.has(fact.id)) problems.push({ path: ['facts', i, 'id'], message: `there is already a fact with id "${fact.id}"` });
    ids.add(fact.id);
  });
  const themes = new Set(Object.keys(base.themes));
  base.facts.forEach((fact, i) => {
    if (!sourceIds.has(fact.source)) {
      problems.push({ path: ['facts', i, 'source'], message: `source "${fact.source}" is not defined under "sources" (in fact "${fact.id}")` });
    }
    fact.themes.forEach((theme, k) => {
      if (!themes.has(theme)) problems.push({ path: ['facts', i, 'themes', k], message: `theme "${theme}" is not defined under "themes" (in fact "${fact.id}")` });
    });
    if (fact.supersededBy !== undefined) {
      if (!ids.has(fact.supersededBy)) problems.push({ path: ['facts', i, 'supersededBy'], message: `fact "${fact.supersededBy}" is not defined (named as the replacement of "${fact.id}")` });
      else if (fact.supersededBy === fact.id) problems.push({ path: ['facts', i, 'supersededBy'], message: `fact "${fact.id}" cannot replace itself` });
    }
    fact.contests.forEach((other, k) => {
      if (!ids.has(other)) problems.push({ path: ['facts', i, 'contests', k], message: `fact "${other}" is not defined (contested by fact "${fact.id}")` });
      else if (other === fact.id) problems.push({ path: ['facts', i, 'contests', k], message: `fact "${fact.id}" cannot contest itself` });
    });
  });
  if (yamlErrors.length > 0 || problems.length > 0) return { ok: false, errors: [...yamlErrors, ...lines(problems)] };
  return { ok: true, base, ids };
}

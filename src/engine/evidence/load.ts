/**
 * Reading the evidence base (seeds/evidence.yaml) from its text: YAML, the schema, unique ids, and
 * every reference inside it resolving (a fact's source, themes, contested facts and replacement), and every
 * fact written in each declared language (texts.ts). Pure: the
 * caller reads the file. Errors are the level validator's codes with their place in the file
 * (worded at the edges: src/protocol/level-words.ts).
 */
import type { z } from 'zod';
import { issue, type LevelError, type PathIssue } from '../level/issue-codes.js';
import { unknownKeys } from '../level/zod-walk.js';
import { shapeIssues, type LooseIssue } from '../level/zod-issues.js';
import { locatePath } from '../level/yaml-positions.js';
import { parseYamlText } from '../level/yaml-syntax.js';
import { EvidenceBaseSchema, type EvidenceBase } from './schema.js';
import { evidenceLanguageIssues } from './texts.js';

export type EvidenceParseResult = { ok: true; base: EvidenceBase; ids: Set<string> } | { ok: false; errors: LevelError[] };

export function parseEvidenceText(text: string): EvidenceParseResult {
  const parsed = parseYamlText(text);
  const located = (list: readonly PathIssue[]): LevelError[] =>
    list.map((e) => {
      const pos = locatePath(parsed.doc, parsed.lineCounter, e.path);
      return { ...e, line: pos.line, column: pos.column };
    });
  if (parsed.fatal) return { ok: false, errors: parsed.errors };

  const root = EvidenceBaseSchema as unknown as z.ZodType;
  const result = EvidenceBaseSchema.safeParse(parsed.data);
  const problems: PathIssue[] = [];
  if (!result.success) {
    for (const zodIssue of result.error.issues) problems.push(...shapeIssues(zodIssue as unknown as LooseIssue, parsed.data, root));
  }
  problems.push(...unknownKeys(root, parsed.data));
  if (!result.success) return { ok: false, errors: [...parsed.errors, ...located(problems)] };

  const base = result.data;
  const { ids, issues } = evidenceBaseIssues(base);
  problems.push(...issues);
  if (parsed.errors.length > 0 || problems.length > 0) return { ok: false, errors: [...parsed.errors, ...located(problems)] };
  return { ok: true, base, ids };
}

/**
 * The meaning of an evidence base of the right shape: ids unique, every reference inside it
 * resolving, every text in each declared language. Paths are the base's own (a level's inline
 * evidence prefixes them). `outsideFacts`: facts a `contests` may also name (the shared base,
 * for a level's own facts).
 */
export function evidenceBaseIssues(base: EvidenceBase, outsideFacts: ReadonlySet<string> = new Set()): { ids: Set<string>; issues: PathIssue[] } {
  const problems: PathIssue[] = [];
  const report = (path: PathIssue['path'], found: ReturnType<typeof issue>): void => {
    problems.push({ path, ...found });
  };
  const sourceIds = new Map<string, number>();
  base.sources.forEach((source, i) => {
    const first = sourceIds.get(source.id);
    if (first !== undefined) report(['sources', i, 'id'], issue('duplicateId', { what: 'source', id: source.id, firstIndex: first }));
    else sourceIds.set(source.id, i);
  });
  const ids = new Set<string>();
  const factIndex = new Map<string, number>();
  base.facts.forEach((fact, i) => {
    const first = factIndex.get(fact.id);
    if (first !== undefined) report(['facts', i, 'id'], issue('duplicateId', { what: 'fact', id: fact.id, firstIndex: first }));
    else factIndex.set(fact.id, i);
    ids.add(fact.id);
  });
  const themes = new Set(Object.keys(base.themes));
  base.facts.forEach((fact, i) => {
    if (!sourceIds.has(fact.source)) report(['facts', i, 'source'], issue('undefinedSource', { source: fact.source, fact: fact.id }));
    fact.themes.forEach((theme, k) => {
      if (!themes.has(theme)) report(['facts', i, 'themes', k], issue('undefinedTheme', { theme, fact: fact.id }));
    });
    if (fact.supersededBy !== undefined) {
      if (!ids.has(fact.supersededBy)) report(['facts', i, 'supersededBy'], issue('undefinedReplacement', { fact: fact.supersededBy, replaces: fact.id }));
      else if (fact.supersededBy === fact.id) report(['facts', i, 'supersededBy'], issue('factReplacesItself', { fact: fact.id }));
    }
    fact.contests.forEach((other, k) => {
      if (!ids.has(other) && !outsideFacts.has(other)) report(['facts', i, 'contests', k], issue('undefinedFact', { fact: other, contestedBy: fact.id }));
      else if (other === fact.id) report(['facts', i, 'contests', k], issue('factContestsItself', { fact: fact.id }));
    });
  });
  problems.push(...evidenceLanguageIssues(base));
  return { ids, issues: problems };
}

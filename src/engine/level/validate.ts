/**
 * The level validator: reads a level file (YAML or JSON) and returns either the level, ready to
 * play, or every problem in it at once, each with its place in the file (a path like
 * `roles[1].values.moratorium[2]` and a line:column) and a code with parameters that the edges
 * word for a trainer (src/protocol/level-words.ts).
 *
 * Three passes, each only if the file got that far:
 * 1. YAML (yaml-syntax.ts): syntax errors and duplicate keys (a duplicate key alone does not stop
 *    the next pass);
 * 2. shape: `LevelSchema` (zod-issues.ts), plus unknown keys (misspellings) anywhere
 *    (zod-walk.ts);
 * 3. meaning: the named checks of semantics.ts (ids resolve, every language present, ...).
 *
 * Pure: no file system; the command-line tool `scripts/level-validate.ts` does the I/O.
 */
import type { z } from 'zod';
import type { LevelError, PathIssue } from './issue-codes.js';
import { LevelSchema, type Level } from './schema.js';
import { unknownKeys } from './zod-walk.js';
import { checkLevelSemantics } from './semantics.js';
import { shapeIssues, type LooseIssue, type ShapeIssue } from './zod-issues.js';
import { locateKey, locatePath } from './yaml-positions.js';
import { parseYamlText } from './yaml-syntax.js';

export type { LevelError, LevelIssue, LevelIssueCode, PathIssue } from './issue-codes.js';
export { formatPath } from './path.js';

export type LevelResult = { ok: true; level: Level } | { ok: false; errors: LevelError[] };

export interface ValidateOptions {
  /** Ids of the facts in the evidence base; when given, every cited id must be one of them. */
  evidenceIds?: ReadonlySet<string> | undefined;
  /** How messages name the evidence base; `seeds/evidence.yaml` unless told. */
  evidenceSource?: string | undefined;
  /** The level's own evidence file (its `localEvidence`), read by the caller: its ids and its name. */
  localEvidence?: { readonly ids: ReadonlySet<string>; readonly source: string } | undefined;
}

function checkLevel(data: unknown, options: ValidateOptions): { level: Level | undefined; errors: ShapeIssue[] } {
  const errors: ShapeIssue[] = [];
  const seen = new Set<string>();
  // zod and the unknown-key walk can report one thing twice; the trainer reads it once.
  const add = (e: ShapeIssue): void => {
    const key = JSON.stringify([e.path, e.code, e.params]);
    if (seen.has(key)) return;
    seen.add(key);
    errors.push(e);
  };
  const root = LevelSchema as unknown as z.ZodType;
  const parsed = LevelSchema.safeParse(data);
  if (!parsed.success) {
    for (const zodIssue of parsed.error.issues) for (const e of shapeIssues(zodIssue as unknown as LooseIssue, data, root)) add(e);
  }
  for (const e of unknownKeys(root, data)) add(e);
  if (parsed.success) for (const e of checkLevelSemantics(parsed.data, options)) add(e);
  return { level: parsed.success && errors.length === 0 ? parsed.data : undefined, errors };
}

/** Shape (schema and unknown keys) and, if the shape is right, meaning. Paths only, no lines. */
export function validateLevelData(data: unknown, options: ValidateOptions = {}): { ok: true; level: Level } | { ok: false; errors: PathIssue[] } {
  const { level, errors } = checkLevel(data, options);
  if (level === undefined) return { ok: false, errors: errors.map(({ atKey: _atKey, ...e }) => e) };
  return { ok: true, level };
}

/** Validate the text of a level file (YAML or JSON, which is YAML) and locate every error in it. */
export function validateLevelText(
  text: string,
  options: ValidateOptions & { /** The file's name, for the caller's messages; not needed to validate. */ fileName?: string } = {},
): LevelResult {
  const parsed = parseYamlText(text);
  const errors: LevelError[] = [...parsed.errors];
  let level: Level | undefined;
  if (!parsed.fatal) {
    const result = checkLevel(parsed.data, options);
    level = result.level;
    for (const { atKey, ...e } of result.errors) {
      const pos = atKey ? locateKey(parsed.doc, parsed.lineCounter, e.path) : locatePath(parsed.doc, parsed.lineCounter, e.path);
      errors.push({ ...e, line: pos.line, column: pos.column });
    }
  }
  if (errors.length > 0 || level === undefined) {
    const indexed = errors.map((e, i) => ({ e, i }));
    indexed.sort((a, b) => a.e.line - b.e.line || a.e.column - b.e.column || a.i - b.i);
    return { ok: false, errors: indexed.map((x) => x.e) };
  }
  return { ok: true, level };
}

/**
 * The level validator: reads a level file (YAML or JSON) and returns either the level, ready to
 * play, or every problem in it at once, each with its place in the file (a path like
 * `roles[1].values.moratorium[2]` and a line:column) and a message in plain words for a trainer.
 *
 * Three passes, each only if the file got that far:
 * 1. YAML: syntax errors and duplicate keys (a duplicate key alone does not stop the next pass);
 * 2. shape: `LevelSchema`, with zod's wording translated, plus unknown keys (misspellings) anywhere;
 * 3. meaning: `semantics.ts` (ids resolve, every language present, numbers fit together, ...).
 *
 * Pure: no file system; the command-line tool `scripts/level-validate.ts` does the I/O.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { LevelSchema, type Level } from './schema.js';
import { checkLevelSemantics, closest, didYouMean, type LevelPath } from './semantics.js';

export interface LevelError {
  path: LevelPath;
  pathText: string;
  line: number;
  column: number;
  message: string;
}

export type LevelResult = { ok: true; level: Level; summary: string } | { ok: false; errors: LevelError[] };

export interface PathMessage {
  path: LevelPath;
  message: string;
}

/** Internally, some errors are about a key itself (an unknown key) and are located at the key. */
export interface Located extends PathMessage {
  atKey?: boolean;
}

export interface ValidateOptions {
  /** Ids of the facts in the evidence base; when given, every cited id must be one of them. */
  evidenceIds?: ReadonlySet<string> | undefined;
  /** How messages name the evidence base; `seeds/evidence.yaml` unless told. */
  evidenceSource?: string | undefined;
}

// ---------------------------------------------------------------------------------------------
// Paths

/** `roles[1].values.moratorium[2]`; the empty path (the whole file) is `(top level)`. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(top level)';
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const seg of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[seg];
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Locating a path in the YAML source

export interface Position {
  line: number;
  column: number;
}

function resolveAlias(doc: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

function sameKey(key: unknown, seg: string | number): boolean {
  return isScalar(key) ? String(key.value) === String(seg) : key === seg;
}

/**
 * Where a path is in the file: the key of a mapping entry (or the value itself when it is a
 * scalar), the item of a list, or, when the path does not exist in the file (a missing key), the
 * nearest ancestor that does.
 */
export function locatePath(doc: Document, lineCounter: LineCounter, path: readonly (string | number)[]): Position {
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const rootStart = (): Position => {
    const range = (doc.contents as Node | null)?.range;
    return range ? at(range[0]) : { line: 1, column: 1 };
  };
  // Walk down as far as the path exists, remembering the position of the deepest step found.
  let best = rootStart();
  let node: unknown = doc.contents;
  for (const seg of path) {
    node = resolveAlias(doc, node);
    if (isMap(node)) {
      const pair = node.items.find((p) => sameKey(p.key, seg));
      if (!pair) break;
      const value = resolveAlias(doc, pair.value);
      const keyRange = (pair.key as Node | null)?.range;
      if (isScalar(value) && value.value !== null && value.range) best = at(value.range[0]);
      else if (keyRange) best = at(keyRange[0]);
      else if (isScalar(value) && value.range) best = at(value.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) break;
      const range = (resolveAlias(doc, item) as Node | null)?.range;
      if (range) best = at(range[0]);
      node = item;
    } else {
      break;
    }
  }
  return best;
}

/** The position of a key itself (for "unknown key" errors), falling back to `locatePath`. */
function locateKey(doc: Document, lineCounter: LineCounter, path: readonly (string | number)[]): Position {
  const last = path[path.length - 1];
  if (last !== undefined) {
    let parent: unknown = doc.contents;
    for (const seg of path.slice(0, -1)) {
      parent = resolveAlias(doc, parent);
      if (isMap(parent)) parent = parent.items.find((p) => sameKey(p.key, seg))?.value;
      else if (isSeq(parent) && typeof seg === 'number') parent = parent.items[seg];
      else parent = undefined;
    }
    parent = resolveAlias(doc, parent);
    if (isMap(parent)) {
      const range = (parent.items.find((p) => sameKey(p.key, last))?.key as Node | null | undefined)?.range;
      if (range) {
        const p = lineCounter.linePos(range[0]);
        return { line: p.line, column: p.col };
      }
    }
  }
  return locatePath(doc, lineCounter, path);
}

/** The path of the deepest key or item whose source covers `offset` (for YAML syntax errors). */
export function pathAtOffset(doc: Document, offset: number): LevelPath {
  const path: LevelPath = [];
  const inside = (node: unknown): boolean => {
    const range = (node as Node | null)?.range;
    return !!range && offset >= range[0] && offset < Math.max(range[2], range[0] + 1);
  };
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => inside(p.key) || inside(p.value));
      if (!pair || !isScalar(pair.key)) break;
      path.push(String(pair.key.value));
      if (inside(pair.key)) break;
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => inside(item));
      if (index < 0) break;
      path.push(index);
      node = node.items[index];
    } else {
      break;
    }
  }
  return path;
}

// ---------------------------------------------------------------------------------------------
// YAML

export interface ParsedYaml {
  doc: Document;
  lineCounter: LineCounter;
  /** The file's data, or undefined when the file could not be read at all. */
  data: unknown;
  errors: LevelError[];
  /** True when the syntax is so broken that checking the shape would only add noise. */
  fatal: boolean;
}

const yamlHints: Record<string, string> = {
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  BAD_INDENT: 'check the indentation: entries at the same level must start in the same column',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line: is a colon, a quote or a bracket missing?',
  BLOCK_AS_IMPLICIT_KEY: 'a key must fit on one line: is a colon, a quote or a bracket missing?',
  MISSING_CHAR: 'a quote or a bracket is not closed',
  UNEXPECTED_TOKEN: 'something is out of place: a stray character, or a text with ": " that needs quotes',
};

/**
 * Where the last bracket still open before `offset` was opened: yaml notices an unclosed `{` or
 * `[` only lines later, but the trainer has to fix the line that opened it. Quotes and comments
 * are skipped roughly (a quoted text never spans lines in a flow collection worth guessing about).
 */
function unclosedBracket(text: string, offset: number): number | undefined {
  const open: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      quote = undefined;
    } else if (quote !== undefined) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      const prev = text[i - 1];
      if (prev === undefined || /[\s,[{:]/.test(prev)) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      while (i + 1 < offset && text[i + 1] !== '\n') i++;
    } else if (c === '{' || c === '[') {
      open.push(i);
    } else if (c === '}' || c === ']') {
      open.pop();
    }
  }
  return open[open.length - 1];
}

function plainYamlMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?\s*$/, '').trim();
}

/** Parse YAML (or JSON), keeping source positions; collect syntax errors and duplicate keys. */
export function parseYamlText(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const errors: LevelError[] = [];
  let fatal = false;
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const problems = [...doc.errors.map((error) => ({ error, isError: true })), ...doc.warnings.map((error) => ({ error, isError: false }))];
  for (const { error, isError } of problems) {
    let offset = error.pos[0];
    let pos = error.linePos?.[0] ? { line: error.linePos[0].line, column: error.linePos[0].col } : at(offset);
    let message: string;
    const bracket = /end with an? ([}\]])/.exec(error.message);
    if (bracket) {
      const opened = unclosedBracket(text, offset);
      const close = bracket[1] as string;
      const openChar = close === '}' ? '{' : '[';
      if (opened !== undefined) {
        offset = opened;
        pos = at(opened);
      }
      fatal = true;
      const path = pathAtOffset(doc, offset);
      message = `the file cannot be read here: a "${openChar}" is opened but never closed with "${close}" (or the lines after it are not indented enough)`;
      errors.push({ path, pathText: formatPath(path), line: pos.line, column: pos.column, message });
      continue;
    }
    const path = pathAtOffset(doc, offset);
    if (error.code === 'DUPLICATE_KEY') {
      const key = path[path.length - 1];
      const parentPath = path.slice(0, -1);
      const parent = resolveAlias(doc, parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true));
      const first = isMap(parent) ? parent.items.find((p) => sameKey(p.key, key ?? ''))?.key : undefined;
      const firstRange = (first as Node | null | undefined)?.range;
      const firstLine = firstRange && firstRange[0] !== offset ? ` (first at line ${at(firstRange[0]).line})` : '';
      message = `the key "${String(key ?? '?')}" appears twice in the same place${firstLine}; only one is allowed: remove or rename one`;
    } else {
      if (isError) fatal = true;
      const hint = yamlHints[error.code];
      message =
        error.code === 'MULTIPLE_DOCS'
          ? 'a level file holds one level: remove this "---" line and what follows it, or move that to a file of its own'
          : `the file cannot be read here: ${plainYamlMessage(error.message)}${hint ? ` (${hint})` : ''}`;
    }
    errors.push({ path, pathText: formatPath(path), line: pos.line, column: pos.column, message });
  }
  let data: unknown;
  if (!fatal) {
    try {
      data = doc.toJS({ maxAliasCount: 1000 });
    } catch (e) {
      fatal = true;
      errors.push({ path: [], pathText: formatPath([]), line: 1, column: 1, message: `the file cannot be read: ${(e as Error).message}` });
    }
  }
  return { doc, lineCounter, data, errors, fatal };
}

// ---------------------------------------------------------------------------------------------
// Zod introspection (for unknown keys and for wording messages)

interface LooseDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
}

const defOf = (schema: z.ZodType): LooseDef => (schema as unknown as { _zod: { def: LooseDef } })._zod.def;

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'nonoptional', 'readonly', 'catch']);

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(s);
    if (WRAPPERS.has(def.type) && def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else break;
  }
  return s;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The option of a discriminated union that a value selects, if any. */
function unionOption(def: LooseDef, value: unknown): z.ZodType | undefined {
  if (!def.discriminator || !def.options || !isPlainObject(value)) return undefined;
  const tag = value[def.discriminator];
  return def.options.find((option) => {
    const field = defOf(unwrap(option)).shape?.[def.discriminator as string];
    return field !== undefined && (defOf(unwrap(field)).values ?? []).includes(tag);
  });
}

/** The schema of a child of `value` (whose schema is `schema`) at `seg`. */
function childSchema(schema: z.ZodType, value: unknown, seg: string | number): z.ZodType | undefined {
  const s = unwrap(schema);
  const def = defOf(s);
  switch (def.type) {
    case 'object':
      return typeof seg === 'string' ? def.shape?.[seg] : undefined;
    case 'array':
      return def.element;
    case 'record':
      return def.valueType;
    case 'union': {
      const option = unionOption(def, value);
      return option ? childSchema(option, value, seg) : undefined;
    }
    default:
      return undefined;
  }
}

function schemaAt(root: z.ZodType, data: unknown, path: readonly PropertyKey[]): z.ZodType | undefined {
  let schema: z.ZodType | undefined = root;
  let value = data;
  for (const seg of path) {
    if (schema === undefined || typeof seg === 'symbol') return undefined;
    schema = childSchema(schema, value, seg);
    value = valueAt(value, [seg]);
  }
  return schema;
}

/** A LocalText: a record of non-empty strings keyed by language code. */
function isLocalText(schema: z.ZodType | undefined): boolean {
  if (!schema) return false;
  const def = defOf(unwrap(schema));
  return def.type === 'record' && def.valueType !== undefined && defOf(unwrap(def.valueType)).type === 'string';
}

/** Keys the schema does not know, anywhere in the data: the schema strips them silently otherwise. */
export function unknownKeys(schema: z.ZodType, data: unknown, path: LevelPath = []): Located[] {
  const out: Located[] = [];
  const walk = (sch: z.ZodType, value: unknown, at: LevelPath): void => {
    const s = unwrap(sch);
    const def = defOf(s);
    if (def.type === 'object' && def.shape && isPlainObject(value)) {
      const shape = def.shape;
      const allowed = Object.keys(shape);
      for (const [key, child] of Object.entries(value)) {
        const field = shape[key];
        if (field === undefined) {
          const hint = closest(key, allowed);
          out.push({
            atKey: true,
            path: [...at, key],
            message: hint !== undefined ? `unknown key "${key}" (did you mean "${hint}"?)` : `unknown key "${key}": the keys allowed here are ${allowed.join(', ')}`,
          });
        } else {
          walk(field, child, [...at, key]);
        }
      }
    } else if (def.type === 'array' && def.element && Array.isArray(value)) {
      const element = def.element;
      value.forEach((item, i) => walk(element, item, [...at, i]));
    } else if (def.type === 'record' && def.valueType && isPlainObject(value)) {
      const valueType = def.valueType;
      for (const [key, child] of Object.entries(value)) walk(valueType, child, [...at, key]);
    } else if (def.type === 'union') {
      const option = unionOption(def, value);
      if (option) walk(option, value, at);
    }
  };
  walk(schema, data, path);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Zod issues in plain words

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of keys';
  return String(value);
}

function describeExpected(expected: string, localText: boolean): string {
  switch (expected) {
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'string':
      return 'a text';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list (like [a, b], or lines starting with "- ")';
    case 'record':
      if (localText) return 'a text for each language, like { en: "..." }';
      return 'a group of "key: value" entries';
    case 'object':
      return 'a group of "key: value" entries';
    default:
      return expected;
  }
}

const quoteList = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(', ');

export interface LooseIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  format?: string;
  pattern?: string;
  values?: unknown[];
  keys?: string[];
  options?: unknown[];
  discriminator?: string;
  note?: string;
  divisor?: number;
  issues?: { message: string }[];
}

/** One zod issue as plain-worded errors (usually one; unknown keys give one each). */
export function describeZodIssue(issue: LooseIssue, data: unknown, root: z.ZodType): Located[] {
  const path = issue.path.filter((seg): seg is string | number => typeof seg !== 'symbol');
  const value = valueAt(data, path);
  const last = path[path.length - 1];
  const name = typeof last === 'string' ? `"${last}"` : 'this item';
  const found = ` (found ${describeValue(value)})`;
  const one = (message: string): Located[] => [{ path, message }];
  switch (issue.code) {
    case 'invalid_type': {
      const localText = isLocalText(schemaAt(root, data, path));
      if (path.length === 0 && (value === undefined || value === null)) {
        return one('the file is empty: a level starts with "id:", "title:", "languages:" and so on');
      }
      if (value === undefined) {
        if (path.length === 0) return one('the file is empty: a level starts with "id:", "title:", "languages:" and so on');
        return one(`${name} is missing (it is required here, and must be ${describeExpected(issue.expected ?? '', localText)})`);
      }
      if (path.length === 0) return one(`a level file must be a group of "key: value" entries (id:, title:, ...)${found}`);
      if (localText && typeof value === 'string') {
        return one(`must be a text for each language, like { en: ${describeValue(value)} }, not a bare text`);
      }
      return one(`must be ${describeExpected(issue.expected ?? '', localText)}${found}`);
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      const inclusive = issue.inclusive !== false;
      if (issue.origin === 'array' || issue.origin === 'set') {
        const count = Array.isArray(value) ? ` (found ${value.length})` : '';
        const items = `${limit} ${limit === 1 ? 'item' : 'items'}`;
        if (small && limit === 1) return one(`must not be an empty list${count}`);
        return one(`must have ${small ? 'at least' : 'at most'} ${items}${count}`);
      }
      if (issue.origin === 'string') {
        if (small && limit <= 1) return one(typeof last === 'string' && /^[a-z]{2}$/.test(last) ? `the '${last}' text is empty` : 'must not be empty');
        return one(`must be ${small ? 'at least' : 'at most'} ${limit} characters long${found}`);
      }
      const bound = small ? (inclusive ? 'at least' : 'greater than') : inclusive ? 'at most' : 'less than';
      return one(`must be ${bound} ${limit}${found}`);
    }
    case 'invalid_format': {
      const custom = issue.message && !/^Invalid/.test(issue.message) ? issue.message : undefined;
      if (custom) return one(`${custom}${found}`);
      if (issue.pattern === '/^#[0-9a-fA-F]{6}$/') return one(`must be a colour written like "#0072B2"${found}`);
      if (issue.pattern === '/^[a-z]{2}$/') return one(`must be a two-letter lower-case language code, like "en"${found}`);
      return one(`does not have the expected form${issue.pattern ? ` ${issue.pattern}` : ''}${found}`);
    }
    case 'invalid_key': {
      const inner = issue.issues?.[0]?.message;
      const reason = inner && !/^Invalid/.test(inner) ? `: ${inner}` : '';
      return [{ path, atKey: true, message: `the key ${describeValue(last)} is not allowed here${reason}` }];
    }
    case 'invalid_value': {
      const values = issue.values ?? [];
      const hint = typeof value === 'string' ? didYouMean(value, values.filter((v): v is string => typeof v === 'string')) : '';
      if (value === undefined) return one(`${name} is missing: choose one of ${quoteList(values)}`);
      return one(`${describeValue(value)} is not allowed here: choose one of ${quoteList(values)}${hint}`);
    }
    case 'invalid_union': {
      if (issue.discriminator !== undefined && issue.note === 'No matching discriminator') {
        const options = (issue.options ?? []).filter((v): v is string => typeof v === 'string');
        // zod reports the discriminator's own path; older versions the object's.
        const tagPath = last === issue.discriminator ? path : [...path, issue.discriminator];
        const tag = valueAt(data, tagPath);
        if (tag === undefined) return [{ path: tagPath, message: `"${issue.discriminator}" is missing: choose one of ${quoteList(options)}` }];
        return [{ path: tagPath, message: `${describeValue(tag)} is not a known ${issue.discriminator}: choose one of ${quoteList(options)}${typeof tag === 'string' ? didYouMean(tag, options) : ''}` }];
      }
      return one(`does not match any allowed form${found}`);
    }
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((key) => ({ path: [...path, key], atKey: true, message: `unknown key "${key}"` }));
    case 'not_multiple_of':
      return one(`must be a multiple of ${issue.divisor}${found}`);
    default:
      return one(issue.message);
  }
}

// ---------------------------------------------------------------------------------------------
// Validation

function checkLevel(data: unknown, options: ValidateOptions): { level: Level | undefined; errors: Located[] } {
  const errors: Located[] = [];
  const seen = new Set<string>();
  const add = (e: Located): void => {
    const key = `${JSON.stringify(e.path)}\u0000${e.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    errors.push(e);
  };
  const root = LevelSchema as unknown as z.ZodType;
  const parsed = LevelSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) for (const e of describeZodIssue(issue as unknown as LooseIssue, data, root)) add(e);
  }
  for (const e of unknownKeys(root, data)) add(e);
  if (parsed.success) {
    for (const e of checkLevelSemantics(parsed.data, { evidenceIds: options.evidenceIds, evidenceSource: options.evidenceSource })) add(e);
  }
  return { level: parsed.success && errors.length === 0 ? parsed.data : undefined, errors };
}

/** Shape (schema and unknown keys) and, if the shape is right, meaning. Paths only, no lines. */
export function validateLevelData(data: unknown, options: ValidateOptions = {}): { ok: true; level: Level } | { ok: false; errors: PathMessage[] } {
  const { level, errors } = checkLevel(data, options);
  if (level === undefined) return { ok: false, errors: errors.map(({ path, message }) => ({ path, message })) };
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
    for (const e of result.errors) {
      const pos = e.atKey ? locateKey(parsed.doc, parsed.lineCounter, e.path) : locatePath(parsed.doc, parsed.lineCounter, e.path);
      errors.push({ path: e.path, pathText: formatPath(e.path), line: pos.line, column: pos.column, message: e.message });
    }
  }
  if (errors.length > 0 || level === undefined) {
    const indexed = errors.map((e, i) => ({ e, i }));
    indexed.sort((a, b) => a.e.line - b.e.line || a.e.column - b.e.column || a.i - b.i);
    return { ok: false, errors: indexed.map((x) => x.e) };
  }
  return { ok: true, level, summary: summarizeLevel(level) };
}

// ---------------------------------------------------------------------------------------------
// Summary

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** One line: title, languages and the level's size, for the command line and logs. */
export function summarizeLevel(level: Level): string {
  const title = level.title[level.languages[0] ?? ''] ?? Object.values(level.title)[0] ?? level.id;
  const voters = level.decision.voters.length;
  const packages = level.issues.reduce((n, issue) => n * issue.options.length, 1);
  const rule =
    level.decision.rule === 'plurilateral'
      ? `plurilateral (at least ${level.decision.minSignatories ?? 1} of ${voters} voters sign)`
      : level.decision.rule;
  return [
    `"${title}" (${level.id})`,
    `languages ${level.languages.join(', ')}`,
    `${count(level.roles.length, 'role')} (${count(voters, 'voter')})`,
    `${count(level.issues.length, 'issue')} (${count(packages, 'package')})`,
    count(level.cards.length, 'card'),
    count(level.events.length, 'event'),
    count(level.rounds.count, 'round'),
    `decision by ${rule}`,
  ].join(', ');
}

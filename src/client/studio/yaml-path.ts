/**
 * Where the cursor sits in a level's YAML, read from the lines above it by indentation (not by a
 * parser: the text is usually half-typed and does not parse), and what the level's JSON Schema
 * allows there. The studio's completion and hover docs ask this module; it has no CodeMirror in it
 * so it can be tested on plain strings.
 */

/** A path through the document: mapping keys, and ITEM for "an item of this list". */
export const ITEM = '[]';
export type YamlPath = string[];

/** The slice of JSON Schema that `npm run level:schema` writes (no $ref: zod inlines everything). */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties?: JsonSchema | boolean;
  readonly items?: JsonSchema;
  readonly oneOf?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly required?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
}

interface LineShape {
  /** Column of the first "- " of the line, if it starts a list item. */
  readonly dash: number | undefined;
  /** Column where the line's content (after any "- ") starts. */
  readonly col: number;
  /** The key, if the content is `key:` ... */
  readonly key: string | undefined;
  /** True when the key has no value on its line (its value is the block below). */
  readonly opens: boolean;
}

const KEY = /^([A-Za-z_$][\w$-]*|"[^"]*"|'[^']*'):(?:\s|$)/;

function shape(line: string): LineShape | undefined {
  const m = /^(\s*)((?:-\s+)*)(.*)$/.exec(line) as RegExpExecArray;
  const content = m[3] as string;
  if (content.trim() === '' && (m[2] as string) === '') return undefined;
  if (content.startsWith('#')) return undefined;
  const indent = (m[1] as string).length;
  const dashes = m[2] as string;
  const lastDash = dashes === '' ? undefined : indent + dashes.trimEnd().lastIndexOf('-');
  const k = KEY.exec(content);
  const key = k ? (k[1] as string).replace(/^["']|["']$/g, '') : undefined;
  const rest = k ? content.slice(k[0].length).trim() : '';
  return { dash: lastDash, col: indent + dashes.length, key, opens: key !== undefined && (rest === '' || rest.startsWith('#')) };
}

/**
 * The path of the mapping or list that holds position `col` of line `row` (0-based), where the
 * line itself starts a list item when `dash` is given (the column of its "- ").
 */
export function containerPath(lines: readonly string[], row: number, col: number, dash?: number): YamlPath {
  const path: YamlPath = [];
  // Either we look for the owner of a mapping whose keys sit at `want`, or (inItems) for the key
  // that owns a list whose dashes sit at `want` (YAML lets them sit at the key's own column).
  let want = dash ?? col;
  let inItems = dash !== undefined;
  if (inItems) path.unshift(ITEM);
  for (let j = row - 1; j >= 0 && want > -1; j--) {
    const s = shape(lines[j] as string);
    if (!s) continue;
    if (inItems) {
      if (s.dash === want) continue; // a sibling item
      if (s.key !== undefined && s.col <= want && s.opens) {
        path.unshift(s.key);
        ({ want, inItems } = s.dash !== undefined ? { want: s.dash, inItems: true } : { want: s.col, inItems: false });
        if (s.dash !== undefined) path.unshift(ITEM);
      } else if (s.col < want) break; // something else owns it: give up rather than guess
      continue;
    }
    if (s.col === want && s.dash !== undefined) {
      // The first key of this mapping, on the item's dash line: the mapping is a list item.
      path.unshift(ITEM);
      want = s.dash;
      inItems = true;
      continue;
    }
    if (s.col >= want) continue; // a sibling or deeper
    if (s.key !== undefined && s.opens) {
      path.unshift(s.key);
      if (s.dash !== undefined) {
        path.unshift(ITEM);
        want = s.dash;
        inItems = true;
      } else want = s.col;
    } else break;
  }
  return path;
}

/** What is being typed at the end of `before` (the line up to the cursor). */
export type CursorPlace =
  | { readonly kind: 'key'; readonly path: YamlPath; readonly word: string; readonly from: number }
  | { readonly kind: 'value'; readonly path: YamlPath; readonly word: string; readonly from: number };

export function cursorPlace(lines: readonly string[], row: number, before: string): CursorPlace | undefined {
  const m = /^(\s*)((?:-\s+)*)(.*)$/.exec(before) as RegExpExecArray;
  const indent = (m[1] as string).length;
  const dashes = m[2] as string;
  const col = indent + dashes.length;
  const dash = dashes === '' ? undefined : indent + dashes.trimEnd().lastIndexOf('-');
  const content = m[3] as string;
  const asKey = /^[A-Za-z_$][\w$-]*$|^$/.exec(content);
  if (asKey) {
    const path = containerPath(lines, row, col, dash);
    return { kind: 'key', path, word: content, from: col };
  }
  const kv = /^([A-Za-z_$][\w$-]*):\s+(["']?)([\w.-]*)$/.exec(content);
  if (kv) {
    const path = [...containerPath(lines, row, col, dash), kv[1] as string];
    const word = kv[3] as string;
    return { kind: 'value', path, word, from: before.length - word.length };
  }
  return undefined;
}

/** Every schema that can hold the node at `path` (unions give several). */
export function schemasAt(root: JsonSchema, path: YamlPath): JsonSchema[] {
  let here = flatten(root);
  for (const step of path) {
    const next: JsonSchema[] = [];
    for (const s of here) {
      if (step === ITEM) {
        if (s.items) next.push(s.items);
      } else if (s.properties?.[step]) next.push(s.properties[step]);
      else if (typeof s.additionalProperties === 'object') next.push(s.additionalProperties);
    }
    here = next.flatMap(flatten);
  }
  return here;
}

function flatten(s: JsonSchema): JsonSchema[] {
  const alts = s.oneOf ?? s.anyOf;
  return alts ? alts.flatMap(flatten) : [s];
}

export interface Suggestion {
  readonly label: string;
  readonly detail?: string;
  readonly info?: string;
}

/** Keys a mapping at `path` may have, with their descriptions (union branches merged). */
export function keySuggestions(root: JsonSchema, path: YamlPath): Suggestion[] {
  const seen = new Map<string, Suggestion>();
  for (const s of schemasAt(root, path)) {
    for (const [key, sub] of Object.entries(s.properties ?? {})) {
      if (key === '$schema' || seen.has(key)) continue;
      seen.set(key, { label: key, detail: describeType(sub), ...(sub.description ? { info: sub.description } : {}) });
    }
  }
  return [...seen.values()];
}

/** Values the node at `path` may take when they are a closed set (enums, consts, booleans). */
export function valueSuggestions(root: JsonSchema, path: YamlPath): Suggestion[] {
  const out = new Set<string>();
  for (const s of schemasAt(root, path)) {
    for (const v of s.enum ?? []) out.add(String(v));
    if (s.const !== undefined) out.add(String(s.const));
    if (s.type === 'boolean') ['true', 'false'].forEach((v) => out.add(v));
  }
  return [...out].map((label) => ({ label }));
}

/** A one-line type for the completion list: "number 0–100", "list", "text in each language"... */
export function describeType(s: JsonSchema): string {
  const alts = flatten(s);
  if (alts.length > 1) return alts.map(describeType).filter((t, i, all) => all.indexOf(t) === i).join(' | ');
  if (s.enum) return s.enum.map(String).join(' | ');
  if (s.const !== undefined) return String(s.const);
  const type: string = typeof s.type === 'string' ? s.type : (s.type ?? []).join(' | ');
  if (type === 'integer' || type === 'number') {
    const word = type === 'integer' ? 'whole number' : 'number';
    return s.minimum !== undefined && s.maximum !== undefined ? `${word} ${s.minimum}–${s.maximum}` : word;
  }
  if (type === 'array') return 'list';
  if (type === 'object') return typeof s.additionalProperties === 'object' && !s.properties ? 'map' : 'group';
  if (type === 'string') return 'text';
  return type;
}

/** The description of the key on `line` at `row`, for hover docs. */
export function keyDoc(root: JsonSchema, lines: readonly string[], row: number): { key: string; doc: string } | undefined {
  const line = lines[row] as string;
  const s = shape(line);
  if (!s?.key) return undefined;
  const path = [...containerPath(lines, row, s.col, s.dash), s.key];
  const found = schemasAt(root, path);
  const first = found[0];
  if (!first) return undefined;
  const doc = [describeType(first), first.description].filter(Boolean).join(': ');
  return { key: s.key, doc };
}

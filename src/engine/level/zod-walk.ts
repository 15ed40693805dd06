/**
 * Walking the level schema beside the data it checks: which schema a place in the data has (to
 * word an error about it: a text for each language, a number's range), and which keys the schema
 * does not know (zod strips them silently, but a misspelt key is a trainer's most common slip).
 * Reads zod's schema definitions (`_zod.def`, zod 4's documented way for libraries to introspect).
 */
import type { z } from 'zod';
import { issue, type NumberRange, type PathIssue } from './issue-codes.js';
import { valueAt, type LevelPath } from './path.js';
import { suggesting } from './suggest.js';

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

/** The schema inside optional/default/... wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
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
  const def = defOf(unwrap(schema));
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

/** The schema at `path` in the data, as far as the data and the schema can tell. */
export function schemaAt(root: z.ZodType, data: unknown, path: readonly PropertyKey[]): z.ZodType | undefined {
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
export function isLocalText(schema: z.ZodType | undefined): boolean {
  if (!schema) return false;
  const def = defOf(unwrap(schema));
  return def.type === 'record' && def.valueType !== undefined && defOf(unwrap(def.valueType)).type === 'string';
}

/** The range a number schema allows (zod's public `minValue`, `maxValue`, `isInt`), or undefined. */
export function numberRange(schema: z.ZodType | undefined): NumberRange | undefined {
  if (!schema) return undefined;
  const inner = unwrap(schema);
  if (defOf(inner).type !== 'number') return undefined;
  const n = inner as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
  const finite = (x: number | null): x is number => x !== null && Number.isFinite(x) && Math.abs(x) < Number.MAX_SAFE_INTEGER;
  return { ...(finite(n.minValue) ? { min: n.minValue } : {}), ...(finite(n.maxValue) ? { max: n.maxValue } : {}), whole: n.isInt };
}

/** Keys the schema does not know, anywhere in the data: the schema strips them silently otherwise. */
export function unknownKeys(schema: z.ZodType, data: unknown, path: LevelPath = []): (PathIssue & { atKey: true })[] {
  const out: (PathIssue & { atKey: true })[] = [];
  const walk = (sch: z.ZodType, value: unknown, at: LevelPath): void => {
    const def = defOf(unwrap(sch));
    if (def.type === 'object' && def.shape && isPlainObject(value)) {
      const shape = def.shape;
      const allowed = Object.keys(shape);
      for (const [key, child] of Object.entries(value)) {
        const field = shape[key];
        if (field === undefined) out.push({ atKey: true, path: [...at, key], ...issue('unknownKey', { key, allowed, ...suggesting(key, allowed) }) });
        else walk(field, child, [...at, key]);
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

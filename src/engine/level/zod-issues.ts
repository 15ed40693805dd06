/**
 * Zod's issues about a level's shape, as the validator's codes: what was expected, what was found
 * and where. zod's own messages are programmer's English ("Invalid input: expected number,
 * received string"); the codes let the edges say it for a trainer ("must be a number between 0
 * and 1 (found "20%")").
 */
import type { z } from 'zod';
import { issue, type ExpectedValue, type FoundValue, type LevelIssue, type PathIssue } from './issue-codes.js';
import { valueAt } from './path.js';
import { isLocalText, numberRange, schemaAt } from './zod-walk.js';
import { suggesting } from './suggest.js';

/** Some errors are about a key itself (an unknown key) and are located at the key. */
export type ShapeIssue = PathIssue & { readonly atKey?: true };

/** The fields of a zod 4 issue the wording needs (zod's type is a union too wide to narrow here). */
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
  issues?: { message: string; pattern?: string }[];
}

/** The value as an error shows it: a short quoted text, a number, or what kind of thing it is. */
export function foundValue(value: unknown): FoundValue {
  if (value === undefined) return { kind: 'nothing' };
  if (value === null) return { kind: 'empty' };
  if (typeof value === 'string') return { kind: 'text', text: value.length > 40 ? `${value.slice(0, 37)}...` : value };
  if (Array.isArray(value)) return { kind: 'list' };
  if (typeof value === 'object') return { kind: 'group' };
  return { kind: 'value', text: String(value) };
}

const EXPECTED: Record<string, ExpectedValue> = {
  number: 'number',
  int: 'wholeNumber',
  string: 'text',
  boolean: 'trueOrFalse',
  array: 'list',
  record: 'group',
  object: 'group',
};

/** Patterns of the level schema with words of their own (an id, a colour, a language code). */
const PATTERN_CODES: Record<string, 'badId' | 'badColour' | 'badLanguageCode'> = {
  '/^[a-z0-9][a-z0-9-]*$/': 'badId',
  '/^#[0-9a-fA-F]{6}$/': 'badColour',
  '/^[a-z]{2}$/': 'badLanguageCode',
};

/** One zod issue as the validator's issues (usually one; unknown keys give one each). */
export function shapeIssues(zodIssue: LooseIssue, data: unknown, root: z.ZodType): ShapeIssue[] {
  const path = zodIssue.path.filter((seg): seg is string | number => typeof seg !== 'symbol');
  const value = valueAt(data, path);
  const last = path[path.length - 1];
  const key = typeof last === 'string' ? { key: last } : {};
  const found = foundValue(value);
  const one = (i: LevelIssue): ShapeIssue[] => [{ path, ...i }];
  switch (zodIssue.code) {
    case 'invalid_type': {
      const schema = schemaAt(root, data, path);
      const localText = isLocalText(schema);
      const expected: ExpectedValue = localText ? 'localText' : (EXPECTED[zodIssue.expected ?? ''] ?? 'other');
      // A number is given with the range it must lie in ("a number between 0 and 1").
      const range = expected === 'number' || expected === 'wholeNumber' ? numberRange(schema) : undefined;
      const withRange = range ? { range } : {};
      const expecting: ExpectedValue = range?.whole ? 'wholeNumber' : expected;
      if (path.length === 0) return one(value === undefined || value === null ? issue('emptyFile', {}) : issue('notAGroup', { found }));
      if (value === undefined) return one(issue('missingKey', { ...key, expected: expecting, ...withRange }));
      if (localText && typeof value === 'string') return one(issue('bareText', { found }));
      return one(issue('wrongType', { expected: expecting, found, ...withRange }));
    }
    case 'too_small':
    case 'too_big': {
      const small = zodIssue.code === 'too_small';
      const limit = Number(small ? zodIssue.minimum : zodIssue.maximum);
      if (zodIssue.origin === 'array' || zodIssue.origin === 'set') {
        const count = Array.isArray(value) ? { count: value.length } : {};
        if (small && limit === 1) return one(issue('emptyList', count));
        return one(small ? issue('tooFewItems', { min: limit, ...count }) : issue('tooManyItems', { max: limit, ...count }));
      }
      if (zodIssue.origin === 'string') {
        if (small && limit <= 1) return one(issue('emptyText', typeof last === 'string' && /^[a-z]{2}$/.test(last) ? { language: last } : {}));
        return one(small ? issue('textTooShort', { min: limit, found }) : issue('textTooLong', { max: limit, found }));
      }
      const range = numberRange(schemaAt(root, data, path)) ?? { ...(small ? { min: limit } : { max: limit }), whole: false };
      const exclusive = zodIssue.inclusive === false ? { exclusive: small ? ('min' as const) : ('max' as const) } : {};
      return one(issue('numberOutOfRange', { range, found, ...exclusive }));
    }
    case 'invalid_format': {
      const code = zodIssue.pattern === undefined ? undefined : PATTERN_CODES[zodIssue.pattern];
      if (code) return one(issue(code, { found }));
      return one(issue('badForm', { ...(zodIssue.pattern ? { pattern: zodIssue.pattern } : {}), found }));
    }
    case 'invalid_key': {
      // The key breaks the form its kind of key must have (an id, a language code).
      const pattern = zodIssue.issues?.[0]?.pattern;
      const form = pattern === undefined ? undefined : PATTERN_CODES[pattern];
      const named = form === 'badId' ? { form: 'id' as const } : form === 'badLanguageCode' ? { form: 'languageCode' as const } : {};
      return [{ path, atKey: true, ...issue('keyNotAllowed', { key: String(last ?? ''), ...named }) }];
    }
    case 'invalid_value': {
      const allowed = (zodIssue.values ?? []).map(String);
      if (value === undefined) return one(issue('choiceMissing', { ...key, allowed }));
      return one(issue('valueNotAllowed', { found, allowed, ...(typeof value === 'string' ? suggesting(value, allowed) : {}) }));
    }
    case 'invalid_union': {
      if (zodIssue.discriminator !== undefined && zodIssue.note === 'No matching discriminator') {
        const field = zodIssue.discriminator;
        const allowed = (zodIssue.options ?? []).filter((v): v is string => typeof v === 'string');
        // zod reports the discriminator's own path; older versions the object's.
        const tagPath = last === field ? path : [...path, field];
        const tag = valueAt(data, tagPath);
        if (tag === undefined) return [{ path: tagPath, ...issue('kindMissing', { field, allowed }) }];
        return [{ path: tagPath, ...issue('unknownKind', { field, found: foundValue(tag), allowed, ...(typeof tag === 'string' ? suggesting(tag, allowed) : {}) }) }];
      }
      return one(issue('noMatchingForm', { found }));
    }
    case 'unrecognized_keys':
      return (zodIssue.keys ?? []).map((k) => ({ path: [...path, k], atKey: true, ...issue('unknownKey', { key: k, allowed: [] }) }));
    case 'not_multiple_of':
      return one(issue('notMultipleOf', { divisor: Number(zodIssue.divisor), found }));
    default:
      return one(issue('otherShape', { detail: zodIssue.message }));
  }
}

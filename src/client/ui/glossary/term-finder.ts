/**
 * Finds the kit glossary's terms in a text, in the text's language, so the places where a student
 * reads "moratorium" or "BATNA" can explain it on a tap. Pure: no DOM, tested on its own.
 *
 * The forms a term is found by come from three places: its name in the kit glossary
 * (src/client/teaching/glossary.yaml: "LDC (least-developed country)" gives "LDC" and
 * "least-developed country"; "BATNA, or no-deal value" gives both halves), the extra `forms` the
 * kit lists for it, and the WTO's official forms in i18n/glossary.yaml (plurals, long titles) for
 * the entries that name the same concept. Matching is by whole word, case-insensitive except for
 * acronyms (all capitals: "GATS", "MIC"), which match as written and may take a plural "s" or a
 * number ("MC13"). Each term is marked once per text (its first occurrence), the longest form wins
 * where forms overlap, and marks never overlap, so none is nested in another.
 */
import type { Glossary } from '../../teaching/kit-data.js';

/** The WTO terms file (i18n/glossary.yaml): the official forms per language. */
export interface OfficialTerms {
  readonly terms: readonly ({ readonly id: string } & Record<string, unknown>)[];
}

/** i18n/glossary.yaml ids that name a kit glossary term under another id. */
const OFFICIAL_TO_KIT: Readonly<Record<string, string>> = {
  'customs-duties': 'customs-duty',
  'electronic-transmissions': 'electronic-transmission',
  'joint-statement-initiative': 'jsi',
  'special-and-differential-treatment': 'sdt',
  'least-developed-countries': 'ldc',
  'free-trade-agreement': 'fta',
  trips: 'trims-trips',
  'source-code': 'source-code',
};

export interface TermMatch {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  /** The words as they stand in the text. */
  readonly text: string;
}

interface Form {
  readonly id: string;
  readonly pattern: RegExp;
}

export interface TermIndex {
  readonly language: string;
  readonly forms: readonly Form[];
}

// A preposition opening a bracket marks a qualifier, "(on customs duties …)", not another name.
const QUALIFIER = /^(on|of|for|sur|de|du|des|sobre|del|en)\s/;

/** The forms a glossary name gives: "A (B)" gives A and B; "A, or B" gives A and B. */
export function formsOfName(name: string): string[] {
  const out: string[] = [];
  for (const part of name.split(/,\s*(?:or|ou|o)\s+/)) {
    const bracket = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(part.trim());
    if (!bracket) {
      out.push(part.trim());
      continue;
    }
    const [, main = '', inner = ''] = bracket;
    if (main) out.push(main);
    if (QUALIFIER.test(inner)) out.push(`${main} ${inner}`);
    else out.push(inner);
  }
  return out.filter((f) => f.length > 1);
}

const isAcronym = (form: string): boolean => /^[\p{Lu}&][\p{Lu}\d&.]*$/u.test(form) && /\p{Lu}.*\p{Lu}/u.test(form);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternOf(form: string): RegExp {
  const acronym = isAcronym(form);
  // A space or a hyphen between words matches either ("no deal", "no-deal outcome").
  const body = escape(form)
    .replace(/['’]/g, "['’]")
    .replace(/[\s-]+/g, '[-\\u2011\\s]+');
  // Whole words: no letter or digit right before; after, an optional plural (or a number for an
  // acronym such as MC13), then no letter or digit.
  const tail = acronym ? '(?:s|\\d+)?' : '(?:s)?';
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${tail}(?![\\p{L}\\p{N}])`, acronym ? 'gu' : 'giu');
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Every term's forms in one language, longest first (so a longer form is tried before its part). */
export function buildTermIndex(glossary: Glossary, official: OfficialTerms | null, language: string): TermIndex {
  const byId = new Map<string, Set<string>>();
  const add = (id: string, form: string): void => {
    const set = byId.get(id) ?? new Set<string>();
    set.add(form.trim());
    byId.set(id, set);
  };
  for (const term of glossary.terms) {
    const name = term.term[language];
    if (!name) continue;
    for (const f of formsOfName(name)) add(term.id, f);
    for (const f of term.forms[language] ?? []) add(term.id, f);
  }
  const kitIds = new Set(glossary.terms.map((t) => t.id));
  for (const entry of official?.terms ?? []) {
    const id = OFFICIAL_TO_KIT[entry.id] ?? entry.id;
    if (!kitIds.has(id) || !byId.has(id)) continue;
    for (const f of stringsOf(entry[language])) add(id, f);
  }
  const forms: (Form & { length: number })[] = [];
  for (const [id, set] of byId) for (const form of set) if (form.length > 1) forms.push({ id, pattern: patternOf(form), length: form.length });
  forms.sort((a, b) => b.length - a.length);
  return { language, forms };
}

/**
 * The terms in `text`, in order: the first occurrence of each term not already in `seen` (which
 * it fills, so the caller can carry it across the pieces of one block of text), never overlapping.
 */
export function findTerms(text: string, index: TermIndex, seen: Set<string> = new Set()): TermMatch[] {
  const candidates: TermMatch[] = [];
  for (const form of index.forms) {
    if (seen.has(form.id)) continue;
    form.pattern.lastIndex = 0;
    for (const m of text.matchAll(form.pattern)) candidates.push({ id: form.id, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TermMatch[] = [];
  let reached = 0;
  for (const c of candidates) {
    if (c.start < reached || seen.has(c.id)) continue;
    out.push(c);
    seen.add(c.id);
    reached = c.end;
  }
  return out;
}

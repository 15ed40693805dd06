/**
 * The glossary check: where an English text uses a term of i18n/glossary.yaml, its French and
 * Spanish texts in the same place use one of the glossary's forms for it. Forms match
 * case-insensitively, as whole words, with typographic apostrophes read as straight ones.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export interface GlossaryTerm {
  readonly id: string;
  readonly forms: Readonly<Record<string, readonly string[]>>;
}

const root = fileURLToPath(new URL('../../', import.meta.url));

export function loadGlossary(path = `${root}i18n/glossary.yaml`): GlossaryTerm[] {
  const doc = parse(readFileSync(path, 'utf8')) as { terms: Array<Record<string, unknown>> };
  return doc.terms.map((term) => {
    const forms: Record<string, string[]> = {};
    for (const [key, value] of Object.entries(term)) if (/^[a-z]{2}$/.test(key) && Array.isArray(value)) forms[key] = value.map(String);
    return { id: String(term.id), forms };
  });
}

const normalise = (text: string): string => text.replace(/[\u2019\u02bc]/g, "'").normalize('NFC');
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` holds `form` as whole words, case-insensitively. */
export function hasForm(text: string, form: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(normalise(form))}(?![\\p{L}\\p{N}])`, 'iu').test(normalise(text));
}

/** One text in several languages, and where it sits (for the failure message). */
export interface PlacedText {
  readonly where: string;
  readonly text: Readonly<Record<string, string>>;
}

/**
 * Every place where the English uses a glossary term and the text in `language` uses none of the
 * glossary's forms for it. Texts without that language are not checked (whether they must have it
 * is the level validator's question).
 */
export function glossaryMisses(glossary: readonly GlossaryTerm[], texts: readonly PlacedText[], language: string): string[] {
  const misses: string[] = [];
  for (const { where, text } of texts) {
    const english = text.en;
    const translated = text[language];
    if (english === undefined || translated === undefined) continue;
    for (const term of glossary) {
      const want = term.forms[language];
      if (!want || !(term.forms.en ?? []).some((form) => hasForm(english, form))) continue;
      if (!want.some((form) => hasForm(translated, form))) misses.push(`${where}: "${term.id}" should be one of [${want.join(' | ')}] in ${language}: ${translated}`);
    }
  }
  return misses;
}

const isLocalText = (node: unknown): node is Record<string, string> =>
  !!node && typeof node === 'object' && !Array.isArray(node) && typeof (node as Record<string, unknown>).en === 'string' &&
  Object.entries(node).every(([key, value]) => /^[a-z]{2}$/.test(key) && typeof value === 'string');

/** Every localised text (`{ en: ..., fr: ... }`) in a parsed YAML document, with its path. */
export function localTexts(node: unknown, where: string, into: PlacedText[] = []): PlacedText[] {
  if (isLocalText(node)) into.push({ where, text: node });
  else if (Array.isArray(node)) node.forEach((item, i) => localTexts(item, `${where}[${i}]`, into));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) localTexts(value, `${where}.${key}`, into);
  }
  return into;
}

/** The languages a content file's texts are in besides English: its `languages` if it declares them, else those its texts use. */
export function fileLanguages(doc: unknown, texts: readonly PlacedText[]): string[] {
  const declared = (doc as { languages?: unknown } | null)?.languages;
  const found = Array.isArray(declared) ? declared.map(String) : [...new Set(texts.flatMap((t) => Object.keys(t.text)))];
  return found.filter((language) => language !== 'en');
}

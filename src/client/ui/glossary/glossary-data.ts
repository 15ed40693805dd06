/**
 * The glossary data the game's in-text explanations use: the teacher's kit glossary (names and
 * definitions per language) and the WTO's official forms (i18n/glossary.yaml), bundled as text and
 * parsed once; one term index per language, built on first use.
 */
import { parse } from 'yaml';
import kitGlossaryText from '../../teaching/glossary.yaml?raw';
import officialText from '../../../../i18n/glossary.yaml?raw';
import { parseGlossary, type Glossary } from '../../teaching/kit-data.js';
import { buildTermIndex, type OfficialTerms, type TermIndex } from './term-finder.js';

let glossary: Glossary | null = null;
let official: OfficialTerms | null = null;
const indexes = new Map<string, TermIndex>();

export function kitGlossary(): Glossary {
  glossary ??= parseGlossary(kitGlossaryText);
  return glossary;
}

export function termIndex(language: string): TermIndex {
  const known = indexes.get(language);
  if (known) return known;
  official ??= parse(officialText) as OfficialTerms;
  const index = buildTermIndex(kitGlossary(), official, language);
  indexes.set(language, index);
  return index;
}

/** A term's name and definition in `language` (English where the glossary lacks it). */
export function explanation(id: string, language: string): { name: string; definition: string } | null {
  const term = kitGlossary().terms.find((t) => t.id === id);
  if (!term) return null;
  return { name: term.term[language] ?? term.term.en ?? id, definition: term.definition[language] ?? term.definition.en ?? '' };
}

/**
 * The WTO's own terms (i18n/glossary.yaml) in every French and Spanish text: the catalogs, every
 * shipped level, the evidence base and the teacher's kit glossary. A term translated another way
 * fails here, named with the place and the forms the glossary allows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CATALOG_LANGUAGES, CATALOG_PLACES, catalogExists, flatten, readCatalog } from './catalogs.js';
import { fileLanguages, glossaryMisses, hasForm, loadGlossary, localTexts, type PlacedText } from './glossary-check.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const glossary = loadGlossary();

describe('the glossary', () => {
  it('gives every term its forms in the three languages and a source', () => {
    const doc = parse(readFileSync(`${root}i18n/glossary.yaml`, 'utf8')) as { terms: Array<{ id: string; source?: string }> };
    expect(glossary.length).toBeGreaterThan(10);
    for (const term of glossary) for (const language of CATALOG_LANGUAGES) expect(term.forms[language]?.length, `${term.id} in ${language}`).toBeGreaterThan(0);
    for (const term of doc.terms) expect(term.source, term.id).toBeTruthy();
  });

  it('matches whole words, case-insensitively, with either apostrophe', () => {
    expect(hasForm('Le moratoire tient', 'moratoire')).toBe(true);
    expect(hasForm('les moratoires', 'moratoire')).toBe(false);
    expect(hasForm("Membres de l’OMC", "Membres de l'OMC")).toBe(true);
    expect(hasForm('the WTO’s rules', 'WTO')).toBe(true);
    expect(hasForm('TWTO', 'WTO')).toBe(false);
  });

  it('flags a term translated another way, and only then', () => {
    const texts: PlacedText[] = [
      { where: 'good', text: { en: 'The moratorium on customs duties', fr: 'Le moratoire sur les droits de douane' } },
      { where: 'bad', text: { en: 'The moratorium holds', fr: 'La suspension tient' } },
      { where: 'untranslated', text: { en: 'The moratorium holds' } },
    ];
    expect(glossaryMisses(glossary, texts, 'fr')).toEqual([expect.stringMatching(/^bad: "moratorium"/)]);
  });
});

describe.each(CATALOG_PLACES.filter((place) => catalogExists(place, 'en')))('catalog %s follows the glossary', (place) => {
  const english = flatten(readCatalog(place, 'en'));
  for (const language of CATALOG_LANGUAGES.filter((l) => l !== 'en' && catalogExists(place, l))) {
    it(`in ${language}`, () => {
      const translated = flatten(readCatalog(place, language));
      const texts: PlacedText[] = [...english].map(([key, en]) => {
        const other = translated.get(key) ?? [...translated].filter(([k]) => k.replace(/_(one|many|other)$/, '') === key.replace(/_(one|many|other)$/, '')).map(([, v]) => v).join(' ');
        return { where: key, text: { en, [language]: other } };
      });
      expect(glossaryMisses(glossary, texts, language)).toEqual([]);
    });
  }
});

const contentFiles = [
  ...readdirSync(`${root}levels`).filter((f) => f.endsWith('.yaml')).map((f) => `levels/${f}`),
  'seeds/evidence.yaml',
  'src/client/teaching/glossary.yaml',
];

describe.each(contentFiles)('%s follows the glossary in every language it has', (file) => {
  const doc: unknown = parse(readFileSync(`${root}${file}`, 'utf8'));
  const texts = localTexts(doc, file);
  const languages = fileLanguages(doc, texts);

  it('has texts to check', () => expect(texts.length).toBeGreaterThan(0));
  for (const language of languages) {
    it(`in ${language}`, () => expect(glossaryMisses(glossary, texts, language)).toEqual([]));
  }
});

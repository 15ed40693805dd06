/**
 * Every catalog has the same keys in every language, with the same `{{placeholders}}`, and the
 * plural forms each language needs (i18next picks `_one`, `_many`, `_other`... by Intl.PluralRules):
 * a string added in English only, or a placeholder lost in translation, fails here.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG_LANGUAGES, CATALOG_PLACES, catalogExists, flatten, placeholders, pluralBase, pluralCategories, readCatalog } from './catalogs.js';

interface Entry { forms: Map<string, string>; plural: boolean }

/** A catalog's entries by key, plural forms grouped under their base key. */
function entries(catalog: Record<string, unknown>): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const [key, text] of flatten(catalog)) {
    const { base, suffix } = pluralBase(key);
    const entry = out.get(base) ?? { forms: new Map<string, string>(), plural: suffix !== undefined };
    entry.forms.set(suffix ?? '', text);
    out.set(base, entry);
  }
  return out;
}

const used = (entry: Entry): string[] => [...new Set([...entry.forms.values()].flatMap(placeholders))].sort();

describe.each(CATALOG_PLACES.filter((place) => catalogExists(place, 'en')))('catalog %s', (place) => {
  const english = entries(readCatalog(place, 'en'));

  it('has no empty English text', () => {
    const empty = [...english].filter(([, e]) => [...e.forms.values()].some((text) => text.trim() === '')).map(([key]) => key);
    expect(empty).toEqual([]);
  });

  describe.each(CATALOG_LANGUAGES.filter((language) => language !== 'en'))('in %s', (language) => {
    it('exists', () => expect(catalogExists(place, language)).toBe(true));
    if (!catalogExists(place, language)) return;
    const translated = entries(readCatalog(place, language));

    it('has every English key and no other', () => {
      expect([...translated.keys()].filter((key) => !english.has(key))).toEqual([]);
      expect([...english.keys()].filter((key) => !translated.has(key))).toEqual([]);
    });

    it('has the plural forms the language needs, and no others', () => {
      const wrong: string[] = [];
      for (const [key, entry] of english) {
        const other = translated.get(key);
        if (!other) continue;
        const forms = [...other.forms.keys()].sort();
        const want = entry.plural ? pluralCategories(language) : [''];
        if (forms.join() !== want.join()) wrong.push(`${key}: has [${forms.join(', ')}], needs [${want.join(', ')}]`);
      }
      expect(wrong).toEqual([]);
    });

    it('keeps every placeholder, and adds none', () => {
      const wrong: string[] = [];
      for (const [key, entry] of english) {
        const other = translated.get(key);
        if (!other) continue;
        const want = used(entry);
        if (used(other).join() !== want.join()) wrong.push(`${key}: uses {${used(other).join(', ')}}, English {${want.join(', ')}}`);
        for (const [form, text] of other.forms) {
          const extra = placeholders(text).filter((name) => !want.includes(name));
          if (extra.length > 0) wrong.push(`${key}${form ? `_${form}` : ''}: unknown {${extra.join(', ')}}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('has no empty text', () => {
      const empty = [...translated].filter(([, e]) => [...e.forms.values()].some((text) => text.trim() === '')).map(([key]) => key);
      expect(empty).toEqual([]);
    });
  });
});

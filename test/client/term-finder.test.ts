/**
 * The in-game glossary's term finder, on the real kit glossary and the WTO's official forms: terms
 * found in English, French and Spanish, by whole word only, each once per block, the longest form
 * winning, and no mark inside another.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseGlossary } from '../../src/client/teaching/kit-data.js';
import { buildTermIndex, findTerms, formsOfName, type OfficialTerms, type TermIndex } from '../../src/client/ui/glossary/term-finder.js';
import { repoRoot } from '../shipped-levels.js';

const glossary = parseGlossary(readFileSync(resolve(repoRoot, 'src/client/teaching/glossary.yaml'), 'utf8'));
const official = parse(readFileSync(resolve(repoRoot, 'i18n/glossary.yaml'), 'utf8')) as OfficialTerms;
const index = (lang: string): TermIndex => buildTermIndex(glossary, official, lang);
const ids = (text: string, lang = 'en'): string[] => findTerms(text, index(lang)).map((m) => m.id);
const words = (text: string, lang = 'en'): string[] => findTerms(text, index(lang)).map((m) => m.text);

describe('the forms a glossary name gives', () => {
  it('splits an acronym in brackets and an "or" alternative, and keeps a qualifier whole', () => {
    expect(formsOfName('LDC (least-developed country)')).toEqual(['LDC', 'least-developed country']);
    expect(formsOfName('BATNA, or no-deal value')).toEqual(['BATNA', 'no-deal value']);
    expect(formsOfName('MESORE (BATNA), ou valeur sans accord')).toEqual(['MESORE', 'BATNA', 'valeur sans accord']);
    expect(formsOfName('Moratorium (on customs duties on electronic transmissions)')).toEqual(['Moratorium', 'Moratorium on customs duties on electronic transmissions']);
  });
});

describe('finding terms', () => {
  it('finds the WTO terms of an English text, in order', () => {
    const found = findTerms('LDCs ask for special and differential treatment under GATS, not a plurilateral JSI.', index('en'));
    expect(found.map((m) => m.id)).toEqual(['ldc', 'sdt', 'gats', 'plurilateral', 'jsi']);
    expect(found[0]).toMatchObject({ start: 0, end: 4, text: 'LDCs' });
  });

  it('finds them in French and Spanish, in the WTO’s own words', () => {
    expect(ids('Les PMA demandent un traitement spécial et différencié ; le moratoire expire.', 'fr')).toEqual(['ldc', 'sdt', 'moratorium']);
    expect(ids('Los países menos adelantados piden trato especial y diferenciado; la moratoria vence.', 'es')).toEqual(['ldc', 'sdt', 'moratorium']);
    expect(ids('Un accord plurilatéral sous l’AGCS, adopté par consensus.', 'fr')).toEqual(['plurilateral', 'gats', 'consensus']);
    expect(ids('La frontera de Pareto y el punto de negociación de Nash.', 'es')).toEqual(['pareto-frontier', 'nash-point']);
  });

  it('takes the longest form where forms overlap, and never marks inside a mark', () => {
    const found = findTerms('The moratorium on customs duties on electronic transmissions lapses.', index('en'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: 'moratorium', text: 'moratorium on customs duties on electronic transmissions' });
    for (const lang of ['en', 'fr', 'es']) {
      const text = lang === 'en' ? 'Customs duties on electronic transmissions, the Work Programme on Electronic Commerce and the General Council.' : lang === 'fr' ? 'Droits de douane, transmissions électroniques, Programme de travail sur le commerce électronique.' : 'Derechos de aduana, transmisiones electrónicas, Programa de Trabajo sobre el Comercio Electrónico.';
      const marks = findTerms(text, index(lang));
      for (let i = 1; i < marks.length; i++) expect(marks[i]!.start).toBeGreaterThanOrEqual(marks[i - 1]!.end);
    }
  });

  it('matches whole words only, and acronyms as written', () => {
    expect(ids('Consensual talks; a gatsby party; unpackaged goods.')).toEqual([]);
    expect(ids('the gats and the ldc')).toEqual([]);
    expect(words('Ministers met at MC13 in Abu Dhabi.')).toEqual(['MC13']);
    expect(ids('Le PMAx et le MICRO ne sont pas des termes.', 'fr')).toEqual([]);
    expect(ids('Unos paquetes y un paquete.', 'es')).toEqual(['package']);
  });

  it('marks each term once per block, carrying what was seen across its pieces', () => {
    expect(ids('The moratorium, the moratorium and a moratorium.')).toEqual(['moratorium']);
    const seen = new Set<string>();
    expect(findTerms('The GATS first.', index('en'), seen).map((m) => m.id)).toEqual(['gats']);
    expect(findTerms('Then GATS again, and consensus.', index('en'), seen).map((m) => m.id)).toEqual(['consensus']);
  });

  it('finds the no-deal value by its ordinary words, hyphen or not', () => {
    expect(ids('Walking away leaves you your no-deal value.')).toEqual(['batna']);
    expect(ids('If there is no deal, the moratorium lapses.')).toEqual(['batna', 'moratorium']);
    expect(ids('How did the drifting no-deal outcome change what you accept?')).toEqual(['batna']);
    expect(ids('A free trade agreement, or an FTA.')).toEqual(['fta']);
    expect(ids('Sans accord, rien ne change.', 'fr')).toEqual(['batna']);
  });

  it('has every kit term findable by its own name in each language', () => {
    for (const lang of ['en', 'fr', 'es']) {
      const idx = index(lang);
      for (const term of glossary.terms) {
        const name = term.term[lang] as string;
        expect(findTerms(name, idx).map((m) => m.id), `${lang}: ${name}`).toContain(term.id);
      }
    }
  });

  it('finds nothing in a language the glossary lacks', () => {
    expect(index('de').forms).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationsVm } from '../../src/client/view-models/outcome.js';
import { parseEvidenceText } from '../../src/engine/evidence/load.js';
import { levelErrorLine } from '../../src/protocol/level-words.js';
import { evidenceBase, repoRoot } from '../shipped-levels.js';

const fixture = (name: string): string => readFileSync(resolve(repoRoot, 'test/fixtures/evidence', name), 'utf8');

describe('the evidence base in its declared languages', () => {
  it('reports a missing or undeclared language with the fact, the code and its place in the file', () => {
    const result = parseEvidenceText(fixture('missing-language.yaml'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const found = result.errors.map((e) => ({ code: e.code, path: e.path.join('.'), line: e.line, params: e.params }));
    expect(found).toEqual([
      { code: 'missingLanguageText', path: 'facts.1.text', line: 27, params: { language: 'es' } },
      { code: 'missingLanguageText', path: 'facts.2.correction', line: 38, params: { language: 'fr' } },
      { code: 'undeclaredLanguage', path: 'facts.3.text.de', line: 49, params: { language: 'de', declared: ['en', 'fr', 'es'] } },
    ]);
    const lines = result.errors.map((e) => levelErrorLine(e)).join('\n');
    expect(lines).toMatch(/^27:\d+ {2}facts\[1\]\.text {2}missing the 'es' text/m);
    expect(lines).toMatch(/'de' is not one of the .*\(en, fr, es\)/);
  });

  it('accepts the same file once every fact is complete, and a file that declares no languages is English only', () => {
    const fixed = fixture('missing-language.yaml')
      .replace('      fr: "Un fait fictif sur les recettes tarifaires."\n', '      fr: "Un fait fictif sur les recettes tarifaires."\n      es: "Un hecho ficticio sobre los ingresos arancelarios."\n')
      .replace('      en: "What was misread."\n', '      en: "What was misread."\n      fr: "Ce qui a été mal lu."\n')
      .replace(/ {6}de: .*\n/, '');
    const result = parseEvidenceText(fixed);
    expect(result.ok, result.ok ? '' : result.errors.map((e) => levelErrorLine(e)).join('\n')).toBe(true);

    const minimal = parseEvidenceText(fixture('minimal.yaml'));
    expect(minimal.ok).toBe(true);
    if (minimal.ok) expect(minimal.base.languages).toEqual(['en']);
    const undeclaredFrench = parseEvidenceText(fixture('minimal.yaml').replace('text: { en: "A placeholder fact about the moratorium." }', 'text: { en: "A placeholder fact about the moratorium.", fr: "Un fait fictif." }'));
    expect(undeclaredFrench.ok).toBe(false);
    if (!undeclaredFrench.ok) expect(undeclaredFrench.errors.map((e) => e.code)).toEqual(['undeclaredLanguage']);
  });

  it('reports a language declared twice', () => {
    const result = parseEvidenceText(fixture('missing-language.yaml').replace('languages: [en, fr, es]', 'languages: [en, fr, es, fr]'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.filter((e) => e.code === 'languageTwice').map((e) => e.path.join('.'))).toEqual(['languages.3']);
  });
});

describe('the shipped evidence base in French and Spanish', () => {
  it('declares English, French and Spanish, and every fact and correction has all three', () => {
    const { base } = evidenceBase();
    expect(base.languages).toEqual(['en', 'fr', 'es']);
    for (const fact of base.facts) {
      for (const text of [fact.text, fact.correction]) {
        if (!text) continue;
        for (const language of ['fr', 'es'] as const) {
          const translated = text[language] ?? '';
          expect(translated.length, `${fact.id} ${language}`).toBeGreaterThan(20);
          expect(translated, `${fact.id} ${language} is a copy of the English`).not.toBe(text.en);
        }
      }
    }
  });

  it('keeps every figure of the English in each translation', () => {
    // Digits only, as grouping and decimal marks differ (24,225 is 24 225 with a no-break space; 0.68% is 0,68 %), and
    // without trailing zeros, as the scale word does too (US$10 billion is 10 000 millones in Spanish).
    const numbers = (text: string): string[] =>
      [...text.matchAll(/\d[\d,. \u00a0\u202f]*\d|\d/g)].map((m) => m[0].replace(/[,. \u00a0\u202f]/g, '').replace(/0+$/, ''));
    const { base } = evidenceBase();
    for (const fact of base.facts) {
      const english = numbers(fact.text.en ?? '');
      for (const language of ['fr', 'es'] as const) {
        const found = numbers(fact.text[language] ?? '');
        for (const figure of english) expect(found, `${fact.id} ${language} lacks ${figure}`).toContain(figure);
      }
    }
  });
});

describe('the debrief shows a cited fact in the player\'s language', () => {
  it('in French or Spanish from the shipped base, in English for a language the base lacks', () => {
    const { base } = evidenceBase();
    const id = 'mc13-moratorium-extension-2024';
    const fact = base.facts.find((f) => f.id === id);
    expect(citationsVm([id], base, 'fr')[0]?.text).toBe(fact?.text.fr);
    expect(citationsVm([id], base, 'fr')[0]?.text).toMatch(/^À la CM13 à Abou Dhabi/);
    expect(citationsVm([id], base, 'es')[0]?.text).toMatch(/^En la CM13 en Abu Dabi/);
    expect(citationsVm([id], base, 'de')[0]?.text).toBe(fact?.text.en);
  });
});

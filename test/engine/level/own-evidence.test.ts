/**
 * A level's own evidence written inline (`ownEvidence`): its facts are cited like the shared ones,
 * it is checked as the evidence base is (at its place in the level), and a local fact may take
 * neither a shared id nor one of the level's evidence file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEvidenceText } from '../../../src/engine/evidence/load.js';
import { validateLevelText } from '../../../src/engine/level/validate.js';
import { levelIssueText } from '../../../src/protocol/level-words.js';

const shared = parseEvidenceText(readFileSync('seeds/evidence.yaml', 'utf8'));
if (!shared.ok) throw new Error('the shared evidence base does not load');
const sharedIds = shared.ids;
const own = readFileSync('test/fixtures/local-evidence/own-evidence.yaml', 'utf8');
/** The tutorial with its own evidence, one of its facts cited by a card. */
export const ownLevel = `${readFileSync('levels/tutorial.yaml', 'utf8')
  .replace(/^id: tutorial$/m, 'id: our-class')
  .replace('evidence: [localisation-dual-rationale]', 'evidence: [localisation-dual-rationale, our-class-online-exporters]')}\n${own}`;
const line = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const errorsOf = (text: string, options = { evidenceIds: sharedIds } as Parameters<typeof validateLevelText>[1]) => {
  const result = validateLevelText(text, options);
  return result.ok ? [] : result.errors;
};

describe('a level\'s own evidence, inline', () => {
  it('lets the level cite its own facts, and keeps them in the level', () => {
    const result = validateLevelText(ownLevel, { evidenceIds: sharedIds });
    expect(result.ok ? [] : result.errors.map((e) => levelIssueText(e))).toEqual([]);
    if (!result.ok) return;
    expect(result.level.ownEvidence?.facts.map((f) => f.id)).toEqual(['our-class-online-exporters']);
    expect(result.level.ownEvidence?.sources[0]?.title).toBe("Survey of the participants' businesses");
  });

  it('names the inline base among those searched when an id is in none', () => {
    const wrong = ownLevel.replace('our-class-online-exporters]', 'our-class-online-exporter]');
    const [e, ...rest] = errorsOf(wrong);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ code: 'unknownEvidence', line: line(wrong, 'our-class-online-exporter]') });
    expect(levelIssueText(e as never)).toBe('evidence "our-class-online-exporter" is not in the evidence base (seeds/evidence.yaml or ownEvidence) (did you mean "our-class-online-exporters"?)');
  });

  it('refuses a local fact that takes a shared id, at its line, in three languages', () => {
    const taken = ownLevel.replace('    - id: our-class-online-exporters', '    - id: localisation-dual-rationale');
    const errors = errorsOf(taken);
    const e = errors.find((x) => x.code === 'localFactIsShared');
    expect(e).toMatchObject({ path: ['ownEvidence', 'facts', 0, 'id'], line: line(taken, '- id: localisation-dual-rationale'), column: 11 });
    expect(levelIssueText(e as never)).toContain('already in the shared evidence base (seeds/evidence.yaml)');
    expect(levelIssueText(e as never, 'fr')).toContain('figure déjà dans la base de données probantes commune');
    expect(levelIssueText(e as never, 'es')).toContain('ya está en la base de evidencia común');
  });

  it('refuses a local fact that the level\'s evidence file also has', () => {
    const errors = errorsOf(ownLevel, { evidenceIds: sharedIds, localEvidence: { ids: new Set(['our-class-online-exporters']), source: 'our-class.evidence.yaml' } });
    const e = errors.find((x) => x.code === 'ownFactInFile');
    expect(e).toMatchObject({ params: { id: 'our-class-online-exporters', file: 'our-class.evidence.yaml' } });
    expect(levelIssueText(e as never)).toBe('fact "our-class-online-exporters" is also in the level\'s evidence file (our-class.evidence.yaml): keep it in one place, or give one of them another id');
  });

  it('checks the inline base as the shared one: sources, themes, unique ids, every language, its fields', () => {
    const broken = ownLevel
      .replace('      source: our-class-survey-2026', '      source: our-class-survey')
      .replace('      themes: [local]', '      themes: [locals]')
      .replace(/\n {8}es: "La mitad[^\n]*/, '')
      .replace('      locator: "Table 2"', '      locator: "Table 2"\n      page: 4');
    const found = errorsOf(broken).map((e) => [e.code, e.line]);
    expect(found).toEqual([
      ['undefinedSource', line(broken, '      source: our-class-survey')],
      ['unknownKey', line(broken, 'page: 4')],
      ['undefinedTheme', line(broken, 'themes: [locals]')],
      ['missingLanguageText', line(broken, 'en: "Half of') - 1],
    ].sort((a, b) => (a[1] as number) - (b[1] as number)));
  });

  it('refuses two local facts with one id, and a contest of a shared fact is allowed', () => {
    const twice = `${ownLevel}    - id: our-class-online-exporters\n      source: our-class-survey-2026\n      locator: "Table 3"\n      themes: [local]\n      contests: [localisation-dual-rationale]\n      text: { en: "Again.", fr: "Encore.", es: "Otra vez." }\n`;
    const found = errorsOf(twice);
    expect(found.map((e) => e.code)).toEqual(['duplicateId']);
    expect(found[0]).toMatchObject({ path: ['ownEvidence', 'facts', 1, 'id'], line: line(twice, 'locator: "Table 3"') - 2 });
  });
});

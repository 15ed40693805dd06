/**
 * A role's short name (for seat labels on a phone) is optional, but when a level gives one it is
 * checked like every other text: in each language the level declares, and short.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPath, validateLevelText } from '../../../src/engine/level/validate.js';

const root = resolve(import.meta.dirname, '..', '..', '..');
const minimal = readFileSync(join(root, 'test', 'fixtures', 'levels', 'minimal.yaml'), 'utf8');
const evidenceIds: ReadonlySet<string> = new Set(['fact-moratorium-1998', 'fact-revenue', 'fact-free-flow', 'fact-fta-coverage']);
const NAME = '    name: { en: "Technology-industry lobby" }';

function withShortName(line: string, languages = '[en]'): ReturnType<typeof validateLevelText> {
  expect(minimal.split(NAME)).toHaveLength(2);
  return validateLevelText(minimal.replace(NAME, `${NAME}\n${line}`).replace('languages: [en]', `languages: ${languages}`), { evidenceIds });
}

describe('a role\'s short name', () => {
  it('is accepted in the level\'s language', () => {
    const result = withShortName('    shortName: { en: "Tech lobby" }');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.level.roles[1]?.shortName).toEqual({ en: 'Tech lobby' });
  });

  it('is refused when longer than 16 characters', () => {
    const result = withShortName('    shortName: { en: "The technology-industry lobby" }');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => formatPath(e.path))).toContain('roles[1].shortName.en');
  });

  it('must be written in every language the level declares, like every other text', () => {
    const result = withShortName('    shortName: { en: "Tech lobby" }', '[en, fr]');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const shortName = result.errors.filter((e) => formatPath(e.path).startsWith('roles[1].shortName'));
      expect(shortName.map((e) => e.code)).toContain('missingLanguageText');
    }
  });

  it('is given in English, French and Spanish for every role of the shipped levels', () => {
    for (const file of ['tutorial', 'buenos-aires-2017', 'abu-dhabi-2024', 'jsi-coalitions-7', 'mc14-2026']) {
      const text = readFileSync(join(root, 'levels', `${file}.yaml`), 'utf8');
      const result = validateLevelText(text);
      if (!result.ok) throw new Error(`${file}: ${result.errors.length} errors`);
      for (const role of result.level.roles) {
        expect(Object.keys(role.shortName ?? {}).sort(), `${file} ${role.id}`).toEqual(['en', 'es', 'fr']);
        // Short names tell the seats apart: no two alike in any language.
        for (const language of ['en', 'fr', 'es']) expect(new Set(result.level.roles.map((r) => r.shortName?.[language])).size).toBe(result.level.roles.length);
      }
    }
  });
});

/**
 * The level validator's words: one catalog entry per code (a translation is the same keys in
 * another file), and the text heuristics behind the YAML slips quiet on files that are fine.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEVEL_ISSUE_CODES } from '../../src/engine/level/issue-codes.js';
import { misindentedLines, textWithColon } from '../../src/engine/level/yaml-slips.js';
import catalog from '../../src/protocol/level-words.en.json' with { type: 'json' };
import { levelIssueText } from '../../src/protocol/level-words.js';
import { shippedLevelFiles } from '../shipped-levels.js';

/** Catalog entries that are another form of one code's words (plurals, a variant). */
const FORMS: Record<string, string> = { emptyLanguageText: 'emptyText' };
const codeOf = (key: string): string => FORMS[key] ?? key.replace(/_(one|other)$/, '');

describe('the level words catalog', () => {
  it('words every code, and only codes', () => {
    const worded = new Set(Object.keys(catalog.issue).map(codeOf));
    expect(LEVEL_ISSUE_CODES.filter((code) => !worded.has(code))).toEqual([]);
    expect([...worded].filter((code) => !(LEVEL_ISSUE_CODES as readonly string[]).includes(code))).toEqual([]);
  });

  it('gives a number its range and a did-you-mean its suggestion', () => {
    expect(levelIssueText({ code: 'wrongType', params: { expected: 'number', found: { kind: 'text', text: '20%' }, range: { min: 0, max: 1, whole: false } } })).toBe(
      'must be a number between 0 and 1 (found "20%")',
    );
    expect(levelIssueText({ code: 'wrongType', params: { expected: 'number', found: { kind: 'list' }, range: { whole: false } } })).toBe('must be a number, like 12 or -0.5 (found a list)');
    expect(levelIssueText({ code: 'numberOutOfRange', params: { range: { min: 1, whole: true }, found: { kind: 'value', text: '0' } } })).toBe('must be a whole number of at least 1 (found 0)');
    expect(levelIssueText({ code: 'unknownKey', params: { key: 'costs', allowed: ['cost'], suggestion: 'cost' } })).toBe('unknown key "costs" (did you mean "cost"?)');
    expect(levelIssueText({ code: 'unknownKey', params: { key: 'zz', allowed: ['a', 'b'] } })).toBe('unknown key "zz": the keys allowed here are a, b');
  });
});

describe('the YAML slip finders', () => {
  it('find no misindented line and no unquoted colon in the shipped levels', () => {
    for (const file of shippedLevelFiles) {
      const text = readFileSync(file, 'utf8');
      expect(misindentedLines(text), file).toEqual([]);
    }
  });

  it('tell a text with a colon from keys and quoted texts', () => {
    expect(textWithColon('  en: The deal: part 2')).toBe('en');
    expect(textWithColon('    name: { en: Data: flows }')).toBe('en');
    expect(textWithColon('title: A: B # a comment')).toBe('title');
    expect(textWithColon('  en: "The deal: part 2"')).toBeUndefined();
    expect(textWithColon('    resource: { name: { en: "Money" }, start: 5, perRound: 2 }')).toBeUndefined();
    expect(textWithColon('  - id: tnc-lobby')).toBeUndefined();
    expect(textWithColon('  url: https://example.org/a')).toBeUndefined();
  });

  it('find the line indented off, with the column it should start at', () => {
    expect(misindentedLines('a:\n  b: 1\n   c: 2\n')).toEqual([{ line: 3, expectedColumn: 3 }]);
    expect(misindentedLines('a:\n  - x: 1\n    y: 2\n  z: 3\n')).toEqual([{ line: 4, expectedColumn: 5 }]);
    expect(misindentedLines('a:\n  b: 1\n c: 2\n')).toEqual([{ line: 3, expectedColumn: 1 }]);
    expect(misindentedLines('a: |\n  text\n    more\nb: [1,\n   2]\n')).toEqual([]);
  });
});

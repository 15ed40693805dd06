/**
 * One broken level per validator error: each file in test/fixtures/broken-levels is the minimal
 * level with one defect, and says in its first comments what the validator must report:
 *   # check: <the named check of semantics.ts it breaks> (for errors of meaning)
 *   # expect-count: <how many errors in all> (when the count matters: a cascade must not happen)
 *   # expect-path / expect-line / expect-code / expect-message (one block per expected error)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LEVEL_CHECKS } from '../../../src/engine/level/semantics.js';
import { formatPath, validateLevelText, type LevelError } from '../../../src/engine/level/validate.js';
import { levelErrorLine, levelIssueText } from '../../../src/protocol/level-words.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const brokenDir = join(root, 'test', 'fixtures', 'broken-levels');
/** The evidence ids the minimal level cites. */
const evidenceIds: ReadonlySet<string> = new Set(['fact-moratorium-1998', 'fact-revenue', 'fact-free-flow', 'fact-fta-coverage']);

interface Expectation {
  path: string;
  line: number;
  code: string;
  message: string;
}

interface Header {
  check?: string;
  count?: number;
  expectations: Expectation[];
}

function headerOf(text: string): Header {
  const header: Header = { expectations: [] };
  for (const line of text.split('\n')) {
    const m = /^#\s*(check|expect-count|expect-path|expect-line|expect-code|expect-message):\s?(.*)$/.exec(line);
    if (!m) continue;
    const [, key, raw = ''] = m;
    const value = raw.trim();
    if (key === 'check') header.check = value;
    else if (key === 'expect-count') header.count = Number(value);
    else if (key === 'expect-path') header.expectations.push({ path: value, line: 0, code: '', message: '' });
    else {
      const current = header.expectations[header.expectations.length - 1];
      if (!current) throw new Error('an expect block must start with expect-path');
      if (key === 'expect-line') current.line = Number(value);
      if (key === 'expect-code') current.code = value;
      if (key === 'expect-message') current.message = value;
    }
  }
  return header;
}

function errorsOf(text: string): LevelError[] {
  const result = validateLevelText(text, { evidenceIds });
  if (result.ok) throw new Error('expected errors, got a valid level');
  return result.errors;
}

const files = readdirSync(brokenDir).filter((f) => f.endsWith('.yaml')).sort();

describe('broken levels', () => {
  it('are at least forty', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(files)('%s is rejected with the expected errors', (file) => {
    const text = readFileSync(join(brokenDir, file), 'utf8');
    const { count, expectations } = headerOf(text);
    expect(expectations.length, 'the file must start with expect-path/line/message comments').toBeGreaterThan(0);
    const errors = errorsOf(text);
    const show = errors.map((e) => `${levelErrorLine(e)}  [${e.code}]`).join('\n');
    for (const e of expectations) {
      expect(e.line, `${file}: expect-line`).toBeGreaterThan(0);
      const found = errors.some(
        (err) => formatPath(err.path) === e.path && err.line === e.line && (e.code === '' || err.code === e.code) && levelIssueText(err).includes(e.message),
      );
      expect(found, `${file}: no error ${e.code} at ${e.path} line ${e.line} containing "${e.message}"; got:\n${show}`).toBe(true);
    }
    if (count !== undefined) expect(errors, `${file}: expected ${count} errors; got:\n${show}`).toHaveLength(count);
    // Every error is located inside the file, sorted by line, and worded from the catalog.
    const lines = text.split('\n').length;
    for (const err of errors) {
      expect(err.line).toBeGreaterThanOrEqual(1);
      expect(err.line).toBeLessThanOrEqual(lines);
      expect(err.column).toBeGreaterThanOrEqual(1);
      expect(levelIssueText(err)).not.toMatch(/\{\{|^issue\.|undefined/);
    }
    expect(errors.map((e) => e.line)).toEqual([...errors.map((e) => e.line)].sort((a, b) => a - b));
  });

  it('break every named check of a level meaning at least once', () => {
    const broken = new Set(files.map((file) => headerOf(readFileSync(join(brokenDir, file), 'utf8')).check).filter((c) => c !== undefined));
    const checks = LEVEL_CHECKS.map((check) => check.name);
    expect(checks.filter((name) => !broken.has(name)), 'checks without a broken level').toEqual([]);
    expect([...broken].filter((name) => !checks.includes(name as string)), 'fixtures naming no check').toEqual([]);
  });
});

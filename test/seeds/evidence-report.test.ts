import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citedFactIds, evidenceReport, formatEvidenceReport } from '../../src/engine/evidence/report.js';
import { parseEvidenceText } from '../../src/engine/evidence/load.js';
import { levelErrorLine, levelIssueText } from '../../src/protocol/level-words.js';
import { evidenceBase, repoRoot, shippedLevel, shippedLevelFiles } from '../shipped-levels.js';

const small = `
sources:
  - { id: a, title: A, author: A, year: 2020, kind: seed, type: civil-society, reference: a.txt }
  - { id: b, title: B, author: B, year: 2023, kind: public-record, type: official-research, reference: "OECD paper" }
themes:
  t: "a theme"
facts:
  - { id: f1, source: a, locator: "line 1", side: sceptical, themes: [t], text: { en: "First fact, long enough to read." } }
  - { id: f2, source: b, locator: "section 2", side: proponent, themes: [t], text: { en: "Second fact, long enough to read." } }
  - { id: f3, source: b, locator: "section 3", side: proponent, themes: [t], text: { en: "Third fact, long enough to read." } }
  - { id: old, source: a, locator: "line 9", side: sceptical, themes: [t], text: { en: "A misreading, kept so old levels validate." }, supersededBy: f1 }
`;

function parsedSmall() {
  const result = parseEvidenceText(small);
  if (!result.ok) throw new Error(result.errors.map((e) => levelErrorLine(e)).join('\n'));
  return result.base;
}

describe('the evidence report', () => {
  it('finds cited ids at any depth of a level, and only in evidence lists of strings', () => {
    const level = { evidence: ['f1'], cards: [{ id: 'x', evidence: ['f2', 3] }], impact: { coefficients: [{ evidence: ['f1'] }] }, text: { evidence: 'not-a-list' } };
    expect([...citedFactIds(level)].sort()).toEqual(['f1', 'f2']);
  });

  it('counts facts in force by side and by source type, lists the unused ones, and flags levels citing a retired fact', () => {
    const report = evidenceReport(parsedSmall(), [
      { id: 'one', data: { cards: [{ evidence: ['f1', 'old'] }] } },
      { id: 'two', data: { evidence: ['f2'] } },
    ]);
    expect(report.facts).toBe(4);
    expect(report.current).toBe(3);
    expect(report.retired).toEqual(['old']);
    expect(report.bySide).toMatchObject({ sceptical: 1, proponent: 2, 'third-way': 0, record: 0, unclassified: 0 });
    expect(report.bySourceType).toMatchObject({ 'civil-society': 1, 'official-research': 2 });
    expect(report.bySourceKind).toEqual({ seed: 1, 'public-record': 2 });
    expect(report.sideByType.proponent).toEqual({ 'official-research': 2 });
    expect(report.unused).toEqual(['f3']);
    expect(report.citedByLevel).toEqual({ one: 2, two: 1 });
    expect(report.retiredCited).toEqual([{ level: 'one', fact: 'old', replacement: 'f1' }]);
    const text = formatEvidenceReport(report);
    expect(text).toMatch(/proponent\s+2\s+67%/);
    expect(text).toMatch(/Facts no level cites \(1\)\n {2}f3/);
    expect(text).toMatch(/one: old → f1/);
  });

  it('counts a fact without a side or a source without a type as unclassified', () => {
    const result = parseEvidenceText(small.replace('side: sceptical, themes: [t], text: { en: "First', 'themes: [t], text: { en: "First').replace('type: official-research, ', ''));
    if (!result.ok) throw new Error(result.errors.map((e) => levelErrorLine(e)).join('\n'));
    const report = evidenceReport(result.base, []);
    expect(report.bySide.unclassified).toBe(1);
    expect(report.bySourceType.unclassified).toBe(2);
  });

  it('rejects a replacement that does not exist or is the fact itself', () => {
    for (const [target, message] of [['nowhere', /fact "nowhere" is not defined \(named as the replacement of "old"\)/], ['old', /cannot replace itself/]] as const) {
      const result = parseEvidenceText(small.replace('supersededBy: f1', `supersededBy: ${target}`));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((e) => levelIssueText(e)).join('\n')).toMatch(message);
    }
  });
});

// The command-line runs start tsx each time: slow on a loaded machine.
describe('the shipped evidence base, as the report sees it', { timeout: 120_000 }, () => {
  it('classifies every source by type and every fact by side', () => {
    const { base } = evidenceBase();
    for (const source of base.sources) expect(source.type, source.id).toBeDefined();
    for (const fact of base.facts) expect(fact.side, fact.id).toBeDefined();
  });

  it('no shipped level cites a retired fact, and every side has a case from outside the two seeds', () => {
    const { base } = evidenceBase();
    const report = evidenceReport(
      base,
      shippedLevelFiles.map((f) => ({ id: f, data: shippedLevel(f).level })),
    );
    expect(report.retiredCited).toEqual([]);
    const seeds = new Set(base.sources.filter((s) => s.kind === 'seed').map((s) => s.id));
    for (const side of ['sceptical', 'proponent'] as const) {
      const outside = base.facts.filter((f) => f.side === side && f.supersededBy === undefined && !seeds.has(f.source));
      expect(outside.length, side).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('npm run evidence:report', () => {
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(repoRoot, 'scripts/evidence-report.ts'), ...args], { cwd: repoRoot, encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('prints the counts and the unused facts for the shipped levels, or one JSON object', () => {
    const text = run();
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/By the side whose case the fact supports/);
    expect(text.stdout).toMatch(/Facts no level cites/);
    const json = JSON.parse(run('--json').stdout);
    const { base } = evidenceBase();
    expect(json.facts).toBe(base.facts.length);
    expect(Object.values(json.bySide as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(json.current);
    expect(Object.keys(json.citedByLevel).length).toBe(shippedLevelFiles.length);
  });

  it('reads only the level files it is given, and answers a bad argument with exit code 2', () => {
    const one = JSON.parse(run('--json', 'levels/tutorial.yaml').stdout);
    expect(Object.keys(one.citedByLevel)).toEqual(['tutorial']);
    expect(run('--bogus').code).toBe(2);
    expect(run('no/such/level.yaml').code).toBe(2);
  });
});

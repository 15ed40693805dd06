import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseEvidenceText } from '../../../src/engine/evidence/load.js';
import { MAX_PACKAGES } from '../../../src/engine/level/semantics.js';
import { formatPath, validateLevelData, validateLevelText, type LevelError, type LevelIssue } from '../../../src/engine/level/validate.js';
import { levelErrorLine, levelIssueText, levelSummaryText } from '../../../src/protocol/level-words.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const fixtures = join(root, 'test', 'fixtures');
const minimalFile = join(fixtures, 'levels', 'minimal.yaml');
const evidenceFile = join(fixtures, 'evidence', 'minimal.yaml');
const minimal = readFileSync(minimalFile, 'utf8');

/** The evidence ids the minimal level cites. */
const evidenceIds: ReadonlySet<string> = new Set(['fact-moratorium-1998', 'fact-revenue', 'fact-free-flow', 'fact-fta-coverage']);

/** The minimal level with each `old` (which must occur exactly once) replaced by `new`. */
function edit(...changes: [string, string][]): string {
  let text = minimal;
  for (const [from, to] of changes) {
    expect(text.split(from).length - 1, `"${from}" must occur once in minimal.yaml`).toBe(1);
    text = text.replace(from, to);
  }
  return text;
}

function errorsOf(text: string, ids: ReadonlySet<string> | undefined = evidenceIds): LevelError[] {
  const result = validateLevelText(text, { evidenceIds: ids });
  if (result.ok) throw new Error(`expected errors, got a valid level: ${levelSummaryText(result.level)}`);
  return result.errors;
}

const show = (errors: readonly LevelError[]): string => errors.map((e) => levelErrorLine(e)).join('\n');
/** An error's path and words, as the command line prints them. */
const pathOf = (e: { path: (string | number)[] }): string => formatPath(e.path);
const textOf = levelIssueText;
const words = (e: LevelIssue | undefined): string | undefined => (e ? textOf(e) : undefined);

describe('the minimal level', () => {
  it('is valid and summarised on one line', () => {
    const result = validateLevelText(minimal, { evidenceIds, fileName: 'minimal.yaml' });
    if (!result.ok) throw new Error(show(result.errors));
    expect(result.level.roles.map((r) => r.id)).toEqual(['developing', 'tnc-lobby', 'civil-society']);
    expect(result.level.roles[1]?.playable).toBe(true); // a default was applied
    expect(levelSummaryText(result.level)).not.toContain('\n');
    for (const part of ['"A minimal ministerial"', 'en', '3 roles (1 voter)', '2 issues (9 packages)', '4 cards', '3 events', '3 rounds', 'consensus']) {
      expect(levelSummaryText(result.level)).toContain(part);
    }
  });

  it('is valid as a JSON file too', () => {
    const json = JSON.stringify(parse(minimal), null, 2);
    const result = validateLevelText(json, { evidenceIds });
    expect(result.ok).toBe(true);
    const broken = json.replace('"handSize": 2', '"handsize": 2');
    const errors = errorsOf(broken);
    const unknown = errors.find((e) => pathOf(e) === 'roles[0].handsize');
    expect((unknown && textOf(unknown))).toContain('did you mean "handSize"?');
    expect(unknown?.line).toBe(broken.split('\n').findIndex((l) => l.includes('"handsize"')) + 1);
  });

  it('is valid as data (no lines), and data errors carry paths', () => {
    const data = parse(minimal) as { roles: { values: Record<string, number[]> }[] };
    expect(validateLevelData(data, { evidenceIds }).ok).toBe(true);
    (data.roles[0] as { values: Record<string, number[]> }).values.moratorium = [1, 2];
    const result = validateLevelData(data, { evidenceIds });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([{ path: ['roles', 0, 'values', 'moratorium'], code: 'wrongValueCount', params: { role: 'developing', issue: 'moratorium', points: 2, options: 3 } }]);
      expect(textOf(result.errors[0] as LevelIssue)).toContain('has 2 points for issue "moratorium" but the issue has 3 options');
    }
  });

  it('needs no evidence base, but reports an id missing from one', () => {
    expect(validateLevelText(minimal).ok).toBe(true);
    const errors = errorsOf(minimal, new Set([...evidenceIds].filter((id) => id !== 'fact-free-flow')));
    expect(errors.map((e) => pathOf(e))).toEqual(['issues[1].options[2].evidence[0]', 'impact.coefficients[2].evidence[0]']);
    expect((errors[0] && textOf(errors[0]))).toBe('evidence "fact-free-flow" is not in the evidence base (seeds/evidence.yaml)');
    expect(errors[0]?.line).toBe(minimal.split('\n').findIndex((l) => l.includes('evidence: [fact-free-flow]')) + 1);
  });

  it('cites only facts of the test evidence base', () => {
    const evidence = parseEvidenceText(readFileSync(evidenceFile, 'utf8'));
    if (!evidence.ok) throw new Error(evidence.errors.join('\n'));
    expect([...evidence.ids].sort()).toEqual([...evidenceIds].sort());
  });
});

describe('several defects at once', () => {
  it('reports every shape error, not just the first', () => {
    const errors = errorsOf(
      edit(
        ['year: 2017', 'year: "2017"'],
        ['kind: lobby\n', 'kind: lobbyist\n'],
        ['    cost: 3\n', '    cost: -1\n'],
        ['  turnSeconds: 60\n', '  turnSeconds: 60\n  turnsecond: 30\n'],
        ['    objectives: { en: "Keep the right to regulate data." }\n', ''],
        ['      - { kind: reveal }', '      - { kind: peek }'],
      ),
    );
    const at = (path: string) => words(errors.find((e) => pathOf(e) === path));
    expect(at('year')).toBe('must be a whole number between 1990 and 2100 (found "2017")');
    expect(at('roles[1].kind')).toContain('"lobbyist" is not allowed here: choose one of "delegation", "lobby", "civil-society"');
    expect(at('cards[1].cost')).toBe('must be a whole number between 0 and 20 (found -1)');
    expect(at('rounds.turnsecond')).toBe('unknown key "turnsecond" (did you mean "turnSeconds"?)');
    expect(at('roles[2].objectives')).toContain('"objectives" is missing');
    expect(at('cards[3].effects[0].kind')).toContain('"peek" is not a known kind: choose one of "resource", "shiftValue"');
    expect(errors).toHaveLength(6);
  });

  it('reports every meaning error, not just the first', () => {
    const errors = errorsOf(
      edit(
        ['    deck: [leak, revenue-study]\n', '    deck: [leak, revenue-studdy]\n'],
        ['  voters: [developing]\n', '  voters: [developing, ldc-group]\n'],
        ['      moratorium: [0, 20, 40]\n', '      moratorium: [0, 20]\n'],
        ['  turnOrder: [tnc-lobby, civil-society, developing]\n', '  turnOrder: [tnc-lobby, developing, developing]\n'],
        ['    evidence: [fact-revenue]\n', '    evidence: [fact-revenu]\n'],
        ['{ kind: resource, who: all, amount: 2 }', '{ kind: resource, who: target, amount: 2 }'],
        ['      start: 100\n      min: 0\n      max: 200\n', '      start: 100\n      min: 200\n      max: 0\n'],
        ['    developing: { en: "Your vote was your leverage." }\n', '    developing: { en: "Your vote was your leverage.", fr: "Votre voix." }\n    g77: { en: "x" }\n'],
      ),
    );
    const paths = errors.map((e) => pathOf(e));
    expect(paths).toEqual([
      'roles[1].values.moratorium',
      'roles[2].deck[1]',
      'cards[0].evidence[0]',
      'events[2].effects[0].who',
      'rounds.turnOrder',
      'rounds.turnOrder[2]',
      'decision.voters[1]',
      'impact.indicators[0].max',
      'debrief.perRole.developing.fr',
      'debrief.perRole.g77',
    ]);
    expect(words(errors.find((e) => pathOf(e) === 'rounds.turnOrder'))).toContain('role "civil-society" is missing from the turn order');
    expect(words(errors.find((e) => pathOf(e) === 'rounds.turnOrder[2]'))).toContain('listed twice');
  });

  it('keeps checking the shape after a duplicate key', () => {
    const errors = errorsOf(edit(['year: 2017\n', 'year: 2017\nyear: 2018\nyeer: 2019\n']));
    expect(errors.map((e) => textOf(e))).toEqual([
      'the key "year" appears twice in the same place (first at line 7); only one is allowed: remove or rename one',
      'unknown key "yeer" (did you mean "year"?)',
    ]);
    expect(errors.map((e) => e.line)).toEqual([8, 9]);
  });
});

describe('other rules', () => {
  it('reports an empty file and a file that is not a mapping', () => {
    expect(words(errorsOf('')[0])).toContain('the file is empty');
    expect(words(errorsOf('# only a comment\n')[0])).toContain('the file is empty');
    expect(words(errorsOf('- a\n- b\n')[0])).toContain('must be a group of "key: value" entries');
  });

  it('reports tabs and unclosed quotes as syntax errors at their line', () => {
    const tab = errorsOf(edit(['  count: 3\n', '\tcount: 3\n']));
    expect(words(tab[0])).toContain('indent with spaces');
    expect(tab[0]?.line).toBe(minimal.split('\n').indexOf('  count: 3') + 1);
  });

  it('rejects more packages than the engine can enumerate', () => {
    const data = parse(minimal) as Record<string, unknown> & { issues: unknown[]; roles: { values: Record<string, number[]> }[]; noDeal: { start: Record<string, number> } };
    const template = data.issues[1] as { id: string; options: unknown[] };
    for (let k = 0; k < 6; k++) {
      const id = `extra-${k}`;
      data.issues.push({ ...template, id, options: [...template.options, template.options[0], template.options[0], template.options[0]] });
      for (const role of data.roles) role.values[id] = [0, 1, 2, 3, 4, 5];
      data.noDeal.start[id] = 0;
    }
    const result = validateLevelData(data, { evidenceIds });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => textOf(e))).toEqual([expect.stringContaining(`at most ${MAX_PACKAGES} are supported`)]);
  });

  it('checks needsTarget both ways, the decision rule, playable roles and event triggers', () => {
    const errors = errorsOf(
      edit(
        ['    cost: 3\n    needsTarget: true\n', '    cost: 3\n'],
        ['    cost: 1\n    effects:\n      - { kind: unlockOption', '    cost: 1\n    needsTarget: true\n    effects:\n      - { kind: unlockOption'],
        ['  rule: consensus\n', '  rule: plurilateral\n  minSignatories: 2\n'],
        ['    playable: true\n', '    playable: false\n'],
        ['    kind: lobby\n', '    kind: lobby\n    playable: false\n'],
        ['    kind: civil-society\n', '    kind: civil-society\n    playable: false\n'],
        ['    trigger: facilitator\n', '    trigger: facilitator\n    chance: 0.5\n'],
        ['    votes: false\n    brief: { en: "Wants privacy', '    votes: true\n    brief: { en: "Wants privacy'],
      ),
    );
    const messages = errors.map((e) => `${pathOf(e)}: ${textOf(e)}`);
    expect(messages).toEqual([
      expect.stringMatching(/^roles: no role has "playable: true"/),
      expect.stringMatching(/^roles\[2\]\.votes: role "civil-society" has votes: true but is not listed in decision.voters/),
      expect.stringMatching(/^cards\[1\]: card "data-centre-offer" acts on a target/),
      expect.stringMatching(/^cards\[2\]\.needsTarget: card "review-clause" says needsTarget: true but none of its effects uses the target/),
      expect.stringMatching(/^events\[2\]\.chance: event "deadline" is injected by the facilitator/),
      expect.stringMatching(/^decision\.minSignatories: minSignatories is 2 but decision.voters lists only 1 role$/),
    ]);
  });

  it('formats paths like roles[1].values.moratorium[2]', () => {
    expect(formatPath(['roles', 1, 'values', 'moratorium', 2])).toBe('roles[1].values.moratorium[2]');
    expect(formatPath([])).toBe('(top level)');
    expect(formatPath(['debrief', 'perRole', 'a key'])).toBe('debrief.perRole["a key"]');
  });
});

describe('the evidence loader', () => {
  it('loads the shipped evidence base', () => {
    const result = parseEvidenceText(readFileSync(join(root, 'seeds', 'evidence.yaml'), 'utf8'));
    if (!result.ok) throw new Error(show(result.errors));
    expect(result.ids.size).toBe(result.base.facts.length);
  });

  it('reports duplicate ids and unresolved sources, themes and contested facts', () => {
    const text = readFileSync(evidenceFile, 'utf8')
      .replace('  - id: fact-revenue\n    source: test-source', '  - id: fact-moratorium-1998\n    source: test-sourze')
      .replace('themes: [data]\n    text: { en: "A placeholder fact about free-trade', 'themes: [ftas]\n    text: { en: "A placeholder fact about free-trade')
      .replace('contests: [fact-fta-coverage]', 'contests: [fact-nowhere]');
    const result = parseEvidenceText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => levelErrorLine(e))).toEqual([
        expect.stringMatching(/^19:9 {2}facts\[1\]\.id {2}there is already a fact with id "fact-moratorium-1998" \(fact number 1 in the list\)/),
        expect.stringMatching(/^20:13 {2}facts\[1\]\.source {2}source "test-sourze" is not defined/),
        expect.stringMatching(/facts\[2\]\.contests\[0\] {2}fact "fact-nowhere" is not defined/),
        expect.stringMatching(/facts\[3\]\.themes\[0\] {2}theme "ftas" is not defined/),
      ]);
    }
  });

  it('reports shape errors and unknown keys in plain words', () => {
    const result = parseEvidenceText('sources: []\nthemes: {}\nfacts:\n  - id: x\n    sourse: y\n');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const lines = result.errors.map((e) => levelErrorLine(e));
      expect(lines.some((e) => e.includes('sources') && e.includes('must not be an empty list'))).toBe(true);
      expect(lines.some((e) => e.includes('unknown key "sourse" (did you mean "source"?)'))).toBe(true);
    }
  });
});

describe('command-line tools', () => {
  const run = promisify(execFile);
  type Run = { code: number; stdout: string; stderr: string };
  const tsx = async (script: string, args: string[]): Promise<Run> => {
    try {
      const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', join(root, 'scripts', script), ...args], { cwd: root });
      return { code: 0, stdout, stderr };
    } catch (e) {
      const err = e as { code?: number; stdout?: string; stderr?: string };
      return { code: typeof err.code === 'number' ? err.code : -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
    }
  };
  const evidence = ['--evidence', 'test/fixtures/evidence/minimal.yaml'];
  const broken = 'test/fixtures/broken-levels/wrong-number-of-values.yaml';
  const slip = 'test/fixtures/broken-levels/indentation-slip.yaml';
  let runs: Record<'good' | 'broken' | 'slip' | 'none' | 'flag' | 'missing' | 'schema', Run>;

  beforeAll(async () => {
    // Each run starts Node and tsx (about a second): start them all at once.
    const [good, bad, slipped, none, flag, missing, schema] = await Promise.all([
      tsx('level-validate.ts', [...evidence, 'test/fixtures/levels/minimal.yaml']),
      tsx('level-validate.ts', [...evidence, broken]),
      tsx('level-validate.ts', [...evidence, slip]),
      tsx('level-validate.ts', []),
      tsx('level-validate.ts', ['--strict', 'test/fixtures/levels/minimal.yaml']),
      tsx('level-validate.ts', ['test/fixtures/levels/no-such-level.yaml']),
      tsx('level-schema.ts', ['--check']),
    ]);
    runs = { good: good as Run, broken: bad as Run, slip: slipped as Run, none: none as Run, flag: flag as Run, missing: missing as Run, schema: schema as Run };
  });

  it('level:validate prints one summary line and exits 0 for a good level', () => {
    expect(runs.good.code).toBe(0);
    const lines = runs.good.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^✔ test\/fixtures\/levels\/minimal\.yaml: "A minimal ministerial"/);
  });

  it('level:validate prints located errors and exits 1 for a broken level', () => {
    expect(runs.broken.code).toBe(1);
    const lines = runs.broken.stdout.trim().split('\n');
    expect(lines[0]).toBe(`✘ ${broken}: 1 error`);
    expect(lines[1]).toBe(`  ${broken}:42:7  roles[1].values.moratorium  role "tnc-lobby" has 4 points for issue "moratorium" but the issue has 3 options`);
  });

  it('level:validate gives an indentation slip as one error at the line that is wrong', () => {
    expect(runs.slip.code).toBe(1);
    expect(runs.slip.stdout.trim().split('\n')).toEqual([
      `✘ ${slip}: 1 error`,
      `  ${slip}:36:3  roles[1].votes  this line is not indented like the lines around it (it should start in column 5): entries at the same level must start in the same column (the file is checked no further until it is fixed)`,
    ]);
  });

  it('level:validate exits 2 with a usage message without a file, on an unknown flag or a missing file', () => {
    expect(runs.none.code).toBe(2);
    expect(runs.none.stderr).toContain('usage: npm run level:validate');
    expect(runs.flag.code).toBe(2);
    expect(runs.flag.stderr).toContain('unknown option "--strict"');
    expect(runs.missing.code).toBe(2);
    expect(runs.missing.stderr).toContain('file not found: test/fixtures/levels/no-such-level.yaml');
    expect(runs.missing.stdout).toBe('');
  });

  it('level:schema --check finds levels/level.schema.json up to date', () => {
    expect(runs.schema.stderr.replace(/npm warn.*\n/g, '')).toBe('');
    expect(runs.schema.code).toBe(0);
  });
});

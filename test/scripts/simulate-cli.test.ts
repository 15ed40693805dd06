import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../shipped-levels.js';

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', resolve(repoRoot, 'scripts/simulate.ts'), ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run simulate', () => {
  it('prints one JSON object with the documented fields, the same for the same seed', () => {
    const a = run('--level', 'levels/tutorial.yaml', '--games', '40', '--seed', '9', '--json');
    expect(a.code, a.stderr).toBe(0);
    const report = JSON.parse(a.stdout);
    for (const key of ['level', 'games', 'seed', 'agreementRate', 'winRates', 'meanScoreVsNoDeal', 'meanParetoDistance', 'gamesPerSecond']) expect(report).toHaveProperty(key);
    expect(report.level).toBe('tutorial');
    expect(report.games).toBe(40);
    expect(report.seed).toBe(9);
    const b = JSON.parse(run('--level', 'levels/tutorial.yaml', '--games', '40', '--seed', '9', '--json').stdout);
    expect({ ...b, gamesPerSecond: 0 }).toEqual({ ...report, gamesPerSecond: 0 });
  });

  it('prints a readable table without --json', () => {
    const out = run('--level', 'levels/tutorial.yaml', '--games', '20');
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/Agreement rate/);
    expect(out.stdout).toMatch(/developing/);
  });

  it('answers bad flags with a usage message and exit code 2', () => {
    for (const args of [[], ['--level'], ['--level', 'levels/tutorial.yaml', '--games', 'many'], ['--level', 'levels/tutorial.yaml', '--bogus'], ['--level', 'levels/tutorial.yaml', '--strategies', 'psychic'], ['--level', 'no/such/file.yaml']]) {
      const out = run(...args);
      expect(out.code, args.join(' ')).toBe(2);
      expect(out.stderr).toMatch(/Usage: npm run simulate/);
    }
  });

  it('refuses an invalid level with its located errors and exit code 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'id: bad\ntitle: { en: "x" }\n');
    const out = run('--level', file, '--games', '5');
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/bad\.yaml:\d+:\d+/);
  });
});

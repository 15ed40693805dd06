import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../shipped-levels.js';

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', resolve(repoRoot, 'scripts/simulate.ts'), ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run simulate: band, packages, unplayed cards, hints', () => {
  it('flags a role pushed out of the 20–50% band, and lists the agreed packages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-hints-'));
    const file = join(dir, 'lopsided.yaml');
    // The developing delegation's no deal made very costly: it signs anything and others take the gains.
    const tutorial = readFileSync(resolve(repoRoot, 'levels/tutorial.yaml'), 'utf8');
    // The first role's adjustment (the developing delegation's), whatever the shipped level sets it to.
    const lopsided = tutorial.replace(/noDealAdjustment: -?\d+/, 'noDealAdjustment: -80');
    expect(lopsided).not.toBe(tutorial);
    writeFileSync(file, lopsided);
    const out = run('--level', file, '--games', '60', '--seed', '4');
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/Outside the 20–50% band: .*\(\d+\.\d%\)/);
    expect(out.stdout).toMatch(/(BELOW|ABOVE) the 20–50% band/);
    expect(out.stdout).toMatch(/Agreed package \(issue=option\)/);
  });

  it('prints the studio\'s hints with --hints, and puts them in the JSON', () => {
    const out = run('--level', 'levels/tutorial.yaml', '--games', '40', '--seed', '2', '--hints', '--json');
    expect(out.code, out.stderr).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(report.hints).toHaveLength(8);
    expect(report.hints[0].text).toMatch(/^raising developing's no-deal adjustment by 2 /);
    expect(Array.isArray(report.agreedPackages)).toBe(true);
    expect(Array.isArray(report.unplayedCards)).toBe(true);
    const table = run('--level', 'levels/tutorial.yaml', '--games', '40', '--seed', '2', '--hints');
    expect(table.stdout).toContain('Hints (sensitivity run):');
  });
});

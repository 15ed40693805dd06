/**
 * The level validator's command line in the three languages: `--lang`, the LANG environment
 * variable as its default, and a clear usage error (exit 2) for a language the game does not have.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

interface Run { code: number; stdout: string; stderr: string }

async function validate(args: string[], env: Record<string, string> = {}): Promise<Run> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/level-validate.ts', ...args], { cwd: root, env: { ...process.env, LANG: 'C.UTF-8', ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// The fixture cites facts the shipped evidence base does not have: errors to word.
const FILE = 'test/fixtures/levels/minimal.yaml';

describe('level:validate --lang', () => {
  it('words the errors in French, in Spanish, and by default in English', async () => {
    const [fr, es, en, fromEnv] = await Promise.all([validate(['--lang', 'fr', FILE]), validate(['--lang=es', FILE]), validate([FILE]), validate([FILE], { LANG: 'es_CO.UTF-8' })]);
    expect(fr.code).toBe(1);
    expect(fr.stdout).toMatch(/8 erreurs/);
    expect(fr.stdout).toContain('ne figure pas dans la base de données probantes');
    expect(es.stdout).toMatch(/8 errores/);
    expect(es.stdout).toContain('no está en la base de evidencia');
    expect(en.stdout).toMatch(/8 errors/);
    expect(en.stdout).toContain('is not in the evidence base');
    expect(fromEnv.stdout).toBe(es.stdout);
  }, 60_000);

  it('refuses a language the game does not have, with exit 2 and the choices', async () => {
    const bad = await validate(['--lang', 'de', FILE]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lang must be one of en, fr, es (found "de")');
    expect(bad.stdout).toBe('');
  }, 60_000);
});

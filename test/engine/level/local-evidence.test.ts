/**
 * A level's own evidence file: facts cited from it pass, an id in neither base is named with both
 * bases searched, a declared file that is not given is an error at its line, and a local fact may
 * not take a shared fact's id. Also the server's levels folder and the CLI read it beside the level.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvidenceText } from '../../../src/engine/evidence/load.js';
import { declaredLocalEvidence, readLocalEvidence } from '../../../src/engine/level/local-evidence.js';
import { validateLevelText } from '../../../src/engine/level/validate.js';
import { levelIssueText } from '../../../src/protocol/level-words.js';
import { LevelLibrary } from '../../../src/server/levels.js';

const shared = parseEvidenceText(readFileSync('seeds/evidence.yaml', 'utf8'));
if (!shared.ok) throw new Error('the shared evidence base does not load');
const sharedIds = shared.ids;
const localText = readFileSync('test/fixtures/local-evidence/our-class.evidence.yaml', 'utf8');
const level = readFileSync('levels/tutorial.yaml', 'utf8')
  .replace(/^id: tutorial$/m, 'id: our-class\nlocalEvidence: our-class.evidence.yaml')
  .replace('evidence: [localisation-dual-rationale]', 'evidence: [localisation-dual-rationale, our-class-online-exporters]');
const line = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('local evidence', () => {
  const local = readLocalEvidence(localText, 'our-class.evidence.yaml', sharedIds);

  it('reads the file a level names, and its facts', () => {
    expect(declaredLocalEvidence(level)).toBe('our-class.evidence.yaml');
    expect(declaredLocalEvidence('id: x\n# localEvidence: no.yaml\n')).toBeUndefined();
    expect(local).toMatchObject({ ok: true, source: 'our-class.evidence.yaml' });
  });

  it('lets a level cite its own facts beside the shared ones', () => {
    if (!local.ok) throw new Error('fixture');
    expect(validateLevelText(level, { evidenceIds: sharedIds, localEvidence: local }).ok).toBe(true);
  });

  it('names both bases when an id is in neither', () => {
    if (!local.ok) throw new Error('fixture');
    const wrong = level.replace('our-class-online-exporters]', 'our-class-online-exporter]');
    const result = validateLevelText(wrong, { evidenceIds: sharedIds, localEvidence: local });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    const e = result.errors[0] as (typeof result.errors)[number];
    expect(e).toMatchObject({ code: 'unknownEvidence', line: line(wrong, 'our-class-online-exporter]') });
    expect(levelIssueText(e)).toBe('evidence "our-class-online-exporter" is not in the evidence base (seeds/evidence.yaml or our-class.evidence.yaml) (did you mean "our-class-online-exporters"?)');
    // Without a local file only the shared base is searched, and named.
    const plain = validateLevelText(readFileSync('levels/tutorial.yaml', 'utf8').replace('[localisation-dual-rationale]', '[our-class-online-exporters]'), { evidenceIds: sharedIds });
    expect(plain.ok ? '' : levelIssueText(plain.errors[0] as never)).toBe('evidence "our-class-online-exporters" is not in the evidence base (seeds/evidence.yaml)');
  });

  it('says when the declared file was not given, at its line', () => {
    const result = validateLevelText(level, { evidenceIds: sharedIds });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const e = result.errors.find((x) => x.code === 'localEvidenceNotGiven');
    expect(e).toMatchObject({ line: line(level, 'localEvidence:'), params: { file: 'our-class.evidence.yaml' } });
  });

  it('refuses a local fact that takes a shared id', () => {
    const taken = localText.replace('id: our-class-online-exporters', 'id: localisation-dual-rationale');
    const result = readLocalEvidence(taken, 'our-class.evidence.yaml', sharedIds);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([expect.objectContaining({ code: 'localFactIsShared', line: line(taken, 'id: localisation-dual-rationale'), column: 9 })]);
    expect(levelIssueText(result.errors[0] as never)).toContain('already in the shared evidence base (seeds/evidence.yaml)');
  });

  it('is read beside the level by the server and the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ministerial-local-evidence-'));
    writeFileSync(join(dir, 'our-class.yaml'), level);
    copyFileSync('test/fixtures/local-evidence/our-class.evidence.yaml', join(dir, 'our-class.evidence.yaml'));
    const logged: string[] = [];
    const library = new LevelLibrary(dir, 'seeds/evidence.yaml', (l) => logged.push(l));
    expect(library.list().map((l) => l.id)).toEqual(['our-class']);
    expect(library.problems()).toEqual([]);
    // The file's facts travel with the level, for the debrief to show with their sources.
    expect(library.get('our-class')?.level.ownEvidence?.facts.map((f) => f.id)).toEqual(['our-class-online-exporters']);
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/level-validate.ts', join(dir, 'our-class.yaml')], { encoding: 'utf8' });
    expect(out).toMatch(/^✔ /);
    writeFileSync(join(dir, 'our-class.yaml'), level.replace('our-class-online-exporters]', 'nowhere-fact]'));
    let failed = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/level-validate.ts', join(dir, 'our-class.yaml')], { encoding: 'utf8' });
    } catch (error) {
      failed = String((error as { stdout: string }).stdout);
    }
    expect(failed).toContain(`is not in the evidence base (seeds/evidence.yaml or ${join(dir, 'our-class.evidence.yaml')})`);
  }, 60_000);
});

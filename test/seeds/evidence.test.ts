import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvidenceText } from '../../src/engine/evidence/load.js';
import { levelErrorLine } from '../../src/protocol/level-words.js';
import { evidenceBase, repoRoot } from '../shipped-levels.js';

describe('the evidence base', () => {
  it('parses, with unique ids and every source resolving', () => {
    const { base, ids } = evidenceBase();
    expect(ids.size).toBe(base.facts.length);
    expect(base.facts.length).toBeGreaterThan(60);
  });

  it('draws on both seed documents, and every fact names where in its source it comes from', () => {
    const { base } = evidenceBase();
    const seeds = base.sources.filter((s) => s.kind === 'seed').map((s) => s.id);
    expect(seeds.length).toBe(2);
    for (const seed of seeds) expect(base.facts.filter((f) => f.source === seed).length).toBeGreaterThan(15);
    for (const fact of base.facts) {
      expect(fact.locator.length, fact.id).toBeGreaterThan(3);
      expect(fact.text.en?.length ?? 0, fact.id).toBeGreaterThan(20);
    }
  });

  it('covers every declared theme, and disputes run both ways', () => {
    const { base, ids } = evidenceBase();
    const used = new Set(base.facts.flatMap((f) => f.themes));
    for (const theme of Object.keys(base.themes)) expect(used.has(theme), theme).toBe(true);
    const byId = new Map(base.facts.map((f) => [f.id, f]));
    for (const fact of base.facts) {
      for (const other of fact.contests) {
        expect(ids.has(other), `${fact.id} contests ${other}`).toBe(true);
        expect(byId.get(other)?.contests, `${other} should contest ${fact.id} too`).toContain(fact.id);
      }
    }
  });

  it('rejects a broken evidence file with located errors', () => {
    const text = readFileSync(resolve(repoRoot, 'seeds/evidence.yaml'), 'utf8');
    const broken = text.replace(/source: gehl-sampath-2017/, 'source: no-such-source');
    const result = parseEvidenceText(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.code)).toContain('undefinedSource');
      expect(result.errors.map((e) => levelErrorLine(e)).join('\n')).toMatch(/^\d+:\d+ {2}facts\[\d+\]\.source {2}source "no-such-source" is not defined/m);
    }
  });
});

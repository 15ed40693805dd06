import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog, parseLevel } from '../../src/client/level/catalog.js';
import { parseLevel as parseHere } from '../../src/client/level/parse.js';
import { parseEvidenceText } from '../../src/engine/evidence/load.js';
import { compileLevel } from '../../src/engine/level/model.js';

describe('level catalog (what the browser loads)', () => {
  it('validates every shipped level against the evidence base, tutorial first', async () => {
    const catalog = await loadCatalog();
    expect(catalog.evidenceErrors).toEqual([]);
    expect(catalog.levels.map((l) => l.id)).toEqual(['tutorial', 'buenos-aires-2017', 'abu-dhabi-2024', 'jsi-coalitions-7', 'mc14-2026']);
    for (const entry of catalog.levels) expect(entry.ok ? [] : entry.errors).toEqual([]);
  });

  it('hands the browser the same levels, models and evidence as validating the YAML there would', async () => {
    const catalog = await loadCatalog();
    const evidence = parseEvidenceText(readFileSync(new URL('../../seeds/evidence.yaml', import.meta.url), 'utf8'));
    expect(evidence.ok).toBe(true);
    if (!evidence.ok) return;
    expect(catalog.evidence).toEqual(evidence.base);
    const names = readdirSync(new URL('../../levels/', import.meta.url)).filter((f) => f.endsWith('.yaml'));
    expect(catalog.levels).toHaveLength(names.length);
    for (const name of names) {
      const here = parseHere(`/levels/${name}`, readFileSync(new URL(`../../levels/${name}`, import.meta.url), 'utf8'), evidence.ids);
      const shipped = catalog.levels.find((l) => l.file === `/levels/${name}`);
      expect(shipped?.ok, name).toBe(true);
      if (!here.ok || !shipped?.ok) continue;
      expect(shipped.level).toEqual(here.level);
      expect(shipped.model).toEqual(compileLevel(here.level));
    }
  });

  it('keeps a broken level as a list of readable errors with their place in the file', async () => {
    const text = readFileSync(new URL('../fixtures/broken-levels/deck-unknown-card.yaml', import.meta.url), 'utf8');
    const entry = await parseLevel('/levels/broken.yaml', text, undefined);
    expect(entry.ok).toBe(false);
    if (entry.ok) return;
    expect(entry.id).toBe('broken');
    expect(entry.errors[0]).toMatch(/^\d+:\d+ {2}\S+ {2}.+/);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog, parseLevel } from '../../src/client/level/catalog.js';

describe('level catalog (what the browser loads)', () => {
  it('validates every shipped level against the evidence base, tutorial first', async () => {
    const catalog = await loadCatalog();
    expect(catalog.evidenceErrors).toEqual([]);
    expect(catalog.levels.map((l) => l.id)).toEqual(['tutorial', 'buenos-aires-2017', 'abu-dhabi-2024', 'mc14-2026']);
    for (const entry of catalog.levels) expect(entry.ok ? [] : entry.errors).toEqual([]);
  });

  it('keeps a broken level as a list of readable errors with their place in the file', () => {
    const text = readFileSync(new URL('../fixtures/broken-levels/deck-unknown-card.yaml', import.meta.url), 'utf8');
    const entry = parseLevel('/levels/broken.yaml', text, undefined);
    expect(entry.ok).toBe(false);
    if (entry.ok) return;
    expect(entry.id).toBe('broken');
    expect(entry.errors[0]).toMatch(/^\d+:\d+ {2}\S+ {2}.+/);
  });
});

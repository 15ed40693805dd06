import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/client/i18n/en.json' with { type: 'json' };

const root = join(import.meta.dirname, '..', '..', 'src', 'client');
/** The online pages (facilitator, projector, join) and the teacher's kit keep their own catalogs. */
const OWN_CATALOG = new Set(['online', 'facilitator', 'projector', 'teaching']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) return dir === root && OWN_CATALOG.has(f) ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function has(key: string): boolean {
  let node: unknown = en;
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object') return false;
    const obj = node as Record<string, unknown>;
    node = obj[part] ?? obj[`${part}_other`];
  }
  return typeof node === 'string';
}

describe('message catalog', () => {
  it('has an English string for every literal key the client uses', () => {
    const missing: string[] = [];
    for (const file of sources(root)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z.]+)'/g)) if (!has(m[1] as string)) missing.push(`${file}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });

  it('has every key built from a pattern (card kinds, role kinds, blocked cards)', () => {
    for (const kind of ['proposal', 'influence', 'evidence', 'information', 'delegation', 'lobby', 'civil-society']) expect(has(`kind.${kind}`)).toBe(true);
    for (const reason of ['notYourTurn', 'cannotAfford', 'cardLimit']) expect(has(`table.${reason}`)).toBe(true);
  });
});

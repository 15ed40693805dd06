/** The pseudo-locale: longer, accented, placeholders and catalog keys intact. */
import { describe, expect, it } from 'vitest';
import en from '../../src/client/i18n/en.json' with { type: 'json' };
import { pseudoCatalog, pseudoLocalise } from '../../src/client/i18n/pseudo.js';
import { flatten, placeholders } from './catalogs.js';

describe('pseudo-localisation', () => {
  it('makes texts about 40% longer, accented, and keeps placeholders', () => {
    const text = 'Round {{round}} of {{rounds}}: the negotiation goes on';
    const pseudo = pseudoLocalise(text);
    const visible = (t: string): number => t.replace(/\{\{[^}]+\}\}/g, '').length;
    expect(visible(pseudo)).toBeGreaterThanOrEqual(visible(text) * 1.35);
    expect(pseudo).toContain('{{round}}');
    expect(pseudo).toMatch(/ñéĝ|ñé/);
    expect(pseudoLocalise('')).toBe('');
  });

  it('keeps every key and placeholder of a catalog', () => {
    const english = flatten(en);
    const pseudo = flatten(pseudoCatalog(en));
    expect([...pseudo.keys()]).toEqual([...english.keys()]);
    for (const [key, text] of english) expect(placeholders(pseudo.get(key) ?? '')).toEqual(placeholders(text));
  });
});

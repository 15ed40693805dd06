import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { containerPath, cursorPlace, ITEM, keyDoc, keySuggestions, valueSuggestions, type JsonSchema } from '../../../src/client/studio/yaml-path.js';

const schema = JSON.parse(readFileSync('levels/level.schema.json', 'utf8')) as JsonSchema;
const doc = `id: x
roles:
  - id: dev
    name:
      en: Dev
    values:
      data-flows: [1, 2]
    deck:
      - a
cards:
- id: c
  effects:
    - kind: resource
      who: self
      amo`;
const lines = doc.split('\n');

describe('the cursor path in half-typed YAML', () => {
  it('finds keys of a list item whose dashes sit under or at their parent key', () => {
    expect(containerPath(lines, 4, 6)).toEqual(['roles', ITEM, 'name']);
    expect(containerPath(lines, 6, 6)).toEqual(['roles', ITEM, 'values']);
    expect(cursorPlace(lines, 14, '      amo')).toEqual({ kind: 'key', path: ['cards', ITEM, 'effects', ITEM], word: 'amo', from: 6 });
    expect(containerPath(lines, 11, 2)).toEqual(['cards', ITEM]);
  });
  it('offers the keys the schema allows there, with their types', () => {
    const keys = keySuggestions(schema, ['cards', ITEM, 'effects', ITEM]).map((s) => s.label);
    expect(keys).toEqual(expect.arrayContaining(['kind', 'who', 'amount', 'issue']));
    const roleKeys = keySuggestions(schema, ['roles', ITEM]);
    expect(roleKeys.map((s) => s.label)).toEqual(expect.arrayContaining(['noDealAdjustment', 'deck', 'values']));
    expect(keySuggestions(schema, []).map((s) => s.label)).toContain('decision');
  });
  it('offers enum and const values for a value', () => {
    const place = cursorPlace(lines, 12, '    - kind: sh');
    expect(place).toMatchObject({ kind: 'value', path: ['cards', ITEM, 'effects', ITEM, 'kind'], word: 'sh' });
    const values = valueSuggestions(schema, place?.path ?? []).map((s) => s.label);
    expect(values).toEqual(expect.arrayContaining(['shiftValue', 'resource', 'noDealDrift']));
    expect(valueSuggestions(schema, ['roles', ITEM, 'playable']).map((s) => s.label)).toEqual(['true', 'false']);
  });
  it('gives a key its description for hover docs', () => {
    expect(keyDoc(schema, lines, 0)?.doc).toMatch(/lower-case/);
  });
});

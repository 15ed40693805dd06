import { describe, expect, it } from 'vitest';
import { compileLevel } from '../../../src/engine/level/model.js';
import { loadLevelFile } from '../../../scripts/lib/load-level.js';

describe('the level model', () => {
  it('holds a copy of the level equal to it, and its own derived tables per compile', () => {
    for (const file of ['levels/tutorial.yaml', 'levels/buenos-aires-2017.yaml', 'levels/abu-dhabi-2024.yaml']) {
      const loaded = loadLevelFile(file);
      if (!loaded.ok) throw new Error(`${file} does not load`);
      const model = compileLevel(loaded.level);
      expect(model.level).toEqual(loaded.level);
      expect(model.level).not.toBe(loaded.level);
      // No module-level cache: each compile is a new model, and what is derived from it stays on it.
      const again = compileLevel(loaded.level);
      expect(again).not.toBe(model);
      expect(again.derived).not.toBe(model.derived);
    }
  });

  it('copies a key named like the prototype accessor as a plain key', () => {
    const level = JSON.parse('{"roles":[],"issues":[],"rounds":{"count":1},"noDeal":{"start":{}},"decision":{"voters":[]},"cards":[],"events":[],"extra":{"__proto__":{"polluted":true}}}');
    const model = compileLevel(level);
    const extra = (model.level as unknown as { extra: object }).extra;
    expect(Object.getPrototypeOf(extra)).toBe(Object.prototype);
    expect(Object.keys(extra)).toEqual(['__proto__']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

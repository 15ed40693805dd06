/**
 * A Vite plugin: the shipped levels and the evidence base, validated at build time with the
 * engine's own validator (exactly as `npm run level:validate` and the browser did) and handed to
 * the client as one JSON module, `virtual:shipped-levels`.
 *
 * Why: on a mid-range phone the menu waited ~4 s for the browser to download the YAML parser and
 * the schema library, parse five YAML files and validate them (docs/phones.md). Now the menu gets
 * plain data (`JSON.parse` of one string, which V8 reads faster than an object literal) and only
 * compiles each level's model; the validator loads only for a level kept on the device. A broken
 * shipped level is not a build failure: it is listed with its errors, as before.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseEvidenceText } from '../../src/engine/evidence/load.js';
import type { EvidenceBase } from '../../src/engine/evidence/schema.js';
import type { Level } from '../../src/engine/level/schema.js';
import { validateLevelText } from '../../src/engine/level/validate.js';
import { levelErrorLine } from '../../src/protocol/level-words.js';

export const SHIPPED_LEVELS = 'virtual:shipped-levels';
const RESOLVED = '\0' + SHIPPED_LEVELS;

export type ShippedLevel = { readonly id: string; readonly file: string; readonly ok: true; readonly level: Level } | { readonly id: string; readonly file: string; readonly ok: false; readonly errors: readonly string[] };

export interface ShippedLevels {
  readonly levels: readonly ShippedLevel[];
  readonly evidence: EvidenceBase | null;
  /** The evidence ids, for validating a level opened on the device; null if the base is broken. */
  readonly evidenceIds: readonly string[] | null;
  readonly evidenceErrors: readonly string[];
}

/** Validates every levels/*.yaml against seeds/evidence.yaml under `root`; `files` lists what was read. */
export function buildShippedLevels(root: string): { data: ShippedLevels; files: string[] } {
  const evidencePath = resolve(root, 'seeds', 'evidence.yaml');
  const evidence = parseEvidenceText(readFileSync(evidencePath, 'utf8'));
  const ids = evidence.ok ? evidence.ids : undefined;
  const levelsDir = resolve(root, 'levels');
  const names = readdirSync(levelsDir).filter((f) => f.endsWith('.yaml')).sort();
  const levels = names.map((name): ShippedLevel => {
    // The same name the browser's import.meta.glob gave, so error texts and entries stay as they were.
    const file = `/levels/${name}`;
    const result = validateLevelText(readFileSync(join(levelsDir, name), 'utf8'), { evidenceIds: ids, fileName: file });
    if (!result.ok) return { id: name.replace(/\.yaml$/, ''), file, ok: false, errors: result.errors.map((e) => levelErrorLine(e)) };
    return { id: result.level.id, file, ok: true, level: result.level };
  });
  return {
    data: {
      levels,
      evidence: evidence.ok ? evidence.base : null,
      evidenceIds: evidence.ok ? [...evidence.ids] : null,
      evidenceErrors: evidence.ok ? [] : evidence.errors.map((e) => levelErrorLine(e)),
    },
    files: [evidencePath, ...names.map((n) => join(levelsDir, n))],
  };
}

export function shippedLevels(): Plugin {
  let root = process.cwd();
  return {
    name: 'ministerial-shipped-levels',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === SHIPPED_LEVELS ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const { data, files } = buildShippedLevels(root);
      // `vite` (development) rebuilds the module when a level or the evidence base changes.
      for (const file of files) this.addWatchFile(file);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}

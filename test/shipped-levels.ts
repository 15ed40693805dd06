/**
 * The shipped levels and the evidence base, loaded from disk through the same validator trainers
 * use, for tests that need real content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEvidenceText } from '../src/engine/evidence/load.js';
import type { EvidenceBase } from '../src/engine/evidence/schema.js';
import { compileLevel, type LevelModel } from '../src/engine/level/model.js';
import type { Level } from '../src/engine/level/schema.js';
import { validateLevelText } from '../src/engine/level/validate.js';
import { levelErrorLine, levelSummaryText } from '../src/protocol/level-words.js';

export const repoRoot = resolve(import.meta.dirname, '..');

let evidence: { base: EvidenceBase; ids: Set<string> } | undefined;

export function evidenceBase(): { base: EvidenceBase; ids: Set<string> } {
  if (!evidence) {
    const result = parseEvidenceText(readFileSync(resolve(repoRoot, 'seeds/evidence.yaml'), 'utf8'));
    if (!result.ok) throw new Error(`seeds/evidence.yaml is invalid:\n${result.errors.map((e) => levelErrorLine(e)).join('\n')}`);
    evidence = { base: result.base, ids: result.ids };
  }
  return evidence;
}

export const shippedLevelFiles: readonly string[] = readdirSync(resolve(repoRoot, 'levels'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => resolve(repoRoot, 'levels', f));

const cache = new Map<string, { level: Level; model: LevelModel; summary: string }>();

export function shippedLevel(file: string): { level: Level; model: LevelModel; summary: string } {
  let entry = cache.get(file);
  if (!entry) {
    const result = validateLevelText(readFileSync(file, 'utf8'), { evidenceIds: evidenceBase().ids, fileName: file });
    if (!result.ok) throw new Error(`${file} is invalid:\n${result.errors.map((e) => levelErrorLine(e)).join('\n')}`);
    entry = { level: result.level, model: compileLevel(result.level), summary: levelSummaryText(result.level) };
    cache.set(file, entry);
  }
  return entry;
}

/**
 * Reading levels and the evidence base from disk, for the command-line tools. The logic lives in
 * the engine (validate.ts, evidence/load.ts); this file only does the I/O.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEvidenceText } from '../../src/engine/evidence/load.js';
import type { EvidenceBase } from '../../src/engine/evidence/schema.js';
import type { Level } from '../../src/engine/level/schema.js';
import { validateLevelText, type LevelError } from '../../src/engine/level/validate.js';
import { levelErrorLine, levelSummaryText } from '../../src/protocol/level-words.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const evidencePath = resolve(repoRoot, 'seeds', 'evidence.yaml');

export function loadEvidence(): { base: EvidenceBase; ids: Set<string> } {
  const result = parseEvidenceText(readFileSync(evidencePath, 'utf8'));
  if (!result.ok) throw new Error(`the evidence base ${evidencePath} is invalid:\n  ${result.errors.map((e) => levelErrorLine(e)).join('\n  ')}`);
  return { base: result.base, ids: result.ids };
}

export type LoadedLevel = { ok: true; level: Level; summary: string } | { ok: false; errors: readonly LevelError[]; missing?: true };

export function loadLevelFile(file: string, evidenceIds?: ReadonlySet<string>): LoadedLevel {
  if (!existsSync(file)) return { ok: false, errors: [], missing: true };
  const ids = evidenceIds ?? loadEvidence().ids;
  const result = validateLevelText(readFileSync(file, 'utf8'), { evidenceIds: ids, fileName: file });
  return result.ok ? { ...result, summary: levelSummaryText(result.level) } : result;
}

export function formatErrors(file: string, errors: readonly LevelError[]): string {
  return errors.map((e) => `  ${file}:${levelErrorLine(e)}`).join('\n');
}

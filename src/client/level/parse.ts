/**
 * Validating a level's YAML in the browser with the engine's own validator: for levels opened from
 * a file or kept on the device. The shipped levels are validated at build time instead
 * (scripts/lib/level-catalog.ts), so this module, with the YAML parser and the schema library it
 * pulls in, loads only when a device level is there.
 */
import { compileLevel } from '../../engine/level/model.js';
import { validateLevelText } from '../../engine/level/validate.js';
import { levelErrorLine } from '../../protocol/level-words.js';
import type { LevelEntry } from './catalog.js';

export function parseLevel(file: string, text: string, evidenceIds: ReadonlySet<string> | undefined): LevelEntry {
  const id = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
  const result = validateLevelText(text, { evidenceIds, fileName: file });
  if (!result.ok) return { id, file, ok: false, errors: result.errors.map((e) => levelErrorLine(e)) };
  return { id: result.level.id, file, ok: true, level: result.level, model: compileLevel(result.level) };
}

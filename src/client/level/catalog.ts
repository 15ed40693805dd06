/**
 * The shipped levels and the evidence base, imported as text and validated in the browser with the
 * engine's own validator, exactly as `npm run level:validate` does: a broken level is listed with
 * its errors instead of breaking the page. Loaded lazily (the engine and the YAML parser are not
 * part of the first download).
 */
import { parseEvidenceText } from '../../engine/evidence/load.js';
import type { EvidenceBase } from '../../engine/evidence/schema.js';
import { compileLevel, type LevelModel } from '../../engine/level/model.js';
import type { Level } from '../../engine/level/schema.js';
import { validateLevelText } from '../../engine/level/validate.js';
import { levelErrorLine } from '../../protocol/level-words.js';
import evidenceText from '../../../seeds/evidence.yaml?raw';
import { deviceLevels } from './device.js';

export { keepOnDevice } from './device.js';

export type LevelEntry =
  | { readonly id: string; readonly file: string; readonly ok: true; readonly level: Level; readonly model: LevelModel }
  | { readonly id: string; readonly file: string; readonly ok: false; readonly errors: readonly string[] };

export interface Catalog {
  readonly levels: readonly LevelEntry[];
  readonly evidence: EvidenceBase | null;
  readonly evidenceErrors: readonly string[];
}

const files = import.meta.glob('/levels/*.yaml', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

/** Tutorial first, then by year: the order a class meets them. */
function order(a: LevelEntry, b: LevelEntry): number {
  const rank = (e: LevelEntry): number => (e.id === 'tutorial' ? -1 : e.ok ? e.level.year : 9999);
  return rank(a) - rank(b) || a.id.localeCompare(b.id);
}

export function parseLevel(file: string, text: string, evidenceIds: ReadonlySet<string> | undefined): LevelEntry {
  const id = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
  const result = validateLevelText(text, { evidenceIds, fileName: file });
  if (!result.ok) return { id, file, ok: false, errors: result.errors.map((e) => levelErrorLine(e)) };
  return { id: result.level.id, file, ok: true, level: result.level, model: compileLevel(result.level) };
}

export async function loadCatalog(): Promise<Catalog> {
  const evidence = parseEvidenceText(evidenceText);
  const ids = evidence.ok ? evidence.ids : undefined;
  const shipped = await Promise.all(Object.entries(files).map(async ([file, load]) => parseLevel(file, await load(), ids)));
  const taken = new Set(shipped.map((l) => l.id));
  // A device level whose id is a shipped one's would hide behind it: it is listed as broken instead.
  const local = deviceLevels().map((d): LevelEntry => {
    const entry = parseLevel(`device:${d.file}`, d.text, ids);
    return entry.ok && taken.has(entry.id) ? { id: `${entry.id}@${d.file}`, file: entry.file, ok: false, errors: [`id "${entry.id}" is already used by a shipped level: give it another id`] } : entry;
  });
  const levels = [...shipped, ...local.filter((l) => !taken.has(l.id) || (taken.add(l.id), false))];
  return { levels: levels.sort(order), evidence: evidence.ok ? evidence.base : null, evidenceErrors: evidence.ok ? [] : evidence.errors.map((e) => levelErrorLine(e)) };
}

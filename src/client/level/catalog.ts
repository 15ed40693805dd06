/**
 * The shipped levels and the evidence base, validated at build time with the engine's own
 * validator (scripts/lib/level-catalog.ts, exactly as `npm run level:validate` does), plus the
 * levels kept on this device, validated here: a broken level is listed with its errors instead of
 * breaking the page. Loaded lazily; the YAML parser and the schema library load only when a device
 * level is there (./parse.ts).
 */
import type { EvidenceBase } from '../../engine/evidence/schema.js';
import { compileLevel, type LevelModel } from '../../engine/level/model.js';
import type { Level } from '../../engine/level/schema.js';
import shipped from 'virtual:shipped-levels';
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

/** Tutorial first, then by year: the order a class meets them. */
function order(a: LevelEntry, b: LevelEntry): number {
  const rank = (e: LevelEntry): number => (e.id === 'tutorial' ? -1 : e.ok ? e.level.year : 9999);
  return rank(a) - rank(b) || a.id.localeCompare(b.id);
}

/** Validates a level's YAML here (a level opened from a file or sent from the studio). */
export async function parseLevel(file: string, text: string, evidenceIds: ReadonlySet<string> | undefined): Promise<LevelEntry> {
  return (await import('./parse.js')).parseLevel(file, text, evidenceIds);
}

export async function loadCatalog(): Promise<Catalog> {
  const ids = shipped.evidenceIds ? new Set(shipped.evidenceIds) : undefined;
  const built = shipped.levels.map((l): LevelEntry => (l.ok ? { ...l, model: compileLevel(l.level) } : l));
  const taken = new Set(built.map((l) => l.id));
  const onDevice = deviceLevels();
  const parse = onDevice.length > 0 ? (await import('./parse.js')).parseLevel : null;
  // A device level whose id is a shipped one's would hide behind it: it is listed as broken instead.
  const local = onDevice.map((d): LevelEntry => {
    const entry = (parse as NonNullable<typeof parse>)(`device:${d.file}`, d.text, ids);
    return entry.ok && taken.has(entry.id) ? { id: `${entry.id}@${d.file}`, file: entry.file, ok: false, errors: [`id "${entry.id}" is already used by a shipped level: give it another id`] } : entry;
  });
  const levels = [...built, ...local.filter((l) => !taken.has(l.id) || (taken.add(l.id), false))];
  return { levels: levels.sort(order), evidence: shipped.evidence, evidenceErrors: shipped.evidenceErrors };
}

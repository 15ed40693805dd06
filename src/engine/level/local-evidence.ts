/**
 * A level's own evidence file (named by its `localEvidence` key, beside the level): read with the
 * evidence base's own checks (same fields as seeds/evidence.yaml), and refused where a fact takes
 * an id of the shared base, whose ids stay stable because trainers' files cite them. Pure: the
 * caller reads both files; the result goes to the validator as `localEvidence`.
 */
import { parseEvidenceText } from '../evidence/load.js';
import type { EvidenceBase } from '../evidence/schema.js';
import type { Level } from './schema.js';
import { issue, type LevelError } from './issue-codes.js';
import { locatePath } from './yaml-positions.js';
import { parseYamlText } from './yaml-syntax.js';

export type LocalEvidenceResult = { ok: true; ids: ReadonlySet<string>; source: string; base: EvidenceBase } | { ok: false; errors: LevelError[] };

/** The file a level names under `localEvidence:`, read from its text without a full parse. */
export function declaredLocalEvidence(levelText: string): string | undefined {
  const m = /^localEvidence:[ \t]*["']?([^\s"'#]+)["']?[ \t]*(?:#.*)?$/m.exec(levelText);
  return m?.[1];
}

export function readLocalEvidence(text: string, source: string, sharedIds: ReadonlySet<string>, sharedSource = 'seeds/evidence.yaml'): LocalEvidenceResult {
  const parsed = parseEvidenceText(text);
  if (!parsed.ok) return parsed;
  const errors: LevelError[] = [];
  const yaml = parseYamlText(text);
  parsed.base.facts.forEach((fact, i) => {
    if (!sharedIds.has(fact.id)) return;
    const pos = locatePath(yaml.doc, yaml.lineCounter, ['facts', i, 'id']);
    errors.push({ path: ['facts', i, 'id'], ...issue('localFactIsShared', { id: fact.id, source: sharedSource }), line: pos.line, column: pos.column });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, ids: parsed.ids, source, base: parsed.base };
}

/**
 * The level with its evidence file's sources, themes and facts joined to its inline ones, so the
 * debrief (which reads the level, on every device and online) shows them with their sources.
 */
export function withFileEvidence(level: Level, file: EvidenceBase): Level {
  const own = level.ownEvidence;
  return {
    ...level,
    ownEvidence: {
      ...(own?.languages ? { languages: own.languages } : {}),
      sources: [...(own?.sources ?? []), ...file.sources],
      themes: { ...file.themes, ...own?.themes },
      facts: [...(own?.facts ?? []), ...file.facts],
    },
  };
}

/** The real message catalog and a shipped level, for the client's view-model tests (node, no browser). */
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import en from '../../src/client/i18n/en.json' with { type: 'json' };
import { parseEvidenceText } from '../../src/engine/evidence/load.js';
import type { EvidenceBase } from '../../src/engine/evidence/schema.js';
import { compileLevel, type LevelModel } from '../../src/engine/level/model.js';
import { validateLevelText } from '../../src/engine/level/validate.js';
import { levelErrorLine } from '../../src/protocol/level-words.js';
import type { T } from '../../src/client/view-models/text.js';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
export const t: T = (key, options) => i18n.t(key, options) as string;

export function evidence(): EvidenceBase {
  const result = parseEvidenceText(readFileSync(new URL('../../seeds/evidence.yaml', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(result.errors.map((e) => levelErrorLine(e)).join('\n'));
  return result.base;
}

export function level(name: string): LevelModel {
  const result = validateLevelText(readFileSync(new URL(`../../levels/${name}.yaml`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(result.errors.map((e) => levelErrorLine(e)).join('\n'));
  return compileLevel(result.level);
}

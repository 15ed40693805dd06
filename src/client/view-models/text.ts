/** Level texts in the chosen language, falling back to English, then to any language the level has. */
import type { LocalText } from '../../engine/level/schema.js';
import type { PublicLevel } from '../../engine/view.js';
import { PSEUDO, pseudoLocalise } from '../i18n/pseudo.js';

export function localText(text: LocalText | undefined, language: string): string {
  if (!text) return '';
  // The pseudo-locale lengthens the level's English too, so layout tests see long level texts.
  if (language === PSEUDO) return pseudoLocalise(text.en ?? Object.values(text)[0] ?? '');
  return text[language] ?? text.en ?? Object.values(text)[0] ?? '';
}

export function roleName(level: PublicLevel, role: string, language: string): string {
  const found = level.roles.find((r) => r.id === role);
  return found ? localText(found.name, language) : role;
}

/** A minimal translate signature, so view-models run under tests with the real catalog or a stub. */
export type T = (key: string, options?: Record<string, unknown>) => string;

/** Colour-blind-safe seat colours (Okabe–Ito) for roles that do not name their own. */
export const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'];

export function roleColour(level: PublicLevel, role: string): string {
  const index = level.roles.findIndex((r) => r.id === role);
  return level.roles[index]?.colour ?? OKABE_ITO[index % OKABE_ITO.length] ?? '#777777';
}

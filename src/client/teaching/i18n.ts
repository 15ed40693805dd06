/** The kit's strings: `i18n/en.json` (and fr, es), an i18next namespace of its own (the game's catalog is not loaded here). */
import type { TFunction } from 'i18next';
import { pseudoCatalog } from '../i18n/pseudo.js';
import { addCatalogs, ensureI18n, i18next } from '../i18n/setup.js';
import en from './i18n/en.json' with { type: 'json' };
import es from './i18n/es.json' with { type: 'json' };
import fr from './i18n/fr.json' with { type: 'json' };

export const NAMESPACE = 'teaching';

export async function teachingT(language?: string): Promise<TFunction> {
  await ensureI18n(language);
  addCatalogs(NAMESPACE, { en, fr, es }, pseudoCatalog);
  return i18next.getFixedT(null, NAMESPACE);
}

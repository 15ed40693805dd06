/** The kit's strings: `i18n/en.json` (and fr, es), an i18next namespace of its own (the game's catalog is not loaded here). */
import type { TFunction } from 'i18next';
import { pseudoCatalog } from '../i18n/pseudo.js';
import { addCatalogs, catalogsByFile, ensureI18n, i18next } from '../i18n/setup.js';

/** This page's catalogs, one file per language (`en.json`, `fr.json`…). */
const CATALOGS = catalogsByFile(import.meta.glob('./i18n/*.json', { eager: true, import: 'default' }));

export const NAMESPACE = 'teaching';

export async function teachingT(language?: string): Promise<TFunction> {
  await ensureI18n(language);
  addCatalogs(NAMESPACE, CATALOGS, pseudoCatalog);
  return i18next.getFixedT(null, NAMESPACE);
}

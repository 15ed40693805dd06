/**
 * The message catalog: every UI string goes through i18next, in English, French or Spanish (and
 * the pseudo-locale for layout tests). Level texts are not here: they come from the level file in
 * each language it declares (see `localText`).
 */
import type { TFunction } from 'i18next';
import { LANGUAGES } from '../../protocol/words.js';
import { pseudoCatalog } from './pseudo.js';
import { addCatalogs, catalogsByFile, ensureI18n, i18next } from './setup.js';

/** This page's catalogs, one file per language (`en.json`, `fr.json`…). */
const CATALOGS = catalogsByFile(import.meta.glob('./*.json', { eager: true, import: 'default' }));

export type Translate = TFunction;

/** The languages the UI itself is translated into. */
export const UI_LANGUAGES = LANGUAGES;

export async function initI18n(language = 'en'): Promise<Translate> {
  const t = await ensureI18n(language);
  addCatalogs('translation', CATALOGS, pseudoCatalog);
  return t;
}

/** Switch the page's language (screens re-render to show it). */
export async function setUiLanguage(language: string): Promise<void> {
  await ensureI18n(language);
}

export { i18next };

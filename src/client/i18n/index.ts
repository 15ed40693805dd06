/**
 * The message catalog: every UI string goes through i18next, in English, French or Spanish (and
 * the pseudo-locale for layout tests). Level texts are not here: they come from the level file in
 * each language it declares (see `localText`).
 */
import type { TFunction } from 'i18next';
import { LANGUAGES } from '../../protocol/words.js';
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import { pseudoCatalog } from './pseudo.js';
import { addCatalogs, ensureI18n, i18next } from './setup.js';

export type Translate = TFunction;

/** The languages the UI itself is translated into. */
export const UI_LANGUAGES = LANGUAGES;

export async function initI18n(language = 'en'): Promise<Translate> {
  const t = await ensureI18n(language);
  addCatalogs('translation', { en, fr, es }, pseudoCatalog);
  return t;
}

/** Switch the page's language (screens re-render to show it). */
export async function setUiLanguage(language: string): Promise<void> {
  await ensureI18n(language);
}

export { i18next };

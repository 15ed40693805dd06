/**
 * The workshop pages' strings (console, projector, join form, chat panel) live in one catalog,
 * `src/client/facilitator/i18n/en.json` (and fr, es), added to i18next as its own namespace so it can share an
 * instance with the game's catalog on the participant page.
 */
import type { TFunction } from 'i18next';
import { pseudoCatalog } from '../i18n/pseudo.js';
import { addCatalogs, catalogsByFile, ensureI18n, i18next } from '../i18n/setup.js';

/** This page's catalogs, one file per language (`en.json`, `fr.json`…). */
const CATALOGS = catalogsByFile(import.meta.glob('../facilitator/i18n/*.json', { eager: true, import: 'default' }));

export const NAMESPACE = 'workshop';

export async function workshopT(language?: string): Promise<TFunction> {
  await ensureI18n(language);
  addCatalogs(NAMESPACE, CATALOGS, pseudoCatalog);
  return i18next.getFixedT(null, NAMESPACE);
}

/** A level text in the UI language, falling back to the first one given. */
export function local(text: Readonly<Record<string, string>> | undefined, language = 'en'): string {
  if (!text) return '';
  return text[language] ?? Object.values(text)[0] ?? '';
}

/**
 * The workshop pages' strings (console, projector, join form, chat panel) live in one catalog,
 * `src/client/facilitator/i18n/en.json` (and fr, es), added to i18next as its own namespace so it can share an
 * instance with the game's catalog on the participant page.
 */
import type { TFunction } from 'i18next';
import en from '../facilitator/i18n/en.json' with { type: 'json' };
import es from '../facilitator/i18n/es.json' with { type: 'json' };
import fr from '../facilitator/i18n/fr.json' with { type: 'json' };
import { pseudoCatalog } from '../i18n/pseudo.js';
import { addCatalogs, ensureI18n, i18next } from '../i18n/setup.js';

export const NAMESPACE = 'workshop';

export async function workshopT(language?: string): Promise<TFunction> {
  await ensureI18n(language);
  addCatalogs(NAMESPACE, { en, fr, es }, pseudoCatalog);
  return i18next.getFixedT(null, NAMESPACE);
}

/** A level text in the UI language, falling back to the first one given. */
export function local(text: Readonly<Record<string, string>> | undefined, language = 'en'): string {
  if (!text) return '';
  return text[language] ?? Object.values(text)[0] ?? '';
}

/**
 * The workshop pages' strings (console, projector, join form, chat panel) live in one catalog,
 * `src/client/facilitator/i18n/en.json`, added to i18next as its own namespace so it can share an
 * instance with the game's catalog on the participant page.
 */
import i18next, { type TFunction } from 'i18next';
import en from '../facilitator/i18n/en.json' with { type: 'json' };

export const NAMESPACE = 'workshop';

export async function workshopT(language = 'en'): Promise<TFunction> {
  if (!i18next.isInitialized) {
    await i18next.init({ lng: language, fallbackLng: 'en', resources: {}, interpolation: { escapeValue: false } });
  }
  if (!i18next.hasResourceBundle('en', NAMESPACE)) i18next.addResourceBundle('en', NAMESPACE, en, true, true);
  return i18next.getFixedT(null, NAMESPACE);
}

/** A level text in the UI language, falling back to the first one given. */
export function local(text: Readonly<Record<string, string>> | undefined, language = 'en'): string {
  if (!text) return '';
  return text[language] ?? Object.values(text)[0] ?? '';
}

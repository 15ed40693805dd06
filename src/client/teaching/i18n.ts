/** The kit's strings: `i18n/en.json`, an i18next namespace of its own (the game's catalog is not loaded here). */
import i18next, { type TFunction } from 'i18next';
import en from './i18n/en.json' with { type: 'json' };

export const NAMESPACE = 'teaching';

export async function teachingT(language = 'en'): Promise<TFunction> {
  if (!i18next.isInitialized) await i18next.init({ lng: language, fallbackLng: 'en', resources: {}, interpolation: { escapeValue: false } });
  if (!i18next.hasResourceBundle('en', NAMESPACE)) i18next.addResourceBundle('en', NAMESPACE, en, true, true);
  return i18next.getFixedT(null, NAMESPACE);
}

/**
 * The message catalog: every UI string goes through i18next. Level texts are not here: they come
 * from the level file in each language it declares (see `localText`).
 */
import i18next, { type TFunction } from 'i18next';
import en from './en.json' with { type: 'json' };

export type Translate = TFunction;

/** The languages the UI itself is translated into. */
export const UI_LANGUAGES = ['en'] as const;

export async function initI18n(language = 'en'): Promise<Translate> {
  await i18next.init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next.t.bind(i18next);
}

export async function setUiLanguage(language: string): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };

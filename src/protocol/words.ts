/**
 * The protocol's catalogs (the engine's refusals, the level validator's findings, the server's errors) in every
 * language the game speaks, in one i18next instance of their own, so the server, the command
 * line and the browser word the same codes the same way. i18next picks plural forms by the
 * language's rules (`_one`, `_many`, `_other`...) and fills `{{name}}` placeholders.
 */
import i18next, { type TFunction } from 'i18next';
import engineEn from './engine-words.en.json' with { type: 'json' };
import engineEs from './engine-words.es.json' with { type: 'json' };
import engineFr from './engine-words.fr.json' with { type: 'json' };
import levelEn from './level-words.en.json' with { type: 'json' };
import levelEs from './level-words.es.json' with { type: 'json' };
import levelFr from './level-words.fr.json' with { type: 'json' };
import serverEn from './server-words.en.json' with { type: 'json' };
import serverEs from './server-words.es.json' with { type: 'json' };
import serverFr from './server-words.fr.json' with { type: 'json' };

/** The languages the game is translated into, English (the fallback) first. */
export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(code: unknown): code is Language {
  return typeof code === 'string' && (LANGUAGES as readonly string[]).includes(code);
}

/** Each language's name in itself, for language menus. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', fr: 'Français', es: 'Español' };

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  ns: ['engine', 'level', 'server'],
  defaultNS: 'engine',
  resources: {
    en: { engine: engineEn, level: levelEn, server: serverEn },
    fr: { engine: engineFr, level: levelFr, server: serverFr },
    es: { engine: engineEs, level: levelEs, server: serverEs },
  },
  interpolation: { escapeValue: false },
  showSupportNotice: false,
  returnNull: false,
});

/** The words of one protocol catalog in `language` (English for a language it does not have). */
export function protocolT(language: string, namespace: 'engine' | 'level' | 'server'): TFunction {
  return instance.getFixedT(isLanguage(language) ? language : 'en', namespace);
}

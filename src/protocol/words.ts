/**
 * The protocol's catalogs (the engine's refusals, the level validator's findings, the server's errors) in every
 * language the game speaks, in one i18next instance of their own, so the server, the command
 * line and the browser word the same codes the same way. i18next picks plural forms by the
 * language's rules (`_one`, `_many`, `_other`...) and fills `{{name}}` placeholders.
 */
import i18next, { type TFunction } from 'i18next';
import { isLanguage, LANGUAGES, PROTOCOL_CATALOGS } from './languages.js';

export { LANGUAGES, LANGUAGE_NAMES, isLanguage, type Language } from './languages.js';

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  ns: ['engine', 'level', 'server'],
  defaultNS: 'engine',
  resources: Object.fromEntries(LANGUAGES.map((language) => {
    const { engine, level, server } = PROTOCOL_CATALOGS[language];
    return [language, { engine, level, server }];
  })),
  interpolation: { escapeValue: false },
  showSupportNotice: false,
  returnNull: false,
});

/** The words of one protocol catalog in `language` (English for a language it does not have). */
export function protocolT(language: string, namespace: 'engine' | 'level' | 'server'): TFunction {
  return instance.getFixedT(isLanguage(language) ? language : 'en', namespace);
}

/**
 * The languages the game speaks, and each one's protocol catalogs (the engine's refusals and log
 * words, the validator's findings, the server's errors, what changed, why a player moved, what a
 * delegate says). A new language is one file in `languages/` that gathers its catalogs, and one
 * line here; the pages' catalogs are found by their file names (src/client/i18n, facilitator/i18n,
 * teaching/i18n).
 */
import en from './languages/en.js';
import es from './languages/es.js';
import fr from './languages/fr.js';

/** The languages the game is translated into, English (the fallback) first. */
export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for language menus. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', fr: 'Français', es: 'Español' };

/** One language's protocol catalogs; every language has the English one's shape (a test holds the keys equal). */
export type ProtocolCatalogs = typeof en;

export const PROTOCOL_CATALOGS: Readonly<Record<Language, ProtocolCatalogs>> = { en, fr, es };

export function isLanguage(code: unknown): code is Language {
  return typeof code === 'string' && (LANGUAGES as readonly string[]).includes(code);
}

/** A language's protocol catalogs (English for a language the game does not speak). */
export function catalogsFor(language: string): ProtocolCatalogs {
  return isLanguage(language) ? PROTOCOL_CATALOGS[language] : en;
}

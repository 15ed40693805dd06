/**
 * The one i18next instance of a page (the game's catalog, the workshop pages' and the teacher's
 * kit's are namespaces of it), started once with the chosen language. Numbers passed to a message
 * are written the language's way through Intl (decimal comma in French and Spanish; long numbers
 * grouped, years left alone); `<html lang>` follows the language.
 */
import i18next, { type TFunction } from 'i18next';
import { isLanguage } from '../../protocol/words.js';
import { PSEUDO } from './pseudo.js';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** The Intl locale for a UI language (the pseudo-locale writes numbers as English does). */
export function intlLocale(language: string): string {
  return isLanguage(language) ? language : 'en';
}

/** A number as the language writes it: `1234.5` is "1234,5" in French, "12 345" in Spanish and French. */
export function formatNumber(value: number, language: string): string {
  const locale = intlLocale(language);
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { useGrouping: 'min2', maximumFractionDigits: 3 } as Intl.NumberFormatOptions);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** A date and time as the language writes it. */
export function formatDateTime(at: number | Date, language: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string {
  return new Intl.DateTimeFormat(intlLocale(language), options).format(at);
}

function showLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language === PSEUDO ? 'en-XA' : language;
}

/** Start the page's i18next (once) in `language`, or switch it to `language` (no language: keep the current one). */
export async function ensureI18n(language?: string): Promise<TFunction> {
  if (!i18next.isInitialized) {
    await i18next.init({
      lng: language ?? 'en',
      fallbackLng: 'en',
      resources: {},
      interpolation: {
        escapeValue: false,
        alwaysFormat: true,
        // Other values pass through as they are; i18next makes strings of them.
        format: (value: unknown, _format: string | undefined, lng: string | undefined): string => (typeof value === 'number' ? formatNumber(value, lng ?? 'en') : (value as string)),
      },
      returnNull: false,
      showSupportNotice: false,
    });
  } else if (language !== undefined && i18next.language !== language) {
    await i18next.changeLanguage(language);
  }
  showLanguage(i18next.language);
  return i18next.t.bind(i18next);
}

/** Add a namespace's catalogs: one per language, the pseudo-locale made from the English one. */
/**
 * A folder's catalogs by language, from `import.meta.glob('./*.json', { eager: true, import: 'default' })`:
 * `fr.json` is French. A language the game does not speak (src/protocol/languages.ts) is left out,
 * so adding a language to a page is adding its file.
 */
export function catalogsByFile(files: Readonly<Record<string, unknown>>): Record<string, object> {
  const out: Record<string, object> = {};
  for (const [path, catalog] of Object.entries(files)) {
    const language = /([\w-]+)\.json$/.exec(path)?.[1];
    if (language && isLanguage(language) && catalog && typeof catalog === 'object') out[language] = catalog;
  }
  return out;
}

export function addCatalogs(namespace: string, catalogs: Readonly<Record<string, object>>, pseudo: (catalog: object) => object): void {
  for (const [language, catalog] of Object.entries(catalogs)) {
    if (!i18next.hasResourceBundle(language, namespace)) i18next.addResourceBundle(language, namespace, catalog, true, true);
  }
  const english = catalogs.en;
  if (english && !i18next.hasResourceBundle(PSEUDO, namespace)) i18next.addResourceBundle(PSEUDO, namespace, pseudo(english), true, true);
}

export { i18next };

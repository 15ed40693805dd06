/**
 * Which language a page shows: `?lang=` first (an unknown value is reported and ignored), then the
 * player's remembered choice, then the browser's language if the game speaks it, else English.
 * The choice is the player's only: it never reaches the game's state, so a table may mix languages.
 */
import { isLanguage } from '../../protocol/words.js';
import { PSEUDO } from './pseudo.js';

const STORAGE_KEY = 'ministerial.language';

/** A language a page can show: the game's three, and the pseudo-locale for layout tests. */
export function isUiLanguage(code: unknown): code is string {
  return isLanguage(code) || code === PSEUDO;
}

export interface LanguageChoice {
  readonly language: string;
  /** Whether the player chose it (address or remembered) rather than it being a default. */
  readonly chosen: boolean;
  /** A `?lang=` value the game does not have, to name in a notice. */
  readonly unknown: string | null;
}

export function rememberedLanguage(): string | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(language: string): void {
  if (!isLanguage(language)) return;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage refused (some private modes): the choice lasts for this page only.
  }
}

export function chooseLanguage(params: URLSearchParams, fallback = 'en'): LanguageChoice {
  const asked = params.get('lang');
  const unknown = asked !== null && !isUiLanguage(asked) ? asked : null;
  if (asked !== null && isUiLanguage(asked)) return { language: asked, chosen: true, unknown };
  const remembered = rememberedLanguage();
  if (remembered) return { language: remembered, chosen: true, unknown };
  const browser = typeof navigator === 'undefined' ? '' : (navigator.language ?? '').slice(0, 2).toLowerCase();
  return { language: isLanguage(browser) ? browser : fallback, chosen: false, unknown };
}

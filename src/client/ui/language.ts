/**
 * The player's language on the game's pages: the choices to offer, switching (remembered on this
 * device, `<html lang>` and the address follow), and the notice shown when a level has no text in
 * the chosen language and its English is shown instead. A language is the player's only: it
 * never reaches the game's state.
 */
import type { App } from '../app.js';
import { rememberLanguage } from '../i18n/choice.js';
import { setUiLanguage, UI_LANGUAGES } from '../i18n/index.js';
import { PSEUDO } from '../i18n/pseudo.js';
import { LANGUAGE_NAMES } from '../../protocol/words.js';
import { h } from './dom.js';

/** The languages to offer, each named in itself ("FR · Français"); the pseudo-locale only while it is on. */
export function languageOptions(current: string): { code: string; name: string }[] {
  const options = UI_LANGUAGES.map((code) => ({ code: code as string, name: `${code.toUpperCase()} · ${LANGUAGE_NAMES[code]}` }));
  if (current === PSEUDO) options.push({ code: PSEUDO, name: 'Pseudo' });
  return options;
}

/** Switch the page to `language`; `remember` keeps it for the next visit on this device. */
export async function changeLanguage(app: App, language: string, remember: boolean): Promise<void> {
  app.setup.language = language;
  if (remember) {
    rememberLanguage(language);
    app.languageChosen = true;
  }
  await setUiLanguage(language);
  document.title = app.t('app.title');
  if (app.params.has('lang')) {
    app.params.set('lang', language);
    const url = new URL(location.href);
    url.searchParams.set('lang', language);
    history.replaceState(history.state, '', url);
  }
}

/** The notice for a level without text in the chosen language (null when it has it). */
export function levelLanguageNotice(app: App, languages: readonly string[] | undefined): string | null {
  const language = app.setup.language;
  if (!languages || language === PSEUDO || languages.includes(language)) return null;
  return app.t('language.levelFallback', { language: app.t(`language.name.${language}`) });
}

/** The fallback notice as a paragraph, or nothing. */
export function languageNotice(app: App, languages: readonly string[] | undefined): HTMLElement | null {
  const text = levelLanguageNotice(app, languages);
  return text ? h('p', { class: 'notice', testid: 'level-language-notice' }, text) : null;
}

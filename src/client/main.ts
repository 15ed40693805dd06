/**
 * The first chunk: the message catalog, the styles and the menu's screen. Everything heavy (the
 * engine with its YAML and schema libraries, the levels, Phaser, Howler) loads lazily after it.
 */
import './styles.css';
import type { App, Screen } from './app.js';
import { sound } from './audio/sound.js';
import { loadManifest } from './assets/manifest.js';
import { chooseLanguage } from './i18n/choice.js';
import { initI18n } from './i18n/index.js';
import { setIcons } from './ui/dom.js';
import { bootScreen } from './ui/screens/boot.js';
import { errorScreen } from './ui/screens/error.js';

async function main(): Promise<void> {
  const ui = document.getElementById('ui') as HTMLElement;
  const stage = document.getElementById('stage') as HTMLElement;
  const params = new URLSearchParams(location.search);
  const language = chooseLanguage(params);
  const t = await initI18n(language.language);
  document.title = t('app.title');
  const app: App = {
    t,
    ui,
    stage,
    params,
    fast: params.get('fast') === '1',
    catalog: null,
    setup: { levelId: '', mode: 'solo', language: language.language, humans: [] },
    languageChosen: language.chosen,
    port: null,
    host: null,
    cleanup: [],
    go(screen: Screen) {
      for (const leave of app.cleanup.splice(0)) leave();
      Promise.resolve(screen(app)).catch((error: unknown) => errorScreen(app, t('boot.error'), [String(error instanceof Error ? error.message : error)]));
    },
  };
  // Browsers allow audio only after a gesture; we wait for it rather than try and fail noisily.
  const unlock = (): void => {
    window.removeEventListener('pointerdown', unlock);
    window.removeEventListener('keydown', unlock);
    void sound.unlock();
  };
  window.addEventListener('pointerdown', unlock);
  window.addEventListener('keydown', unlock);
  // A soft click for every button; the table's own moves add their effects (card, offer, gavel...).
  document.addEventListener('click', (e) => {
    if ((e.target as Element | null)?.closest?.('button:not(:disabled)')) sound.play('click');
  });

  // The icon list is small and the menu uses it; the art itself loads only when drawn.
  setIcons((await loadManifest()).images);
  if (params.has('join') || location.pathname === '/join') {
    const { joinScreen } = await import('./ui/screens/join.js');
    app.go(joinScreen);
    return;
  }
  app.go(bootScreen);
}

void main();

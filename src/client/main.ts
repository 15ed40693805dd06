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
import { registerServiceWorker, updateAtMenu } from './pwa.js';
import { setIcons } from './ui/dom.js';
import { bootScreen } from './ui/screens/boot.js';
import { errorScreen } from './ui/screens/error.js';
import { menuScreen } from './ui/screens/menu.js';

/** How long the menu may sit before the service worker starts caching the game (see below). */
const WORKER_DELAY_MS = 8000;

/**
 * Once the menu is usable: download (without running) what *Play* will need, Phaser first of all,
 * as listed in the page by the build (scripts/lib/prefetch.ts).
 */
function prefetchGame(): void {
  const list = document.querySelector('meta[name="prefetch-after-menu"]')?.getAttribute('content') ?? '';
  for (const href of list.split(' ').filter(Boolean)) {
    document.head.append(Object.assign(document.createElement('link'), { rel: 'prefetch', href, as: 'script', crossOrigin: 'anonymous' }));
  }
}

async function main(): Promise<void> {
  const ui = document.getElementById('ui') as HTMLElement;
  const stage = document.getElementById('stage') as HTMLElement;
  // What the menu waits for downloads side by side from the start: the asset list and the level
  // catalogue (boot.ts imports the same module; the browser fetches it once).
  const assets = loadManifest();
  void import('./level/catalog.js').catch(() => undefined);
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
      // Back at the menu with a new build waiting: the page reloads into it (see pwa.ts).
      if (screen === menuScreen && updateAtMenu()) return;
      if (app.host) void registerServiceWorker();
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

  // The service worker starts when its downloads no longer compete with the game's own: once the
  // table is up (Phaser is then in the HTTP cache, so precaching fetches little more), or after
  // WORKER_DELAY_MS on the menu for a visitor who stays there.
  const worker = new PerformanceObserver((list) => {
    if (list.getEntriesByName('menu-interactive').length === 0) return;
    worker.disconnect();
    prefetchGame();
    setTimeout(() => void registerServiceWorker(), WORKER_DELAY_MS);
  });
  worker.observe({ type: 'mark' });

  // The icon list is small and the menu uses it; the art itself loads only when drawn.
  setIcons((await assets).images);
  if (params.has('join') || location.pathname === '/join') {
    const { joinScreen } = await import('./ui/screens/join.js');
    app.go(joinScreen);
    void registerServiceWorker();
    return;
  }
  app.go(bootScreen);
}

void main();

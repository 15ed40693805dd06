/**
 * Loads Phaser and the generated art on first need. `prefetchHost` starts the download without
 * showing anything (the briefing calls it, so Phaser arrives while the player reads);
 * `ensureHost` waits for it behind a progress bar (the preload scene) if it is not there yet.
 */
import type { App } from '../app.js';
import { loadManifest } from '../assets/manifest.js';
import type { GameHost } from '../scenes/host.js';
import { clear } from './dom.js';
import { progressView } from './screens/boot.js';

let loading: Promise<GameHost> | null = null;
let report: (p: number) => void = () => {};

export function prefetchHost(app: App): Promise<GameHost> {
  if (app.host) return Promise.resolve(app.host);
  loading ??= (async () => {
    report(0.05);
    const [{ startGame }, manifest] = await Promise.all([import('../scenes/host.js'), loadManifest()]);
    report(0.5);
    const host = await startGame(app.stage, manifest, (p) => report(0.5 + p / 2));
    app.host = host;
    return host;
  })();
  // A failed download may be tried again (the next tap on Continue).
  loading.catch(() => (loading = null));
  return loading;
}

export async function ensureHost(app: App): Promise<void> {
  if (app.host) return;
  const progress = progressView(app.t('boot.loadingGame', { percent: 0 }), 'preload');
  clear(app.ui);
  app.ui.append(progress.root);
  report = (p: number): void => progress.set(p, app.t('boot.loadingGame', { percent: Math.round(p * 100) }));
  report(0.05);
  try {
    await prefetchHost(app);
  } finally {
    report = () => {};
  }
}

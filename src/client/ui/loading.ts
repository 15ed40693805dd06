/** Loads Phaser and the generated art on first need, with a progress bar (the preload scene). */
import type { App } from '../app.js';
import { loadManifest } from '../assets/manifest.js';
import { clear } from './dom.js';
import { progressView } from './screens/boot.js';

export async function ensureHost(app: App): Promise<void> {
  if (app.host) return;
  const progress = progressView(app.t('boot.loadingGame', { percent: 0 }), 'preload');
  clear(app.ui);
  app.ui.append(progress.root);
  const set = (p: number): void => progress.set(p, app.t('boot.loadingGame', { percent: Math.round(p * 100) }));
  set(0.05);
  const [{ startGame }, manifest] = await Promise.all([import('../scenes/host.js'), loadManifest()]);
  set(0.5);
  app.host = await startGame(app.stage, manifest, (p) => set(0.5 + p / 2));
}

/**
 * The menu's "Open a level file": the file is validated in the browser with the engine's validator,
 * kept on this device (localStorage), then selected in the menu. A broken file shows its errors.
 */
import type { App } from '../../app.js';
import { errorScreen } from './error.js';

export async function openLevelFile(app: App, input: HTMLInputElement, menuScreen: (app: App) => void): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  const { keepOnDevice, loadCatalog, parseLevel } = await import('../../level/catalog.js');
  const text = await file.text();
  const entry = await parseLevel(`device:${file.name}`, text, undefined);
  if (!entry.ok) {
    errorScreen(app, app.t('boot.levelError', { id: file.name }), entry.errors, app.t('boot.levelErrorHelp'));
    return;
  }
  keepOnDevice(file.name, text);
  app.catalog = await loadCatalog();
  const kept = app.catalog.levels.find((l) => l.file === `device:${file.name}`);
  if (kept && !kept.ok) {
    errorScreen(app, app.t('boot.levelError', { id: file.name }), kept.errors, app.t('boot.levelErrorHelp'));
    return;
  }
  app.setup.levelId = entry.id;
  app.setup.humans = [];
  menuScreen(app);
}

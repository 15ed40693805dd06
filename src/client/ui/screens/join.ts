/**
 * Joining an online table (`?join=<code>` or `/join`): the online module (written with the server)
 * resolves a TablePort; the same table, outcome and debrief screens then drive it. Until that
 * module exists, the link explains itself instead of failing.
 */
import type { App } from '../../app.js';
import { changeLanguage, languageOptions } from '../language.js';
import { ensureHost } from '../loading.js';
import { errorScreen } from './error.js';
import { needsConnectionScreen } from './offline.js';
import { tableScreen } from './table.js';

type JoinModule = typeof import('../../online/join.js');
const online = import.meta.glob<JoinModule>('../../online/join.ts');

export async function joinScreen(app: App): Promise<void> {
  if (!navigator.onLine) {
    needsConnectionScreen(app, () => app.go(joinScreen));
    return;
  }
  const load = online['../../online/join.ts'];
  if (!load) {
    errorScreen(app, app.t('boot.onlineUnavailable'), []);
    return;
  }
  const { joinFromUrl } = await load();
  const port = await joinFromUrl(app.params, app.ui, {
    current: app.setup.language,
    chosen: app.languageChosen,
    languages: languageOptions(app.setup.language),
    change: async (language, remember) => {
      await changeLanguage(app, language, remember);
    },
  });
  if (!port) return;
  const { loadCatalog } = await import('../../level/catalog.js');
  app.catalog ??= await loadCatalog();
  await ensureHost(app);
  app.port = port;
  app.go(tableScreen);
}

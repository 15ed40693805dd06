/**
 * The service worker's side in the page (scripts/lib/pwa.ts builds the worker). It is registered
 * when the table is first up, or after some seconds on the menu (main.ts), so its precaching does
 * not compete with the downloads a phone on a slow link is waiting for; on a first visit it then
 * fetches what the game has not loaded yet in the background (hashed files already in the HTTP
 * cache are taken from there), and solo and hot-seat games start with no network from then on.
 *
 * A new build's worker installs beside the old one and waits. It takes over at a moment that loses
 * nothing: at once if the page is still on its boot or menu screen (the page reloads into the new
 * build), else the next time the player comes back to the menu. A game in progress keeps the build
 * it started with; the old worker still holds every chunk that build may load later.
 */
let applyUpdate: (() => Promise<void>) | null = null;
let waiting = false;

/** True while no game is under way: the boot screen or the menu is showing. */
function idle(): boolean {
  return document.querySelector('[data-testid="boot"], [data-testid="menu"]') !== null;
}

let registered = false;

/** Registers the worker once (later calls do nothing). */
export async function registerServiceWorker(): Promise<void> {
  // Under `vite` (development) the plugin's module registers nothing.
  if (registered || !('serviceWorker' in navigator)) return;
  registered = true;
  const { registerSW } = await import('virtual:pwa-register');
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      waiting = true;
      if (idle()) void update(true);
    },
    onOfflineReady() {
      // Tests and the curious: the game's files are all cached.
      document.documentElement.dataset.offlineReady = 'true';
    },
    onRegisterError(error: unknown) {
      console.warn('service worker not registered:', error);
    },
  });
  applyUpdate = () => update(true);
}

/** Called as the menu opens: a waiting update is taken now (the page reloads into it). */
export function updateAtMenu(): boolean {
  if (!waiting || !applyUpdate) return false;
  void applyUpdate();
  return true;
}

/**
 * The service worker's side in the page (scripts/lib/pwa.ts builds the worker). It is registered
 * once the menu is usable, so its precaching never competes with the menu's own downloads; on a
 * first visit it then fetches the rest of the game (Phaser, the levels, the art) in the background,
 * and solo and hot-seat games start with no network from the next visit on.
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

export async function registerServiceWorker(): Promise<void> {
  // Under `vite` (development) the plugin's module registers nothing.
  if (!('serviceWorker' in navigator)) return;
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

/**
 * The installable, offline-capable game (issue 13): the web app manifest and a Workbox service
 * worker through vite-plugin-pwa.
 *
 * What is precached is what a solo or hot-seat game needs and nothing more, read from Vite's own
 * build manifest: the game page (index.html), every chunk, style sheet and font it imports,
 * statically or lazily (the level chunks, the engine, Phaser, the screens), the art it draws and
 * the icons. The other pages (facilitator console, projector, studio, teacher's kit) stay
 * network-only, so a phone on a slow link downloads about the game alone. Sounds are cached as they
 * play (runtime cache), since the game runs without them.
 *
 * Updates: each precached file carries its revision (hashed names carry it in the name), so a new
 * build's worker fetches only what changed and drops the rest when it activates. The worker waits
 * (registerType 'prompt'); the page activates it at its next load, or when the player is back at
 * the menu (src/client/pwa.ts), never mid-game: an open game keeps the build it started with, and
 * the lazily loaded chunks it may still ask for stay in the old worker's cache.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { VitePWA } from 'vite-plugin-pwa';
import type { ManifestEntry } from 'workbox-build';
import type { PluginOption } from 'vite';

interface ViteChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}

/** Every file the game page can load: its entry, then imports and lazy imports, transitively. */
export function gameFiles(viteManifest: Record<string, ViteChunk>, entry = 'index.html'): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = viteManifest[key];
    if (!chunk) return;
    for (const f of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(f);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  visit(entry);
  return files;
}

/** Keep what the game page loads, plus the page itself, its art, icons and manifests. */
export function keepGameEntries<E extends ManifestEntry>(entries: readonly E[], files: ReadonlySet<string>): E[] {
  const always = /^(index\.html|icons\/.+|generated\/manifest\.json|generated\/img\/.+\.svg)$/;
  const seen = new Set<string>();
  // Fonts: the woff2 files only (every browser that runs a service worker reads woff2).
  return entries.filter((e) => (always.test(e.url) || (files.has(e.url) && !e.url.endsWith('.woff'))) && !seen.has(e.url) && Boolean(seen.add(e.url)));
}

export function pwa(outDir: string): PluginOption {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    // The manifest link is in index.html itself (with the icons); the plugin writes the file.
    manifestFilename: 'manifest.webmanifest',
    includeManifestIcons: false,
    manifest: {
      id: '/',
      name: 'Ministerial: the WTO e-commerce negotiations',
      short_name: 'Ministerial',
      description: 'A serious game about the WTO negotiations on electronic commerce: data flows, customs duties on electronic transmissions and policy space.',
      lang: 'en',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      orientation: 'any',
      background_color: '#11302D',
      theme_color: '#1D4B47',
      categories: ['education', 'games'],
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    workbox: {
      cacheId: 'ministerial',
      globPatterns: ['**/*.{html,js,css,woff2,svg,png,json}'],
      globIgnores: ['**/*.map', '**/*.br', '**/*.gz', '.vite/**'],
      // Phaser's chunk is 1.4 MB before compression.
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      manifestTransforms: [
        (entries) => {
          const path = resolve(outDir, '.vite', 'manifest.json');
          if (!existsSync(path)) return { manifest: entries, warnings: ['no .vite/manifest.json: precaching everything'] };
          const files = gameFiles(JSON.parse(readFileSync(path, 'utf8')) as Record<string, ViteChunk>);
          return { manifest: keepGameEntries(entries, files), warnings: [] };
        },
      ],
      cleanupOutdatedCaches: true,
      // Offline, the game's clean paths open the cached page; the other pages need the server.
      navigateFallback: '/index.html',
      navigateFallbackAllowlist: [/^\/(\?.*)?$/, /^\/join(\?.*)?$/],
      runtimeCaching: [
        {
          urlPattern: ({ url }) => url.pathname.startsWith('/generated/audio/'),
          handler: 'CacheFirst',
          options: { cacheName: 'ministerial-audio', expiration: { maxEntries: 40 } },
        },
      ],
    },
  });
}

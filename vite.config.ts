import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { prefetchAfterMenu } from './scripts/lib/prefetch.js';
import { precompress } from './scripts/lib/precompress.js';
import { shippedLevels } from './scripts/lib/level-catalog.js';
import { pwa } from './scripts/lib/pwa.js';
import { preloadFonts } from './scripts/lib/preload-fonts.js';

const root = import.meta.dirname;
const outDir = 'dist/client';

/**
 * Every *.html page at the repository root is an entry (index.html is the game; the online mode
 * adds its own pages), so a new page needs no change here. A page whose module script does not
 * exist yet (a page still being written) is left out with a warning instead of failing the build.
 */
function pages(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const file of readdirSync(root).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(resolve(root, file), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="\/([^"]+)"/g)].map((m) => m[1] as string);
    const missing = scripts.filter((s) => !existsSync(resolve(root, s)));
    if (missing.length > 0) {
      console.warn(`vite.config: leaving out ${file}: ${missing.join(', ')} does not exist yet`);
      continue;
    }
    entries[file.replace(/\.html$/, '')] = resolve(root, file);
  }
  return entries;
}

// The browser game (src/client) is built here; levels and the evidence base are imported as text.
export default defineConfig({
  root: '.',
  // Our own generated art and sound are served as they are (nothing is fetched from elsewhere).
  publicDir: 'assets',
  // The service worker and web app manifest first, so the compressor also writes their .br/.gz.
  plugins: [shippedLevels(), prefetchAfterMenu(), preloadFonts(), pwa(resolve(root, outDir)), precompress()],
  server: { port: 5173, watch: { ignored: ['**/test-results/**', '**/dist/**'] } },
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rollupOptions: { input: pages() },
  },
});

import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Every *.html page at the repository root is an entry (index.html is the game; the online mode
// adds its own pages), so a new page needs no change here.
const root = import.meta.dirname;
const pages = Object.fromEntries(
  readdirSync(root)
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f.replace(/\.html$/, ''), resolve(root, f)]),
);

// The browser game (src/client) is built here; levels and the evidence base are imported as text.
export default defineConfig({
  root: '.',
  // Our own generated art and sound are served as they are (nothing is fetched from elsewhere).
  publicDir: 'assets',
  server: { port: 5173, watch: { ignored: ['**/test-results/**', '**/dist/**'] } },
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    sourcemap: true,
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rollupOptions: { input: pages },
  },
});

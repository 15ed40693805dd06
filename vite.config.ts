import { defineConfig } from 'vite';

// The browser game (src/client) is built here; levels and the evidence base are imported as text.
export default defineConfig({
  root: '.',
  publicDir: false,
  server: { port: 5173 },
  build: { outDir: 'dist/client', emptyOutDir: true, sourcemap: true },
});

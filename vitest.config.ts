import { defineConfig } from 'vitest/config';
import { shippedLevels } from './scripts/lib/level-catalog.js';

export default defineConfig({
  // The client's catalog imports the levels validated at build time (virtual:shipped-levels).
  plugins: [shippedLevels()],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Builds the client once and serves it for the browser tests in test/browser.
    globalSetup: ['test/browser/global-setup.ts'],
  },
});

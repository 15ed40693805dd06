import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Builds the client once and serves it for the browser tests in test/browser.
    globalSetup: ['test/browser/global-setup.ts'],
  },
});

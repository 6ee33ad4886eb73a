import { defineConfig } from '@playwright/test';

/**
 * Each spec launches its own Chromium with the built extension (see e2e/support/browser.ts); the machines
 * have 2 cores, so one worker. `npm test` builds dist/ (production) and dist-test/ (adds 127.0.0.1 host
 * permission) first, and runs this under xvfb-run so the headed shortcut spec has a display.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: /.*\.spec\.ts/,
  testIgnore: 'firefox/**', // the Firefox e2e has its own config: playwright.firefox.config.ts
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
});

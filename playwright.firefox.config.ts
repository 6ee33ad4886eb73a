import { defineConfig } from '@playwright/test';

/**
 * The Firefox e2e (`npm run test:e2e:firefox`, part of `npm test`): Playwright is only the runner; each spec
 * drives firefox-esr with puppeteer-core over WebDriver BiDi (e2e/firefox/support/firefox.ts). Needs
 * dist-firefox/ (production, for the shortcut spec) and dist-firefox-test/ (adds the 127.0.0.1 host
 * permission). Headless: no display needed.
 */
export default defineConfig({
  testDir: 'e2e/firefox',
  testMatch: /.*\.spec\.ts/,
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results/firefox',
});

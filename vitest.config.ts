import { defineConfig } from 'vitest/config';

/** Node-side tests: pure logic, the reader pipeline on jsdom, the corpus, the CLI. Browser tests are in e2e/. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'content-scripts/**/*.test.ts', 'popup/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

import { test } from '@playwright/test';
import { launchLede } from './browser';
import type { LedeBrowser } from './browser';
import { startPageServer } from './server';
import type { PageServer } from './server';

/**
 * One page server and one Chromium with Lede per spec file: started before its tests, closed after them.
 * `use` receives both, so a spec keeps plain `server` and `lede` variables:
 *   let server: PageServer; let lede: LedeBrowser;
 *   withLede((started) => ({ server, lede } = started));
 */
export function withLede(
  use: (started: { server: PageServer; lede: LedeBrowser }) => void,
  options: Parameters<typeof launchLede>[0] = {},
): void {
  let started: { server: PageServer; lede: LedeBrowser } | undefined;
  test.beforeAll(async () => {
    const server = await startPageServer();
    started = { server, lede: await launchLede(options).catch(async (error: unknown) => {
      await server.close();
      throw error;
    }) };
    use(started);
  });
  test.afterAll(async () => {
    await started?.lede.close();
    await started?.server.close();
  });
}

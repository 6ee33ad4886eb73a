import { test } from '@playwright/test';
import { launchLede } from './browser';
import type { LedeBrowser } from './browser';
import { startPageServer } from './server';
import type { PageServer } from './server';

/**
 * One page server and one browser with Lede per spec file: started before its tests, closed after them.
 * `use` receives both, so a spec keeps plain `server` and `lede` variables:
 *   let server: PageServer; let lede: LedeBrowser;
 *   withLede((started) => ({ server, lede } = started));
 */
export function withServerAnd<B extends { close(): Promise<void> }>(
  launch: () => Promise<B>,
  use: (started: { server: PageServer; lede: B }) => void,
): void {
  let started: { server: PageServer; lede: B } | undefined;
  test.beforeAll(async () => {
    const server = await startPageServer();
    const lede = await launch().catch(async (error: unknown) => {
      await server.close();
      throw error;
    });
    started = { server, lede };
    use(started);
  });
  test.afterAll(async () => {
    await started?.lede.close();
    await started?.server.close();
  });
}

/** Chromium with Lede (the e2e build unless `options.dist` says otherwise). */
export function withLede(
  use: (started: { server: PageServer; lede: LedeBrowser }) => void,
  options: Parameters<typeof launchLede>[0] = {},
): void {
  withServerAnd(() => launchLede(options), use);
}

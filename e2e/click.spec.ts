import { expect, test } from '@playwright/test';
import { clickToolbarButton, DIST_PROD } from './support/browser';
import type { LedeBrowser } from './support/browser';
import type { PageServer } from './support/server';
import { withLede } from './support/lifecycle';

/**
 * A click on the toolbar button, on the PRODUCTION build (no host permissions at all), headless: DevTools'
 * Extensions.triggerAction runs the button's action as Chrome does for a person's click, and so grants
 * activeTab. Beside the headed shortcut test (shortcut.spec.ts), this path runs on machines without a display.
 */
let server: PageServer;
let lede: LedeBrowser;

withLede((started) => ({ server, lede } = started), { dist: DIST_PROD });

test('the production build has no host access until the button is clicked', async () => {
  const permissions = await lede.worker.evaluate(() => chrome.permissions.getAll());
  expect(permissions.origins ?? []).toEqual([]);
});

test('without a click, the production build cannot read a page (what the click grants is activeTab)', async () => {
  const page = await lede.context.newPage();
  await page.goto(server.url('/shared/putin-kim-summit.html'));
  await page.bringToFront();
  const outcome = await lede.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    try {
      await chrome.scripting.executeScript({ target: { tabId: tab?.id ?? -1 }, func: () => document.title });
      return 'read';
    } catch (error) {
      return String(error);
    }
  });
  expect(outcome).toMatch(/Cannot access contents of the page/);
  await page.close();
});

test('clicking the toolbar button on the reference page opens the popup with the article', async () => {
  const page = await lede.context.newPage();
  await page.goto(server.url('/shared/putin-kim-summit.html'));
  const { popup, close } = await clickToolbarButton(lede, page);
  try {
    await expect(popup.locator('.reader-title')).toContainText('summit between Vladimir Putin and Kim Jong Un');
    await expect(popup.locator('.reader-content p')).toHaveCount(13);
  } finally {
    await close();
    await page.close();
  }
});


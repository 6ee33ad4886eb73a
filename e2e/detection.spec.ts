import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openPopupAsTab, tabIdOf } from './support/browser';
import type { LedeBrowser } from './support/browser';
import type { PageServer } from './support/server';
import { withLede } from './support/lifecycle';

let server: PageServer;
let lede: LedeBrowser;

withLede((started) => ({ server, lede } = started));

const badge = (tabId: number) => lede.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
const title = (tabId: number) => lede.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
const registered = () =>
  lede.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));

async function openOptions(): Promise<Page> {
  const page = await lede.context.newPage();
  await page.goto(`chrome-extension://${lede.extensionId}/src/options/index.html`);
  await expect(page.getByRole('heading', { name: 'News-page detection' })).toBeVisible();
  return page;
}

async function visit(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await lede.context.newPage();
  await page.goto(server.url(path));
  return { page, tabId: await tabIdOf(lede, page) };
}

test('detection is off by default: nothing registered, no badge', async () => {
  expect(await registered()).toEqual([]);
  const { page, tabId } = await visit('/shared/putin-kim-summit.html');
  await page.waitForTimeout(500);
  expect(await badge(tabId)).toBe('');
  await page.close();
});

/**
 * Turning detection on asks for http://*\/* and https://*\/*; automation cannot answer the browser's permission
 * prompt (no flag accepts it headless), so the test stands in for the user's "Allow": it writes what the options
 * page writes after a grant. The test build already holds http://127.0.0.1/*, which is the granted origin here.
 */
const enableDetection = (excludedSites: string[] = []) =>
  lede.worker.evaluate(async (sites) => {
    const { settings } = await chrome.storage.sync.get('settings');
    const current = (settings ?? {}) as { detection?: object };
    await chrome.storage.sync.set({
      settings: { schemaVersion: 2, ...current, detection: { ...current.detection, enabled: true, excludedSites: sites } },
    });
  }, excludedSites);

test('clicking the switch asks for the permission and stays off until it is granted', async () => {
  const options = await openOptions();
  const toggle = options.getByRole('switch', { name: 'Mark article pages on the toolbar button' });
  await toggle.click();
  await options.waitForTimeout(500);
  await expect(toggle).not.toBeChecked();
  expect(await registered()).toEqual([]);
  await options.close();
});

test('when on, articles get a badge; other pages and excluded sites do not; off clears them', async () => {
  await enableDetection();
  await expect.poll(registered).toEqual(['lede-detect']);

  const article = await visit('/shared/putin-kim-summit.html');
  await expect.poll(() => badge(article.tabId)).toBe('✓');
  expect(await title(article.tabId)).toBe('Lede: article detected — press Alt+Shift+D');

  const other = await visit('/pages/not-an-article/');
  await other.page.waitForTimeout(800);
  expect(await badge(other.tabId)).toBe('');

  // A story rendered in web components' shadow trees is detected as the reader will find it.
  const components = await visit('/pages/shadow/');
  await expect.poll(() => badge(components.tabId)).toBe('✓');
  await components.page.close();

  // The switch in the options page shows it on.
  const options = await openOptions();
  await expect(options.getByRole('switch', { name: 'Mark article pages on the toolbar button' })).toBeChecked();

  // Excluding the site (typed as a URL) clears the badge already shown, and no page there gets one.
  await options.getByRole('textbox', { name: /Site to exclude/ }).fill(server.url('/shared/'));
  await options.getByRole('button', { name: 'Add site' }).click();
  await expect.poll(() => badge(article.tabId)).toBe('');
  await article.page.reload();
  await article.page.waitForTimeout(800);
  expect(await badge(article.tabId)).toBe('');
  await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
  await article.page.reload();
  await expect.poll(() => badge(article.tabId)).toBe('✓');

  // With detection on, the shortcut's popup (_execute_action) opens the reader on the detected article,
  // and says "no article" (with "Try anyway") on the other page.
  const popup = await openPopupAsTab(lede, article.tabId);
  await expect(popup.locator('.reader-title')).toContainText('summit between Vladimir Putin and Kim Jong Un');
  const otherPopup = await openPopupAsTab(lede, other.tabId);
  await expect(otherPopup.getByRole('heading', { name: 'No article found here' })).toBeVisible();
  await expect(otherPopup.getByRole('button', { name: 'Try anyway' })).toBeVisible();
  await Promise.all([popup.close(), otherPopup.close()]);

  // Turning it off unregisters the script and clears every badge.
  await options.getByRole('switch', { name: 'Mark article pages on the toolbar button' }).click();
  await expect.poll(registered).toEqual([]);
  await expect.poll(() => badge(article.tabId)).toBe('');
  await article.page.reload();
  await article.page.waitForTimeout(800);
  expect(await badge(article.tabId)).toBe('');
  await Promise.all([article.page.close(), other.page.close(), options.close()]);
});

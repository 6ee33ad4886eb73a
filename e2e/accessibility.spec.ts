import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openPopupAsTab, tabIdOf } from './support/browser';
import type { LedeBrowser } from './support/browser';
import type { PageServer } from './support/server';
import { withLede } from './support/lifecycle';

let server: PageServer;
let lede: LedeBrowser;

withLede((started) => ({ server, lede } = started));

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
}

const THEMES = ['light', 'dark', 'sepia'] as const;

async function setTheme(theme: (typeof THEMES)[number]) {
  await lede.worker.evaluate(async (value) => {
    const { settings } = await chrome.storage.sync.get('settings');
    const current = (settings ?? { schemaVersion: 2 }) as { appearance?: object };
    await chrome.storage.sync.set({ settings: { ...current, appearance: { ...current.appearance, theme: value } } });
  }, theme);
}

for (const theme of THEMES) {
  test(`the options page has no serious accessibility violations (${theme})`, async () => {
    await setTheme(theme);
    const page = await lede.context.newPage();
    await page.goto(`chrome-extension://${lede.extensionId}/src/options/index.html`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    // An error message and a site in the list, so their styles are checked too.
    const input = page.getByRole('textbox', { name: /Site to exclude/ });
    await input.fill('example.com');
    await input.press('Enter');
    await input.fill('not valid');
    await input.press('Enter');
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  test(`the popup with an article has no serious accessibility violations (${theme})`, async () => {
    await setTheme(theme);
    const article = await lede.context.newPage();
    await article.goto(server.url('/shared/putin-kim-summit.html'));
    const popup = await openPopupAsTab(lede, await tabIdOf(lede, article));
    await popup.setViewportSize({ width: 720, height: 600 });
    await expect(popup.locator('article.reader')).toBeVisible();
    await expect(popup.locator('html')).toHaveAttribute('data-theme', theme);
    expect(await seriousViolations(popup)).toEqual([]);
    await Promise.all([popup.close(), article.close()]);
  });
}

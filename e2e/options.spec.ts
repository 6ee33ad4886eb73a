import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openPopupAsTab, tabIdOf } from './support/browser';
import type { LedeBrowser } from './support/browser';
import type { PageServer } from './support/server';
import { withLede } from './support/lifecycle';
import { savePopupScreenshot, saveScreenshot } from './support/screenshots';

let server: PageServer;
let lede: LedeBrowser;

withLede((started) => ({ server, lede } = started));

async function openOptions(): Promise<Page> {
  const page = await lede.context.newPage();
  await page.goto(`chrome-extension://${lede.extensionId}/src/options/index.html`);
  await expect(page.getByRole('heading', { name: 'Appearance' })).toBeVisible();
  return page;
}

const storedSettings = () =>
  lede.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as Record<string, unknown> | undefined);

const popupFontSize = (popup: Page) =>
  popup.locator('.reader-content p').first().evaluate((p) => getComputedStyle(p).fontSize);

test('changes in the options page apply at once to an open popup', async () => {
  const article = await lede.context.newPage();
  await article.goto(server.url('/shared/putin-kim-summit.html'));
  const popup = await openPopupAsTab(lede, await tabIdOf(lede, article));
  await expect(popup.locator('article.reader')).toBeVisible();
  expect(await popup.locator('html').getAttribute('data-theme')).toBeNull();
  expect(await popupFontSize(popup)).toBe('18px');
  // The key points are marked in the article's DOM after it renders; re-rendering the view must keep them.
  const marks = popup.locator('.reader-content mark.lede-kp');
  await expect(marks.first()).toBeVisible();
  const markCount = await marks.count();

  const options = await openOptions();
  await options.getByRole('radio', { name: 'Dark' }).check();
  await expect(popup.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => popup.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(27, 28, 30)');

  const size = options.getByRole('slider', { name: 'Font size' });
  await size.focus();
  for (let i = 0; i < 4; i += 1) await size.press('ArrowRight');
  await expect.poll(() => popupFontSize(popup)).toBe('22px');
  await expect(options.locator('.preview-reader')).toHaveCSS('font-size', '22px');

  await options.getByRole('radio', { name: 'Sepia' }).check();
  await expect(popup.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await options.getByRole('radio', { name: 'System' }).check();
  await expect.poll(() => popup.locator('html').getAttribute('data-theme')).toBeNull();

  // The popup's own quick controls write the same settings, and the options page follows them.
  await popup.getByRole('button', { name: /larger text/ }).click();
  await expect.poll(() => popupFontSize(popup)).toBe('24px');
  await expect(size).toHaveValue('24');
  await popup.getByRole('button', { name: /^Theme: System/ }).click();
  await expect(popup.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(options.getByRole('radio', { name: 'Light' })).toBeChecked();
  expect(await marks.count()).toBe(markCount);
  await Promise.all([options.close(), popup.close(), article.close()]);
});

test('every control is labelled and reachable by keyboard, and the values are saved', async () => {
  const options = await openOptions();
  await options.getByRole('radio', { name: 'Monospace' }).check();
  await options.getByRole('radio', { name: '5', exact: true }).check();
  await options.getByRole('switch', { name: /key points panel/ }).uncheck();
  await options.getByRole('radio', { name: 'Pink' }).check();
  await options.getByRole('switch', { name: 'Show the reading time' }).uncheck();
  await expect(options.locator('html')).toHaveAttribute('data-highlight', 'pink');
  await expect(options.locator('.preview .reader-reading-time')).toBeHidden();
  await expect.poll(storedSettings).toMatchObject({
    appearance: { font: 'mono' },
    keyPoints: { count: 5, showPanel: false, highlightColor: 'pink' },
    reader: { showReadingTime: false },
  });
  // Keyboard: Tab reaches the theme radios, arrows change them.
  await options.getByRole('radio', { name: 'Light' }).focus();
  await options.keyboard.press('ArrowRight');
  await expect(options.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await options.close();
});

test('the excluded-sites list validates what is typed', async () => {
  const options = await openOptions();
  const input = options.getByRole('textbox', { name: /Site to exclude/ });
  await input.fill('not a site');
  await input.press('Enter');
  await expect(options.getByRole('alert')).toContainText('no spaces');
  await input.fill('exa_mple');
  await input.press('Enter');
  await expect(options.getByRole('alert')).toContainText('is not a site address');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await input.fill('https://www.example.com/news/story.html');
  await options.getByRole('button', { name: 'Add site' }).click();
  await expect(options.getByRole('list', { name: 'Sites without the badge' })).toContainText('example.com');
  await input.fill('example.com');
  await input.press('Enter');
  await expect(options.getByRole('alert')).toContainText('already in the list');
  await expect.poll(storedSettings).toMatchObject({ detection: { excludedSites: ['example.com'] } });
  await options.getByRole('button', { name: 'Remove example.com' }).click();
  await expect.poll(storedSettings).toMatchObject({ detection: { excludedSites: [] } });
  await options.close();
});

test('the shortcut section shows the bound key and opens the shortcuts page', async () => {
  const options = await openOptions();
  await expect(options.locator('.shortcut-keys')).toHaveText('Alt+Shift+D');
  const opened = lede.context.waitForEvent('page');
  await options.getByRole('button', { name: 'Change shortcut' }).click();
  const shortcuts = await opened;
  await expect.poll(() => shortcuts.url()).toBe('chrome://extensions/shortcuts');
  await Promise.all([shortcuts.close(), options.close()]);
});

test('import: a broken file changes nothing; a valid one applies; reset restores the defaults', async () => {
  const options = await openOptions();
  await options.getByRole('radio', { name: 'Sepia' }).check();
  await expect.poll(storedSettings).toMatchObject({ appearance: { theme: 'sepia' } });
  const before = await storedSettings();
  const file = options.getByLabel('Settings file to import');

  for (const [name, body, message] of [
    ['broken.json', '{ "app": "lede", ', 'not valid JSON'],
    ['other.json', JSON.stringify({ app: 'someone-else', settings: {} }), 'not a Lede settings file'],
    ['empty.json', JSON.stringify({ app: 'lede', kind: 'settings', settings: [] }), 'no settings'],
  ] as const) {
    await file.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    await expect(options.getByRole('alert')).toContainText(message);
    expect(await storedSettings()).toEqual(before);
  }

  // Export, then import what was exported after changing something.
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export settings' }).click();
  const exported = await (await download).path().then((path) => import('node:fs/promises').then((fs) => fs.readFile(path)));
  expect(JSON.parse(exported.toString())).toMatchObject({ app: 'lede', settings: { appearance: { theme: 'sepia' } } });
  await options.getByRole('radio', { name: 'Dark' }).check();
  await file.setInputFiles({ name: 'lede.json', mimeType: 'application/json', buffer: exported });
  await expect(options.getByRole('status').filter({ hasText: 'imported' })).toBeVisible();
  await expect(options.getByRole('radio', { name: 'Sepia' })).toBeChecked();

  options.once('dialog', (dialog) => void dialog.accept());
  await options.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(options.getByRole('radio', { name: 'System' })).toBeChecked();
  await expect.poll(storedSettings).toMatchObject({
    appearance: { theme: 'system', font: 'serif', fontSize: 18, lineHeight: 1.6, contentWidth: 640 },
    keyPoints: { count: 'auto', showPanel: true, highlightInline: true, highlightColor: 'yellow' },
    reader: { showReadingTime: true },
    detection: { enabled: false, excludedSites: [] },
  });
  await options.close();
});

test('screenshots: the options page and the popup in each theme', async () => {
  const article = await lede.context.newPage();
  await article.goto(server.url('/shared/putin-kim-summit.html'));
  const popup = await openPopupAsTab(lede, await tabIdOf(lede, article));
  await popup.setViewportSize({ width: 720, height: 600 });
  await expect(popup.locator('article.reader')).toBeVisible();
  const options = await openOptions();
  await options.setViewportSize({ width: 1000, height: 900 });
  for (const theme of ['Light', 'Dark', 'Sepia'] as const) {
    await options.getByRole('radio', { name: theme }).check();
    await expect(popup.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
    await popup.waitForTimeout(300);
    // artifacts/screenshots/ (docs/screenshots/ with LEDE_UPDATE_DOCS=1): options.png is the light page.
    await savePopupScreenshot(popup, `popup-${theme.toLowerCase()}`);
    await saveScreenshot(options, theme === 'Light' ? 'options' : `options-${theme.toLowerCase()}`, { fullPage: true });
  }
  await Promise.all([options.close(), popup.close(), article.close()]);
});

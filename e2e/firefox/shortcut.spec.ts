import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { DIST_FIREFOX, launchFirefoxLede, settledPopup } from './support/firefox';
import type { FirefoxLede } from './support/firefox';
import { GECKO_ID } from '../../build/manifests';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../support/server';
import type { PageServer } from '../support/server';
import { withServerAnd } from '../support/lifecycle';

/**
 * The keyboard command on the PRODUCTION Firefox build (dist-firefox: activeTab, no host permission at all).
 * Firefox turns the manifest's suggested key into a XUL <key> in the browser window; a real key press fires
 * that element's command. The test calls doCommand() on the element, which runs the same handler as the key
 * press (ExtensionShortcuts → _execute_action: grant activeTab on the selected tab, open the action popup).
 * It does not exercise the OS/XUL key matching itself; that the key is Alt+Shift+D and is Lede's own
 * (no Firefox menu or built-in shortcut takes it) is checked on the element and the browser's keysets.
 */
const SHORTCUT = 'Alt+Shift+D';
const KEYSET = `#ext-keyset-id-${GECKO_ID.replace(/[^a-z0-9_-]/gi, '_')}`;

let server: PageServer;
let lede: FirefoxLede;

withServerAnd(() => launchFirefoxLede({ dist: DIST_FIREFOX }), (started) => ({ server, lede } = started));

test('Firefox production build: the shortcut grants activeTab and opens the real popup on the article', async () => {
  // An extension page to ask the extension things from (it stays in a background tab).
  const probe: Page = lede.probe;
  const { origins, shortcut } = await probe.evaluate(async () => {
    const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
    const commands = await ext.commands.getAll();
    return {
      origins: (await ext.permissions.getAll()).origins ?? [],
      shortcut: commands.find((command) => command.name === '_execute_action')?.shortcut ?? null,
    };
  });
  expect(origins, 'the production build holds no host permission').toEqual([]);
  expect(shortcut).toBe(SHORTCUT);

  // The browser window binds it as Lede's key, and nothing else in the window uses Alt+Shift+D.
  const keys = await lede.evaluateInChrome<string>(
    `JSON.stringify([...document.querySelectorAll('key')]
      .filter((k) => (k.getAttribute('key') || '').toUpperCase() === 'D' && k.getAttribute('modifiers') === 'alt,shift')
      .map((k) => k.parentElement.id))`,
  );
  expect(JSON.parse(keys)).toEqual([KEYSET.slice(1)]);

  const url = server.url('/shared/putin-kim-summit.html');
  const article = await lede.openWebPage(url);
  const tabId = await lede.selectedTabId(); // the production build may not see the URL before the command

  // Control: without the command, the production build may not read the page.
  const denied = await lede.openExtensionPage(`/popup/index.html?tabId=${tabId}`);
  expect(await settledPopup(denied)).toContain('state-error');
  await denied.close();

  // The key press, in the window, on the article's (selected) tab.
  await article.bringToFront();
  await lede.evaluateInChrome<null>(`document.querySelector('${KEYSET} > key').doCommand(), null`);

  // The real action popup opened (a panel in the browser window, not a tab). Extension pages share one
  // process, so its document is read through extension.getViews({ type: 'popup' }) from the probe page.
  const readPopup = () =>
    probe.evaluate(() => {
      const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
      const [view] = ext.extension.getViews({ type: 'popup' });
      if (!view) return null;
      const doc = view.document;
      return {
        href: view.location.href,
        title: doc.querySelector('.reader-title')?.textContent ?? null,
        paragraphs: doc.querySelectorAll('.reader-content p').length,
        firstParagraph: doc.querySelector('.reader-content p')?.textContent ?? '',
        keyPoints: doc.querySelectorAll('.key-points-list .key-point').length,
        state: doc.querySelector('.state')?.className ?? null,
      };
    });
  await expect.poll(async () => (await readPopup())?.title ?? null, { timeout: 20_000 }).toContain(
    'summit between Vladimir Putin and Kim Jong Un',
  );
  await expect.poll(async () => (await readPopup())?.keyPoints ?? 0).toBeGreaterThanOrEqual(2); // rendered just after
  const popup = await readPopup();
  expect(popup?.href).toBe(`${lede.origin}/popup/index.html`); // the real popup: no ?tabId=, reads the active tab
  expect(popup?.paragraphs).toBe(13);
  expect(popup?.firstParagraph).toContain('Vladimir Putin has said Russia');
  expect(popup?.keyPoints).toBeGreaterThanOrEqual(2);

  // activeTab was granted to the article's tab by the command: the extension can now script that tab.
  const granted = await probe.evaluate(
    async (id) => {
      const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
      const [result] = await ext.scripting.executeScript({ target: { tabId: id }, func: () => document.title });
      return result?.result ?? null;
    },
    tabId,
  );
  expect(granted).toContain('Vladimir Putin and Kim Jong Un');
});

/** Presses the shortcut on the selected tab and returns what the real popup then shows, once settled. */
async function pressShortcutAndReadPopup(): Promise<{ state: string | null; title: string | null; text: string }> {
  // The action command toggles: close a popup still open from an earlier test first.
  await lede.probe.evaluate(() => {
    const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
    for (const view of ext.extension.getViews({ type: 'popup' })) view.close();
  });
  await expect.poll(() => lede.probe.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.extension.getViews({ type: 'popup' }).length)).toBe(0);
  await lede.evaluateInChrome<null>(`document.querySelector('${KEYSET} > key').doCommand(), null`);
  const read = () =>
    lede.probe.evaluate(() => {
      const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
      const [view] = ext.extension.getViews({ type: 'popup' });
      const doc = view?.document;
      if (!doc || doc.querySelector('.state-loading')) return null;
      const state = doc.querySelector('.state')?.className ?? (doc.querySelector('article.reader') ? 'article' : null);
      if (!state) return null;
      return { state, title: doc.querySelector('.state-title, .reader-title')?.textContent ?? null, text: doc.body.innerText };
    });
  await expect.poll(read, { timeout: 20_000 }).not.toBeNull();
  return (await read())!;
}

test('Firefox production build: on a browser page the shortcut explains why Lede cannot read it', async () => {
  const tab = await lede.browser.newPage();
  await lede.navigate(tab, 'about:robots');
  await expect.poll(() => lede.urlOf(tab)).toBe('about:robots'); // no script may run in it to ask
  await tab.bringToFront();
  const popup = await pressShortcutAndReadPopup();
  expect(popup.title, popup.text).toBe('Lede can’t read this page');
  expect(popup.state).toContain('state-unreadable');
  await tab.close();
});

test('Firefox production build: the shortcut reads a local file (activeTab opens file:// in Firefox)', async () => {
  const tab = await lede.browser.newPage();
  const url = pathToFileURL(join(REPO_ROOT, 'e2e/pages/not-an-article/index.html')).href;
  await lede.navigate(tab, url);
  await expect.poll(() => lede.urlOf(tab)).toBe(url);
  await tab.bringToFront();
  // Firefox has no “Allow access to file URLs” switch (isAllowedFileSchemeAccess is always false there):
  // Lede reads the file instead of asking for that switch (src/platform/differences.ts).
  const popup = await pressShortcutAndReadPopup();
  expect(popup.title, popup.text).toBe('No article found here');
  await tab.close();
});

/**
 * Firefox with Lede installed, for the Firefox e2e (playwright.firefox.config.ts). Playwright cannot drive
 * Firefox here (its Firefox build cannot be downloaded), so the specs drive Debian's firefox-esr with
 * puppeteer-core over WebDriver BiDi, as ../shared/PLATFORM.md → Firefox describes; Playwright is only
 * the test runner.
 */
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { REPO_ROOT } from '../../support/server';
import { GECKO_ID } from '../../../build/manifests';

export const FIREFOX = process.env.LEDE_FIREFOX ?? '/usr/bin/firefox-esr';
export const DIST_FIREFOX = join(REPO_ROOT, 'dist-firefox');
export const DIST_FIREFOX_TEST = join(REPO_ROOT, 'dist-firefox-test');

/** What the BiDi connection gives us; puppeteer exposes it but does not type it publicly. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

export interface FirefoxLede {
  browser: Browser;
  /** An extension page (the options page) opened first and left in a background tab, to call the API from. */
  probe: Page;
  /** The moz-extension:// origin, fixed per run through the `extensions.webextensions.uuids` pref. */
  origin: string;
  /** Opens an extension page (e.g. `/popup/index.html?tabId=3`) in a new tab and waits until it has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** Starts loading `url` in `page` without waiting for BiDi navigation events (extension and about: pages send none). */
  navigate(page: Page, url: string): Promise<void>;
  /** The URL `page` shows, as the browser reports it (works for pages no script may run in). */
  urlOf(page: Page): Promise<string>;
  /** Opens an http page in a new tab (or in `page`) and returns the tab. */
  openWebPage(url: string, page?: Page): Promise<Page>;
  /** The WebExtension tab id of the tab showing `url` (needs host access to it), asked of an extension page. */
  tabIdOf(url: string): Promise<number>;
  /** The id of the selected tab of the window: for tabs whose URL Lede may not see (about:, or no host access). */
  selectedTabId(): Promise<number>;
  /** Runs `expression` in the browser window itself (chrome scope; needs --remote-allow-system-access). */
  evaluateInChrome<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

function connectionOf(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}

function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

export async function launchFirefoxLede(options: { dist?: string } = {}): Promise<FirefoxLede> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1100, height: 800 },
    // Lets BiDi reach moz-extension:// pages and the browser window (for the shortcut's <key>).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // No network here: fail every other host at once instead of waiting on DNS.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1, localhost',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  const installed = await browser.installExtension(options.dist ?? DIST_FIREFOX_TEST);
  if (installed !== GECKO_ID) throw new Error(`Installed ${installed}, expected ${GECKO_ID}`);
  const connection = connectionOf(browser);
  const origin = `moz-extension://${uuid}`;

  let helper: Page | undefined;
  const lede: FirefoxLede = {
    browser,
    get probe() {
      if (!helper) throw new Error('not launched yet');
      return helper;
    },
    origin,
    async navigate(page, url) {
      await connection.send('browsingContext.navigate', { context: contextOf(page), url, wait: 'none' });
    },
    async urlOf(page) {
      const tree = await connection.send('browsingContext.getTree', { root: contextOf(page), maxDepth: 0 });
      return (tree.result.contexts as { url: string }[])[0]?.url ?? '';
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = origin + path;
      // page.goto never resolves for moz-extension:// (no BiDi navigation events): navigate and poll.
      await lede.navigate(page, url);
      await page.waitForFunction((expected) => location.href === expected && document.readyState === 'complete', {}, url);
      return page;
    },
    async openWebPage(url, page) {
      const tab = page ?? (await browser.newPage());
      await tab.goto(url, { waitUntil: 'load' });
      return tab;
    },
    async tabIdOf(url) {
      const id = await lede.probe.evaluate(async (target) => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        return (await api.tabs.query({})).find((tab) => tab.url === target)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`No tab shows ${url}`);
      return id;
    },
    async selectedTabId() {
      const id = await lede.probe.evaluate(async () => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null;
      });
      if (id === null) throw new Error('No selected tab');
      return id;
    },
    async evaluateInChrome<T>(expression: string) {
      const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      const [window] = tree.result.contexts as { context: string; url: string }[];
      if (!window?.url.endsWith('browser.xhtml')) throw new Error('No browser window found in chrome scope');
      const { result } = await connection.send('script.evaluate', {
        expression,
        target: { context: window.context },
        awaitPromise: true,
        resultOwnership: 'none',
      });
      if (result.type === 'exception') throw new Error(`In the browser window: ${JSON.stringify(result.exceptionDetails)}`);
      return (result.result as { value: T }).value;
    },
    close: () => browser.close(),
  };
  helper = await lede.openExtensionPage('/src/options/index.html');
  return lede;
}

/** Waits until the popup page has left its loading state; returns the state's class ('article' or state-*). */
export async function settledPopup(popup: Page): Promise<string> {
  const handle = await popup.waitForSelector('article.reader, .state:not(.state-loading)', { timeout: 20_000 });
  return (await handle!.evaluate((el) => (el.matches('article.reader') ? 'article' : el.className))) as string;
}

/** Clicks the option labelled `label` in the options page's choice group `legend` (a real click). */
export async function chooseOption(options: Page, legend: string, label: string): Promise<void> {
  const handle = await options.evaluateHandle(
    (legendText, labelText) => {
      const group = [...document.querySelectorAll('fieldset')].find(
        (fieldset) => fieldset.querySelector('legend')?.textContent?.trim() === legendText,
      );
      return [...(group?.querySelectorAll('label.segment') ?? [])].find((el) => el.textContent?.trim() === labelText) ?? null;
    },
    legend,
    label,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`No option “${label}” under “${legend}”`);
  await (element as import('puppeteer-core').ElementHandle<Element>).click();
}

import { chromium } from '@playwright/test';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from './server';

export const CHROMIUM = process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium';
export const DIST_PROD = join(REPO_ROOT, 'dist');
export const DIST_TEST = join(REPO_ROOT, 'dist-test');

export interface LedeBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  debugPort: number;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/**
 * The id Chromium gives an unpacked extension: the first 128 bits of SHA-256 of its absolute path, each
 * hex digit written as a letter a–p. launchLede checks it against the id the browser reports.
 */
export function unpackedExtensionId(dist: string): string {
  const hex = createHash('sha256').update(resolve(dist)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** Command-line switches for Chromium with Lede loaded from `dist`, and DevTools on `debugPort` when given. */
export function chromiumArgs(dist: string, debugPort?: number): string[] {
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    ...(debugPort === undefined ? [] : [`--remote-debugging-port=${debugPort}`]),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    // Lets a pipe connection (Playwright's own, bench:popup's) click the toolbar button: Extensions.triggerAction.
    '--enable-unsafe-extension-debugging',
  ];
}

/** Writes a profile in which the extension `id` is pinned to the toolbar (before the browser starts). */
export async function pinInProfile(userDataDir: string, id: string): Promise<void> {
  await mkdir(join(userDataDir, 'Default'), { recursive: true });
  await writeFile(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { pinned_extensions: [id] } }));
}

export interface LaunchOptions {
  dist?: string;
  headless?: boolean;
  /**
   * Lede's button pinned to the toolbar (the default), as it is for a person who clicks it. An unpinned
   * extension's popup first waits for Chrome to animate its icon out into the toolbar: about 260 ms here.
   */
  pinned?: boolean;
}

/** Chromium with Lede loaded, as PLATFORM.md describes; every non-local host fails at once (no network here). */
export async function launchLede(options: LaunchOptions = {}): Promise<LedeBrowser> {
  const dist = options.dist ?? DIST_TEST;
  const userDataDir = await mkdtemp(join(tmpdir(), 'lede-e2e-'));
  const pinnedId = options.pinned === false ? null : unpackedExtensionId(dist);
  if (pinnedId) await pinInProfile(userDataDir, pinnedId);
  const debugPort = await freePort();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1100, height: 800 },
    args: chromiumArgs(dist, debugPort),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if (pinnedId && pinnedId !== extensionId) {
    await context.close();
    throw new Error(`Lede loaded as ${extensionId}, not ${pinnedId}: cannot pin it (did Chromium's id scheme change?)`);
  }
  return {
    context,
    worker,
    extensionId,
    debugPort,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface OpenPopup {
  popup: Page;
  close(): Promise<void>;
}

/**
 * Finds Lede's toolbar popup once something (openPopup, a key press) has opened it. Playwright does not list
 * popups as pages, and an existing CDP connection is not told about them, so connect afresh until it is there.
 */
export async function findPopup(lede: LedeBrowser, timeoutMs = 10_000, page = 'popup/index.html'): Promise<OpenPopup> {
  const popupUrl = `chrome-extension://${lede.extensionId}/${page}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${lede.debugPort}`);
    const popup = cdp.contexts().flatMap((context) => context.pages()).find((page) => page.url().startsWith(popupUrl));
    if (popup) return { popup, close: () => cdp.close() };
    await cdp.close();
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('The Lede popup did not open');
}

/** Opens the REAL toolbar popup for `page`'s tab with `chrome.action.openPopup()`. */
export async function openRealPopup(lede: LedeBrowser, page: Page): Promise<OpenPopup> {
  await page.bringToFront();
  await lede.worker.evaluate(() => chrome.action.openPopup());
  return findPopup(lede);
}

/** Opens `url` in a new tab, then the real popup on it, runs `check` on the popup and closes both. */
export async function inRealPopup(lede: LedeBrowser, url: string, check: (popup: Page) => Promise<void>): Promise<void> {
  const page = await lede.context.newPage();
  await page.goto(url);
  const { popup, close } = await openRealPopup(lede, page);
  try {
    await check(popup);
  } finally {
    await close();
    await page.close();
  }
}

/** DevTools' target filter for browser tabs: toolbar actions run on tab targets, listed only when asked for. */
export const TAB_TARGETS = [{ type: 'tab' }];

export interface TabTarget {
  targetId: string;
  url: string;
  embedderData?: { tabActive?: boolean };
}

/** The tab target showing `url` (the active one, should several show it), for Extensions.triggerAction. */
export function tabTargetShowing(tabs: TabTarget[], url: string): string {
  const tab = tabs.find((target) => target.url === url && target.embedderData?.tabActive !== false);
  if (!tab) throw new Error(`No browser tab shows ${url}`);
  return tab.targetId;
}

/**
 * Clicks Lede's toolbar button on `page`'s tab the way a person does, through DevTools (Extensions.triggerAction;
 * Playwright's own connection is a pipe, which may use it). Chrome runs the button's action as for a real
 * click, activeTab included: the REAL popup opens with the page readable without any host permission.
 */
export async function clickToolbarButton(lede: LedeBrowser, page: Page): Promise<OpenPopup> {
  await page.bringToFront();
  const browser = lede.context.browser();
  if (!browser) throw new Error('No browser connection to click the toolbar button with');
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await session.send('Target.getTargets', { filter: TAB_TARGETS } as never)) as unknown as { targetInfos: TabTarget[] };
    const tabTargetId = tabTargetShowing(targetInfos, page.url());
    await session.send('Extensions.triggerAction' as never, { id: lede.extensionId, targetId: tabTargetId } as never);
  } finally {
    await session.detach();
  }
  return findPopup(lede);
}

/** The popup page opened as a tab for a given target tab (for flows that need no real popup). */
export async function openPopupAsTab(lede: LedeBrowser, targetTabId: number): Promise<Page> {
  const page = await lede.context.newPage();
  await page.goto(`chrome-extension://${lede.extensionId}/popup/index.html?tabId=${targetTabId}`);
  return page;
}

/** The browser's tab id of a Playwright page, asked of the extension's service worker. */
export async function tabIdOf(lede: LedeBrowser, page: Page): Promise<number> {
  const url = page.url();
  const id = await lede.worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab found for ${url}`);
  return id;
}

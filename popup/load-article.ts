import { browser } from '../src/platform/browser';
import type { Tabs } from '../src/platform/browser';
import { sendToTab } from '../src/messaging/send';
import { cacheExtraction, readCachedExtraction } from '../src/platform/article-cache';
import { reasonFromInjectionError, unreadableReason } from '../src/reader/restricted-pages';
import { sanitizeArticleHtml } from '../src/reader/sanitize';
import { differences } from '../src/platform/differences';
import type { ExtractResult } from '../src/reader/types';
import type { ErrorCode, PopupState } from './popup-state';
import readerScript from '../content-scripts/reader.ts?iife';

/**
 * Long enough for a slow, huge page; short enough that a hung tab gets an answer. Injection gets the same
 * bound: a page whose main thread is stuck never runs the injected script at all.
 */
const EXTRACT_TIMEOUT_MS = 15_000;

class PopupError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
  }
}

/** The tab the popup reads: `?tabId=` when given (tests, or a popup opened as a tab), else the active tab. */
async function findTab(tabIdParam: number | null): Promise<Tabs.Tab> {
  try {
    if (tabIdParam !== null) return await browser.tabs.get(tabIdParam);
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) return tab;
  } catch {
    // fall through: the tab is gone
  }
  throw new PopupError('tab-closed', 'The tab Lede was opened on no longer exists.');
}

async function inject(tabId: number): Promise<void> {
  let results: { error?: unknown }[] | undefined;
  try {
    // Leading slash: Firefox resolves a relative path against the calling page.
    results = (await browser.scripting.executeScript({ target: { tabId }, files: [`/${readerScript}`] })) as
      | { error?: unknown }[]
      | undefined;
  } catch (error) {
    throw injectionError(error);
  }
  // Firefox reports a failing script inside the result instead of rejecting.
  const failure = results?.[0]?.error;
  if (failure) throw injectionError(failure);
}

function injectionError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (/no tab with id/i.test(message)) return new PopupError('tab-closed', 'The tab was closed.');
  const reason = reasonFromInjectionError(message);
  if (reason) return new UnreadableError(reason);
  return new PopupError('injection-failed', message);
}

class UnreadableError extends Error {
  constructor(readonly reason: NonNullable<ReturnType<typeof unreadableReason>>) {
    super(reason);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new PopupError('timeout', `The page did not answer within ${ms / 1000} seconds.`)),
      ms,
    );
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** Asks the (already injected) reader in the tab for the article. */
async function extractFresh(tab: Tabs.Tab & { id: number }, force: boolean): Promise<ExtractResult> {
  let reply;
  try {
    reply = await withTimeout(sendToTab(tab.id, 'reader/extract', { force }), EXTRACT_TIMEOUT_MS);
  } catch (error) {
    if (error instanceof PopupError) throw error;
    await assertTabUnchanged(tab);
    throw new PopupError('failed', error instanceof Error ? error.message : String(error));
  }
  await assertTabUnchanged(tab);
  if (!reply.ok) {
    if (reply.error.code === 'pdf') throw new UnreadableError('pdf');
    throw new PopupError(reply.error.code, reply.error.message);
  }
  return reply.data;
}

/** The answer belongs to the page the user opened Lede on, or it is not shown. */
async function assertTabUnchanged(tab: Tabs.Tab & { id: number }): Promise<void> {
  let now: Tabs.Tab;
  try {
    now = await browser.tabs.get(tab.id);
  } catch {
    throw new PopupError('tab-closed', 'The tab was closed while Lede was reading it.');
  }
  if (tab.url && now.url && now.url !== tab.url) {
    throw new PopupError('navigated', 'The tab moved to another page. Open Lede again to read the new page.');
  }
}

function toState(result: ExtractResult, tabId: number): PopupState {
  if (result.kind === 'no-article') return { kind: 'no-article', reason: result.reason, tabId };
  const article = { ...result.article, content: sanitizeArticleHtml(result.article.content, window, result.article.url) };
  return { kind: 'article', article, tabId };
}

/** Whether file:// pages may be read; where there is no switch for it (Firefox), injection will tell. */
async function fileAccessAllowed(): Promise<boolean> {
  if (!differences().fileAccessSwitch) return true;
  return browser.extension.isAllowedFileSchemeAccess();
}

/** Finds the tab, explains unreadable pages, serves the per-tab cache, else injects and extracts. */
export async function loadArticle(tabIdParam: number | null, force = false): Promise<PopupState> {
  try {
    const tab = await findTab(tabIdParam);
    const tabId = tab.id as number;
    // Only file:// pages depend on the user's "Allow access to file URLs" switch; skip the round trip otherwise.
    const fileAccess = tab.url?.startsWith('file:') ? await fileAccessAllowed() : false;
    const reason = unreadableReason(tab.url, fileAccess);
    if (reason) return { kind: 'unreadable', reason };
    // Inject while the cache is read, so that on a miss the reader is ready by the time it is asked. On a hit
    // the injection only re-runs a guarded script in the page.
    const injected = withTimeout(inject(tabId), EXTRACT_TIMEOUT_MS).then(
      () => null,
      (error: unknown) => error,
    );
    if (!force) {
      const cached = await readCachedExtraction(tabId, tab.url);
      if (cached) return toState(cached, tabId);
    }
    const injectionError = await injected;
    if (injectionError) throw injectionError;
    performance.mark('lede:injected');
    const result = await extractFresh({ ...tab, id: tabId }, force);
    performance.mark('lede:extracted');
    if (result.kind === 'article') void cacheExtraction(tabId, tab.url, result);
    return toState(result, tabId);
  } catch (error) {
    if (error instanceof UnreadableError) return { kind: 'unreadable', reason: error.reason };
    if (error instanceof PopupError) return { kind: 'error', code: error.code, message: error.message };
    return { kind: 'error', code: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

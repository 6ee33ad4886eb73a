import { browser } from '../src/platform/browser';
import type { Tabs } from '../src/platform/browser';
import { cacheExtraction, cachedTabIds, mayBeCached, readCachedExtraction } from '../src/platform/article-cache';
import { reasonFromInjectionError, unreadableReason } from '../src/reader/restricted-pages';
import { injectReader, lookUpTab, takeFirstRead } from './page-access';
import type { InjectionResults, ReaderRun, StartedInjection } from './page-access';
import { prepareSanitizer } from '../src/reader/sanitize';
import { differences } from '../src/platform/differences';
import type { ExtractResult } from '../src/reader/types';
import type { FirstReadAnswer, ReaderAnswer } from '../src/messaging/protocol';
import type { RawRead } from '../src/reader/raw-read';
import type { ErrorCode, PopupState } from './popup-state';
import readerScript from '../content-scripts/reader.ts?iife';
import firstReadScript from '../content-scripts/first-read.ts?iife';

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
async function findTab(tabIdParam: number | null, lookedUp = lookUpTab(tabIdParam)): Promise<Tabs.Tab> {
  const tab = await lookedUp;
  if (tab?.id !== undefined) return tab;
  throw new PopupError('tab-closed', 'The tab Lede was opened on no longer exists.');
}

/** The page's answer: from the first read early-read.ts started into this tab, else from a new injection. */
type Answer = ReaderAnswer | FirstReadAnswer;

/**
 * Runs `run` in the tab: the first read takes over the injection early-read.ts started into this tab, if any;
 * everything else is a new injection. Resolves to undefined when the page gave no value (it went away meanwhile).
 */
async function runReader(tabId: number, run: ReaderRun, started: Promise<StartedInjection | null> | null): Promise<Answer | undefined> {
  let results: InjectionResults;
  const early = run === 'first' && started ? await started : null;
  // Marks read by the end-to-end tests: whose injection the answer came from.
  if (early && early.tabId === tabId) {
    performance.mark('lede:read-started-early');
    if ('failure' in early) throw injectionError(early.failure);
    results = early.results;
  } else {
    performance.mark('lede:read-started');
    try {
      results = await injectReader(tabId, run === 'first' ? firstReadScript : readerScript, run);
    } catch (error) {
      throw injectionError(error);
    }
  }
  // Firefox reports a failing script inside the result instead of rejecting.
  const failure = results?.[0]?.error;
  if (failure) throw injectionError(failure);
  const answer = results?.[0]?.result as Answer | undefined | null;
  return answer && typeof answer === 'object' && 'reply' in answer ? answer : undefined;
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

/**
 * Reads the article in the tab. A first open reads in two halves: the page runs Readability (first-read.ts) and
 * the popup makes the article of its result (finish-article.ts), which is what the full reader would give. When that
 * finds no article, the full reader decides, with its second tries (text in shadow trees); "try anyway" is the
 * full reader's at once.
 */
async function extractFresh(tab: Tabs.Tab & { id: number }, force: boolean, started: Promise<StartedInjection | null> | null): Promise<ExtractResult> {
  if (!force) {
    // The cleaning code is a chunk of its own, loaded (and compiled) while the page reads; a reopen served from
    // the cache never loads it.
    const finishing = import('../src/reader/finish-article');
    // Awaited below; this only keeps a failed load from being reported as unhandled when the page's read fails first.
    finishing.catch(() => undefined);
    const raw = await readInTab(tab, 'first', started);
    const { finishRawRead, parseInInertDocument } = await finishing;
    const finished = finishRawRead(raw, parseInInertDocument);
    if (finished.kind === 'article') return finished;
  }
  return readInTab(tab, force ? 'forced' : 'full', null);
}

/** What each reader's answer holds. */
type ReadData<R extends ReaderRun> = R extends 'first' ? RawRead : ExtractResult;

/** One reader's successful reply from the tab, bounded in time; the answer must come from the page Lede was opened on. */
async function readInTab<R extends ReaderRun>(tab: Tabs.Tab & { id: number }, run: R, started: Promise<StartedInjection | null> | null): Promise<ReadData<R>> {
  let answer: Answer | undefined;
  try {
    answer = await withTimeout(runReader(tab.id, run, started), EXTRACT_TIMEOUT_MS);
  } catch (error) {
    // A page that navigated or closed mid-read makes the injection fail: say what really happened.
    if (error instanceof PopupError && error.code === 'injection-failed') await assertTabUnchanged(tab);
    throw error;
  }
  // The page's own address answers "is it still the same page?" without another round trip; only when it
  // differs (or is missing) does the tab get asked.
  if (!answer || !tab.url || answer.pageUrl !== tab.url) await assertTabUnchanged(tab);
  if (!answer) throw new PopupError('failed', 'The page gave no answer. Try again.');
  const { reply } = answer;
  if (!reply.ok) {
    if (reply.error.code === 'pdf') throw new UnreadableError('pdf');
    throw new PopupError(reply.error.code, reply.error.message);
  }
  return reply.data as ReadData<R>;
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
  // The content is still the page's untrusted HTML: the article view sanitizes it as it writes it.
  return { kind: 'article', article: result.article, tabId };
}

/** Whether file:// pages may be read; where there is no switch for it (Firefox), injection will tell. */
async function fileAccessAllowed(): Promise<boolean> {
  if (!differences().fileAccessSwitch) return true;
  return browser.extension.isAllowedFileSchemeAccess();
}

/** Finds the tab, explains unreadable pages, serves the per-tab cache, else injects and extracts. */
export async function loadArticle(tabIdParam: number | null, force = false): Promise<PopupState> {
  try {
    // Started by early-read.ts before this module loaded, for the popup's first load only.
    const first = force ? null : takeFirstRead(tabIdParam);
    const cachedTabs = force ? null : (first?.cachedTabs ?? cachedTabIds());
    const tab = await findTab(tabIdParam, first?.tab);
    const tabId = tab.id as number;
    // Only file:// pages depend on the user's "Allow access to file URLs" switch; skip the round trip otherwise.
    const fileAccess = tab.url?.startsWith('file:') ? await fileAccessAllowed() : false;
    const reason = unreadableReason(tab.url, fileAccess);
    if (reason) return { kind: 'unreadable', reason };
    // The cache is read before injecting: on a hit the page is not touched at all.
    if (cachedTabs && mayBeCached(await cachedTabs, tabId)) {
      // Read by early-read.ts for the same tab lookup, when it could; else read now.
      const early = first ? await first.cached : undefined;
      // A mark read by the end-to-end tests: whose read the cached article came from.
      if (early !== undefined) performance.mark('lede:cache-read-early');
      const cached = early !== undefined ? early : await readCachedExtraction(tabId, tab.url);
      if (cached) return toState(cached, tabId);
    }
    const reading = extractFresh({ ...tab, id: tabId }, force, first?.injection ?? null);
    // The popup has nothing else to do while the page reads: its first sanitizing run (DOMPurify's code
    // compiling) happens now instead of after the article arrives.
    prepareSanitizer(window);
    const result = await reading;
    performance.mark('lede:extracted');
    if (result.kind === 'article') void cacheExtraction(tabId, tab.url, result);
    return toState(result, tabId);
  } catch (error) {
    if (error instanceof UnreadableError) return { kind: 'unreadable', reason: error.reason };
    if (error instanceof PopupError) return { kind: 'error', code: error.code, message: error.message };
    return { kind: 'error', code: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

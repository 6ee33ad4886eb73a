import { browser } from '../src/platform/browser';
import type { Tabs } from '../src/platform/browser';
import { cachedTabIds, mayBeCached, readCachedExtraction } from '../src/platform/article-cache';
import type { ExtractResult } from '../src/reader/types';
import { unreadableReason } from '../src/reader/restricted-pages';

/**
 * The popup's first contact with the page: find the tab, ask which tabs are cached, inject the reader. Used by
 * the popup itself (load-article.ts) and by early-read.ts, which starts this work before the popup's modules
 * have loaded.
 */

/** `?tabId=` (tests, or a popup opened as a tab), or null: the popup reads the active tab. */
export function tabIdParamOf(search: string): number | null {
  const param = new URLSearchParams(search).get('tabId');
  return param !== null && /^\d+$/.test(param) ? Number(param) : null;
}

/** The tab the popup reads, or undefined when it is gone. */
export async function lookUpTab(tabIdParam: number | null): Promise<Tabs.Tab | undefined> {
  try {
    if (tabIdParam !== null) return await browser.tabs.get(tabIdParam);
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id !== undefined ? tab : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How each injected reader is run: a small script injected after it in the same call, whose value is the
 * reader's answer (see public/content-scripts). `first`: the first read, which the popup finishes (raw-read.ts);
 * `full`: the whole reader; `forced`: the whole reader for "try anyway".
 */
const RUNNERS = {
  first: '/content-scripts/run-first-read.js',
  full: '/content-scripts/run-reader.js',
  forced: '/content-scripts/run-reader-forced.js',
} as const;
export type ReaderRun = keyof typeof RUNNERS;

export type InjectionResults = { result?: unknown; error?: unknown }[] | undefined;

/**
 * Injects a reader and runs it in one `scripting.executeScript` call: one round trip to the page. Resolves
 * to the call's results; rejects when the browser refuses the injection.
 */
export async function injectReader(tabId: number, readerFile: string, run: ReaderRun): Promise<InjectionResults> {
  // Read by `npm run bench:popup`: the page read runs from here to the popup's `lede:extracted` mark.
  performance.mark('lede:inject-start');
  // Leading slashes: Firefox resolves a relative path against the calling page.
  return (await browser.scripting.executeScript({
    target: { tabId },
    files: [`/${readerFile}`, RUNNERS[run]],
  })) as InjectionResults;
}

/** The first read's injection early-read.ts started; a refusal is kept as `failure` for the popup to explain. */
export interface StartedInjection {
  tabId: number;
  results?: InjectionResults;
  failure?: unknown;
}

/** The work early-read.ts starts for the popup's first load, handed over through `globalThis`. */
export interface FirstRead {
  tabIdParam: number | null;
  tab: Promise<Tabs.Tab | undefined>;
  cachedTabs: Promise<Set<number> | null>;
  /** Null when nothing was injected: the tab is gone, cached, or needs the popup's own checks first. */
  injection: Promise<StartedInjection | null>;
  /** The tab's cached article (null: none for this URL), read at once for a cached web page; undefined when not read. */
  cached: Promise<ExtractResult | null | undefined>;
}

const FIRST_READ = 'ledeFirstRead';
type WithFirstRead = typeof globalThis & { [FIRST_READ]?: FirstRead };

/**
 * Looks up the tab and the cached tabs at once. Then, for an ordinary web page, it reads the tab's cached
 * article when the cache holds one, else injects the first read (content-scripts/first-read.ts). Pages that need more checks (file://, browser
 * pages) are left to the popup.
 */
export function startFirstRead(tabIdParam: number | null, firstReadFile: string): void {
  const tab = lookUpTab(tabIdParam);
  const cachedTabs = cachedTabIds();
  const webPage = Promise.all([tab, cachedTabs]).then(([found, cached]) => {
    const tabId = found?.id;
    if (!found || tabId === undefined) return null;
    if (!/^https?:/.test(found.url ?? '') || unreadableReason(found.url, false)) return null;
    return { tabId, url: found.url, inCache: mayBeCached(cached, tabId) };
  });
  const injection = webPage.then(async (page): Promise<StartedInjection | null> => {
    if (!page || page.inCache) return null;
    try {
      return { tabId: page.tabId, results: await injectReader(page.tabId, firstReadFile, 'first') };
    } catch (failure) {
      return { tabId: page.tabId, failure };
    }
  });
  const cached = webPage.then((page) => (page?.inCache ? readCachedExtraction(page.tabId, page.url) : undefined));
  (globalThis as WithFirstRead)[FIRST_READ] = { tabIdParam, tab, cachedTabs, injection, cached };
}

/** The first read early-read.ts started for this popup, once: a retry or "try anyway" starts its own. */
export function takeFirstRead(tabIdParam: number | null): FirstRead | null {
  const scope = globalThis as WithFirstRead;
  const first = scope[FIRST_READ];
  delete scope[FIRST_READ];
  return first && first.tabIdParam === tabIdParam ? first : null;
}

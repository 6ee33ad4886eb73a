import { browser } from './browser';
import type { ExtractResult } from '../reader/types';

/**
 * Per-tab cache of the last extraction in `storage.session` (memory only, never written to disk, cleared
 * when the browser closes), so that reopening the popup on the same page is instant. The background drops
 * an entry when its tab navigates or closes; the URL check here guards against a missed event.
 */
interface CachedExtraction {
  url: string;
  result: ExtractResult;
}

const keyFor = (tabId: number) => `article:${tabId}`;

/**
 * The tabs the cache holds an entry for, from the entries' names alone (`getKeys`: Chrome 130+, Firefox 143+),
 * or null where that cannot be asked. The popup asks this before it knows its tab, at the same time as it
 * looks the tab up, so a first open goes straight to reading the page instead of first asking for an entry
 * that is not there.
 */
export async function cachedTabIds(): Promise<Set<number> | null> {
  try {
    const area = browser.storage.session as { getKeys?: () => Promise<string[]> };
    if (typeof area.getKeys !== 'function') return null;
    const ids = (await area.getKeys()).map((key) => /^article:(\d+)$/.exec(key)?.[1]).filter((id) => id !== undefined);
    return new Set(ids.map(Number));
  } catch {
    return null;
  }
}

/** Whether the cache may hold `tabId`'s article, given `cachedTabIds()`: null (cannot tell) counts as maybe. */
export function mayBeCached(cachedIds: Set<number> | null, tabId: number): boolean {
  return cachedIds?.has(tabId) !== false;
}

export async function readCachedExtraction(tabId: number, url: string | undefined): Promise<ExtractResult | null> {
  if (!url) return null;
  try {
    const stored = (await browser.storage.session.get(keyFor(tabId)))[keyFor(tabId)] as CachedExtraction | undefined;
    return stored && stored.url === url ? stored.result : null;
  } catch {
    return null; // storage.session unavailable: behave as a cache miss
  }
}

export async function cacheExtraction(tabId: number, url: string | undefined, result: ExtractResult): Promise<void> {
  if (!url) return;
  try {
    await browser.storage.session.set({ [keyFor(tabId)]: { url, result } satisfies CachedExtraction });
  } catch {
    // Over the session quota (a huge article): not caching only costs a re-extraction next time.
  }
}

export async function dropCachedExtraction(tabId: number): Promise<void> {
  try {
    await browser.storage.session.remove(keyFor(tabId));
  } catch {
    // Nothing to drop.
  }
}

import { browser } from '../platform/browser';
import { dropCachedExtraction } from '../platform/article-cache';

/** A cached article is only valid for the page it came from: forget it when the tab navigates or closes. */
export function invalidateArticleCacheOnNavigation(): void {
  browser.tabs.onRemoved.addListener((tabId) => void dropCachedExtraction(tabId));
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    // Without the "tabs" permission `url` is only reported for tabs we may access; `status: loading`
    // comes for every navigation and reload, so either one drops the entry.
    if (changeInfo.url !== undefined || changeInfo.status === 'loading') void dropCachedExtraction(tabId);
  });
}

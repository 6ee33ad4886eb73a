/**
 * What differs between the browsers Lede runs in, in one place: where the user changes a shortcut and
 * what the pages are called. Pure (reads `navigator` only when asked), so it is safe to import anywhere.
 */
export type BrowserFamily = 'chromium' | 'firefox';

export interface BrowserDifferences {
  family: BrowserFamily;
  /** Where the user edits extension keyboard shortcuts; opened with tabs.create. */
  shortcutsUrl: string;
  /** How to get there, in words, for when the page cannot be opened for them. */
  shortcutsHelp: string;
}

const DIFFERENCES: Record<BrowserFamily, BrowserDifferences> = {
  chromium: {
    family: 'chromium',
    shortcutsUrl: 'chrome://extensions/shortcuts',
    shortcutsHelp: 'Open chrome://extensions/shortcuts and find Lede.',
  },
  firefox: {
    family: 'firefox',
    shortcutsUrl: 'about:addons',
    shortcutsHelp: 'Open about:addons, click the gear menu, then “Manage Extension Shortcuts”.',
  },
};

export function browserFamily(userAgent = globalThis.navigator?.userAgent ?? ''): BrowserFamily {
  return /\bFirefox\//.test(userAgent) ? 'firefox' : 'chromium';
}

export function differences(userAgent?: string): BrowserDifferences {
  return DIFFERENCES[browserFamily(userAgent)];
}

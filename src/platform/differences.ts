/**
 * What differs between the browsers Lede runs in, in one place: where the user changes a shortcut, what
 * the pages are called, and how file:// pages are opened to extensions. Pure (reads `navigator` only when
 * asked), so it is safe to import anywhere. The manifest differences live in build/manifests.ts; API calls
 * go through webextension-polyfill (./browser.ts), which hides the rest.
 */
export type BrowserFamily = 'chromium' | 'firefox';

export interface BrowserDifferences {
  family: BrowserFamily;
  /** Where the user edits extension keyboard shortcuts; opened with tabs.create. */
  shortcutsUrl: string;
  /** How to get there, in words, for when the page cannot be opened for them. */
  shortcutsHelp: string;
  /**
   * Whether reading file:// pages hangs on a per-extension switch that `extension.isAllowedFileSchemeAccess()`
   * reports. Chrome: yes (“Allow access to file URLs”). Firefox has no such switch and that call always
   * answers false, yet activeTab does open a file:// tab to the extension (checked in e2e/firefox).
   */
  fileAccessSwitch: boolean;
}

const DIFFERENCES: Record<BrowserFamily, BrowserDifferences> = {
  chromium: {
    family: 'chromium',
    shortcutsUrl: 'chrome://extensions/shortcuts',
    shortcutsHelp: 'Open chrome://extensions/shortcuts and find Lede.',
    fileAccessSwitch: true,
  },
  firefox: {
    family: 'firefox',
    shortcutsUrl: 'about:addons',
    shortcutsHelp: 'Open about:addons, click the gear menu, then “Manage Extension Shortcuts”.',
    fileAccessSwitch: false,
  },
};

export function browserFamily(userAgent = globalThis.navigator?.userAgent ?? ''): BrowserFamily {
  return /\bFirefox\//.test(userAgent) ? 'firefox' : 'chromium';
}

export function differences(userAgent?: string): BrowserDifferences {
  return DIFFERENCES[browserFamily(userAgent)];
}

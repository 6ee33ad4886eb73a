/**
 * Pages a browser never lets an extension read. Knowing them up front lets the popup explain why
 * instead of showing a raw scripting error.
 */
export type UnreadableReason = 'browser-page' | 'web-store' | 'view-source' | 'pdf' | 'file-access' | 'not-a-web-page';

export const UNREADABLE_MESSAGES: Record<UnreadableReason, string> = {
  'browser-page': 'This is one of the browser’s own pages. Browsers keep extensions out of them.',
  'web-store': 'Browsers do not let extensions read their add-on store.',
  'view-source': 'This is a page’s source view, not the page. Open the page itself to read it.',
  pdf: 'This is a PDF document. Lede reads web pages, and the browser’s PDF viewer is closed to extensions.',
  'file-access':
    'This is a file on your computer. To read local files, turn on “Allow access to file URLs” for Lede on the browser’s extensions page.',
  'not-a-web-page': 'This is not a web page Lede can read.',
};

const BROWSER_SCHEMES = new Set([
  'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:', 'brave:',
  'opera:', 'vivaldi:', 'about:', 'moz-extension:', 'resource:',
]);

// Store hosts where scripting is refused by the browser itself (Chrome: both store generations; Firefox: AMO).
const STORE_PAGES: { host: string; path: string }[] = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org', path: '/' },
];

/**
 * Classifies a tab URL. `undefined` (the browser hid the URL because Lede has no access yet) is not
 * judged here: injection will tell.
 */
export function unreadableReason(url: string | undefined, fileAccessAllowed: boolean): UnreadableReason | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not-a-web-page';
  }
  if (parsed.protocol === 'view-source:') return 'view-source';
  if (BROWSER_SCHEMES.has(parsed.protocol)) return 'browser-page';
  if (parsed.protocol === 'file:') {
    if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
    return fileAccessAllowed ? null : 'file-access';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'not-a-web-page';
  if (STORE_PAGES.some(({ host, path }) => parsed.hostname === host && parsed.pathname.startsWith(path))) {
    return 'web-store';
  }
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return null;
}

/** Maps the browser's injection error text onto a reason, for tabs whose URL was hidden from us. */
export function reasonFromInjectionError(message: string): UnreadableReason | null {
  if (/chrome:\/\/|chrome-extension:\/\/|about:|edge:\/\/|moz-extension:/i.test(message)) return 'browser-page';
  if (/extensions gallery cannot be scripted|webstore/i.test(message)) return 'web-store';
  if (/file:\/\//i.test(message)) return 'file-access';
  if (/view-source/i.test(message)) return 'view-source';
  if (/\.pdf\b/i.test(message)) return 'pdf';
  return null;
}

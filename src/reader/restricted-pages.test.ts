import { describe, expect, it } from 'vitest';
import { reasonFromInjectionError, unreadableReason } from './restricted-pages';

describe('unreadableReason', () => {
  it.each([
    ['chrome://settings', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['edge://flags', 'browser-page'],
    ['view-source:https://example.com/', 'view-source'],
    ['https://chromewebstore.google.com/detail/x', 'web-store'],
    ['https://chrome.google.com/webstore/category/extensions', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'web-store'],
    ['https://example.com/report.PDF', 'pdf'],
    ['file:///home/me/page.html', 'file-access'],
    ['data:text/html,hi', 'not-a-web-page'],
    ['not a url', 'not-a-web-page'],
  ])('%s → %s', (url, reason) => {
    expect(unreadableReason(url, false)).toBe(reason);
  });

  it('reads ordinary web pages and allowed local files', () => {
    expect(unreadableReason('https://example.com/news/story', false)).toBeNull();
    expect(unreadableReason('http://127.0.0.1:8080/a', false)).toBeNull();
    expect(unreadableReason('https://chrome.google.com/search', false)).toBeNull();
    expect(unreadableReason('file:///home/me/page.html', true)).toBeNull();
    expect(unreadableReason(undefined, false)).toBeNull();
  });
});

describe('reasonFromInjectionError', () => {
  it('recognises the browser’s refusals', () => {
    expect(reasonFromInjectionError('Cannot access a chrome:// URL')).toBe('browser-page');
    expect(reasonFromInjectionError('The extensions gallery cannot be scripted.')).toBe('web-store');
    expect(reasonFromInjectionError('Cannot access contents of url "file:///x.html"')).toBe('file-access');
    expect(reasonFromInjectionError('Something else')).toBeNull();
  });
});

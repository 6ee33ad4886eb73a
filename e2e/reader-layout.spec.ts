/** How the article is laid out in the real popup: focus, the meta line, right-to-left text, a long article. */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { inRealPopup as inPopup } from './support/browser';
import type { LedeBrowser } from './support/browser';
import { savePopupScreenshot } from './support/screenshots';
import type { PageServer } from './support/server';
import { withLede } from './support/lifecycle';
import { readPage } from '../src/node/read-page';
import { sharedPath } from '../src/node/shared-data';

let server: PageServer;
let lede: LedeBrowser;

withLede((started) => ({ server, lede } = started));

/** Opens `path` on the test server, then the real popup on it; closes both after. */
const inRealPopup = (path: string, check: (popup: Page) => Promise<void>) => inPopup(lede, server.url(path), check);

test('keyboard: the article has focus on open, so Page Down reads on', async () => {
  await inRealPopup('/shared/putin-kim-summit.html', async (popup) => {
    const scroller = popup.locator('.reader-scroll');
    await expect(scroller).toBeFocused();
    await popup.keyboard.press('PageDown');
    await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
    // Tab reaches the reading controls and the key points.
    await popup.keyboard.press('Tab');
    await expect(popup.locator(':focus')).toHaveCount(1);
  });
});

test('a long byline wraps the meta line between its items, never inside "8 min read"', async () => {
  await inRealPopup('/corpus/lemonde-1/source.html', async (popup) => {
    // How many lines the text of the first element matching `selector` takes.
    const lines = (selector: string) =>
      popup.locator(selector).first().evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.bottom))).size;
      });
    const meta = popup.locator('.reader-meta');
    await expect(meta).toContainText('Martin Untersinger');
    // The line does wrap here (the byline is long), but the date and the reading time stay whole.
    expect(await lines('.reader-meta')).toBeGreaterThan(1);
    expect(await lines('.reader-reading-time')).toBe(1);
    expect(await lines('.reader-meta time')).toBe(1);
  });
});

test('a right-to-left article is laid out right to left', async () => {
  await inRealPopup('/corpus/rtl-1/source.html', async (popup) => {
    await expect(popup.locator('.reader-content')).toHaveAttribute('dir', 'rtl');
    await expect(popup.locator('.reader-title')).toHaveAttribute('dir', 'rtl');
    await expect(popup.locator('.key-points-list')).toHaveAttribute('dir', 'rtl');
    expect(await popup.locator('.reader-content p').first().evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // The meta line ("1 min read") ends at the title's right edge, not across the column from it.
    const rightEdge = (selector: string) =>
      popup.locator(selector).evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return Math.round(range.getBoundingClientRect().right);
      });
    expect(Math.abs((await rightEdge('.reader-meta')) - (await rightEdge('.reader-title')))).toBeLessThanOrEqual(2);
    await savePopupScreenshot(popup, 'popup-rtl');
  });
});

test('a long article shows its beginning first, then is written out whole, sanitized the same as in Node', async () => {
  const path = '/corpus/wikipedia/source.html';
  const { result } = await readPage(readFileSync(sharedPath('corpus/readability-0.6.0/wikipedia/source.html'), 'utf8'), server.url(path));
  if (result.kind !== 'article') throw new Error('the Node pipeline found no article');
  const expected = new JSDOM(result.article.content).window.document;
  await inRealPopup(path, async (popup) => {
    await expect(popup.locator('.reader-content:not([aria-busy])')).toHaveCount(1);
    const marks = await popup.evaluate(() => Object.fromEntries(['lede:article-visible', 'lede:body-written'].map((name) => [name, performance.getEntriesByName(name)[0]?.startTime ?? null])));
    // The first frame held the article's first screen; the rest came after it.
    expect(marks['lede:article-visible']).not.toBeNull();
    expect(marks['lede:body-written']!).toBeGreaterThan(marks['lede:article-visible']!);
    await expect(popup.locator('.reader-content p')).toHaveCount(expected.querySelectorAll('p').length);
    await expect(popup.locator('.reader-content li')).toHaveCount(expected.querySelectorAll('li').length);
    await expect(popup.locator('.reader-content p').last()).toHaveText(expected.querySelectorAll('p')[expected.querySelectorAll('p').length - 1]!.textContent!);
    await expect(popup.locator('.reader-content script, .reader-content [onclick], .reader-content [style]')).toHaveCount(0);
  });
});

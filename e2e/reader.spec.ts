import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { inRealPopup as inPopup, openPopupAsTab, openRealPopup, tabIdOf } from './support/browser';
import type { LedeBrowser } from './support/browser';
import { savePopupScreenshot } from './support/screenshots';
import type { PageServer } from './support/server';
import { withLede } from './support/lifecycle';

const CHROME_WORDS = ['Site icon', 'Exit mobile version', 'Advertisement', 'Trending', 'Leave a Reply', 'cookies', 'Subscribe'];

let server: PageServer;
let lede: LedeBrowser;

withLede((started) => ({ server, lede } = started));

/** Opens `target` (a path on the test server, or a browser URL), then the real popup on it; closes both after. */
const inRealPopup = (target: string, check: (popup: Page) => Promise<void>) =>
  inPopup(lede, target.startsWith('/') ? server.url(target) : target, check);

async function openPage(path: string): Promise<Page> {
  const page = await lede.context.newPage();
  await page.goto(server.url(path));
  return page;
}

test('the real popup shows the reference article alone', async () => {
  await inRealPopup('/shared/putin-kim-summit.html', async (popup) => {
    const article = popup.locator('article.reader');
    await expect(article).toBeVisible();
    await expect(popup.locator('.reader-title')).toHaveText(
      'Here’s what you need to know about the summit between Vladimir Putin and Kim Jong Un',
    );
    const text = (await popup.locator('body').innerText()).replace(/[’']/g, "'");
    expect(text.split("Here's what you need to know about the summit").length - 1).toBe(1);
    await expect(popup.locator('.reader-content p')).toHaveCount(13);
    await expect(popup.locator('.reader-content p').first()).toContainText('Vladimir Putin has said Russia');
    await expect(popup.locator('.reader-site')).toHaveText('USA News Independent');
    await expect(popup.locator('.reader-meta')).toContainText('By USA News Independent Staff');
    await expect(popup.locator('.reader-meta')).toContainText('September 13, 2023');
    await expect(popup.locator('.reader-meta')).toContainText('min read');
    for (const word of CHROME_WORDS) expect(text, word).not.toContain(word);
    // Every script and stylesheet the popup runs is Lede's own packaged file: nothing remote.
    const loaded = await popup.evaluate(() => [
      ...Array.from(document.scripts, (script) => script.src).filter(Boolean),
      ...Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"], link[rel="modulepreload"]'), (link) => link.href),
      ...performance.getEntriesByType('resource').filter((entry) => /script|link|css/.test((entry as PerformanceResourceTiming).initiatorType)).map((entry) => entry.name),
    ]);
    expect(loaded.length).toBeGreaterThan(0);
    for (const url of loaded) expect(url).toMatch(new RegExp(`^chrome-extension://${lede.extensionId}/`));
    await savePopupScreenshot(popup, 'popup-reference');
  });
});

test('a page without an article says so and offers to try anyway', async () => {
  await inRealPopup('/pages/not-an-article/', async (popup) => {
    await expect(popup.getByRole('heading', { name: 'No article found here' })).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Try anyway' })).toBeVisible();
  });
});

test('a page built from web components: the story is read from their shadow trees, as the page shows it', async () => {
  await inRealPopup('/pages/shadow/', async (popup) => {
    await expect(popup.locator('.reader-title')).toHaveText('Lakeside library keeps its doors open all night for exam season');
    const body = popup.locator('.reader-content');
    await expect(body).toContainText('stay open around the clock');
    await expect(body).toContainText('the only warm, quiet room they can count on');
    // The host's light content, in the slot the component gives it.
    await expect(body).toContainText('show a school or college card');
    const text = await body.innerText();
    expect(text.indexOf('Two security guards')).toBeLessThan(text.indexOf('school or college card'));
    for (const chrome of ['Subscribe', 'Privacy', 'Unattributed', 'morning briefing']) expect(text).not.toContain(chrome);
    await expect(popup.locator('.reader-site')).toHaveText('The Valley Courier');
  });
});

test('interface the page hides (help dialog, share box, other tabs) stays out; hidden slides, <details> and long passages stay in', async () => {
  await inRealPopup('/pages/hidden-interface/', async (popup) => {
    // The page's title ends with the site's name; its own <h1> says where the headline ends.
    await expect(popup.locator('.reader-title')).toHaveText('Tide Tables by Hand');
    const body = popup.locator('.reader-content');
    await expect(body).toContainText('Spring tides: add forty minutes');
    const text = await body.innerText();
    for (const hidden of ['Keyboard shortcuts', 'Share this chapter', 'Neap tides panel', 'pocket version', 'Tide Tables by Hand']) {
      expect(text).not.toContain(hidden);
    }
    for (const kept of ['Corrections for wind', 'pencilled in the margin', 'Worked example', 'whole point of the method']) {
      expect(text).toContain(kept);
    }
  });
});

test('embedded videos become links to their players; the popup loads no third-party frame', async () => {
  await inRealPopup('/corpus/embedded-videos/source.html', async (popup) => {
    const links = popup.locator('.reader-content .lede-embed a');
    await expect(links.first()).toBeVisible();
    const found = await links.evaluateAll((els) => els.map((a) => ({ text: a.textContent, href: a.getAttribute('href'), target: a.getAttribute('target') })));
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const link of found) {
      expect(link.text).toMatch(/^Video: [a-z0-9.-]+$/);
      expect(link.href).toMatch(/^https:\/\//);
      expect(link.target).toBe('_blank');
    }
    expect(found.map((link) => link.text)).toContain('Video: youtube.com');
    await expect(popup.locator('iframe, embed, object')).toHaveCount(0);
  });
});

test('a browser page says Lede cannot read it, with the reason', async () => {
  await inRealPopup('chrome://version', async (popup) => {
    await expect(popup.getByRole('heading', { name: 'Lede can’t read this page' })).toBeVisible();
    await expect(popup.locator('.state p')).toContainText('browser’s own pages');
  });
});

test('“Try anyway” shows whatever Readability finds on a page that is not an article', async () => {
  await inRealPopup('/pages/not-an-article/', async (popup) => {
    await popup.getByRole('button', { name: 'Try anyway' }).click();
    await expect(popup.locator('article.reader')).toBeVisible();
    await expect(popup.locator('.reader-title')).toContainText('Sign in');
  });
});

test('a first open reads the page once, with the injection the early script started before the popup loaded', async () => {
  const page = await openPage('/shared/putin-kim-summit.html');
  const { popup, close } = await openRealPopup(lede, page);
  await expect(popup.locator('.reader-title')).toBeVisible();
  const marks = await popup.evaluate(() => performance.getEntriesByType('mark').map((mark) => mark.name));
  expect(marks).toContain('lede:read-started-early');
  expect(marks).not.toContain('lede:read-started');
  await close();
  await page.close();
});

test('the article is cached per tab, and the cache is dropped when the tab navigates or closes', async () => {
  const page = await openPage('/shared/putin-kim-summit.html');
  const tabId = await tabIdOf(lede, page);
  const cached = () =>
    lede.worker.evaluate(async (id) => {
      const entry = (await chrome.storage.session.get(`article:${id}`))[`article:${id}`] as { url: string } | undefined;
      return entry?.url ?? null;
    }, tabId);

  const first = await openRealPopup(lede, page);
  await expect(first.popup.locator('.reader-title')).toBeVisible();
  await first.close();
  await expect.poll(cached).toBe(page.url());

  // Reopening serves the cached article: the page is not asked again (its reader is not called). The early
  // script has read the entry before the popup's modules ran.
  await page.evaluate(() => document.querySelector('.entry-content p')?.replaceChildren('CHANGED IN PLACE'));
  const second = await openRealPopup(lede, page);
  await expect(second.popup.locator('.reader-content p').first()).toContainText('Vladimir Putin has said Russia');
  const marks = await second.popup.evaluate(() => performance.getEntriesByType('mark').map((mark) => mark.name));
  expect(marks).toContain('lede:cache-read-early');
  expect(marks).not.toContain('lede:inject-start');
  await second.close();

  await page.goto(server.url('/pages/sample/'));
  await expect.poll(cached).toBeNull();

  const third = await openRealPopup(lede, page);
  await expect(third.popup.locator('.reader-title')).toHaveText('Port Alder opens its first tide-powered ferry line');
  await third.close();
  await expect.poll(cached).toBe(page.url());

  await page.close();
  await expect.poll(cached).toBeNull();
});

test('a tab that is gone gets a clear message, not a blank popup', async () => {
  const page = await openPage('/shared/putin-kim-summit.html');
  const tabId = await tabIdOf(lede, page);
  await page.close();
  const popup = await openPopupAsTab(lede, tabId);
  await expect(popup.getByRole('alert')).toContainText('The tab was closed');
  await popup.close();
});

test('a tab that moves to another page while Lede reads it gets “moved to another page”, not the old article', async () => {
  const page = await openPage('/shared/putin-kim-summit.html');
  const tabId = await tabIdOf(lede, page);
  // From now on the page is busy for a while, then moves to another address (as a single-page site does on
  // a link click). Lede finds the tab at its first address meanwhile; the reader it injects can only run
  // once the page is free again, and then reads the new address.
  await page.evaluate(() =>
    setTimeout(() => {
      const end = Date.now() + 2500;
      while (Date.now() < end);
      history.pushState({}, '', '?moved');
    }, 0),
  );
  // The popup page as a tab: finding the real popup over a new CDP connection would wait on the busy page.
  const popup = await openPopupAsTab(lede, tabId);
  try {
    await expect(popup.getByRole('alert')).toContainText('The tab moved to another page');
    await expect(popup.locator('.reader-title')).toHaveCount(0);
  } finally {
    await popup.close();
    await page.close();
  }
});

test('a page that never answers gets a timeout message and a way to try again', async () => {
  test.setTimeout(60_000);
  const page = await lede.context.newPage();
  await page.goto(server.url('/pages/frozen/'));
  const tabId = await tabIdOf(lede, page);
  await page.waitForTimeout(600); // its script now holds the main thread
  // The popup page as a tab: a new CDP connection (how the real popup is found) would wait on the frozen page.
  const popup = await openPopupAsTab(lede, tabId);
  try {
    await expect(popup.locator('.state-loading')).toBeVisible();
    await expect(popup.getByRole('alert')).toContainText('The page took too long to answer', { timeout: 25_000 });
    await expect(popup.getByRole('button', { name: 'Try again' })).toBeVisible();
  } finally {
    await popup.close();
    await page.close({ runBeforeUnload: false }).catch(() => undefined);
  }
});

test('a PDF gets “Lede can’t read this page” with the reason', async () => {
  const page = await lede.context.newPage();
  await page.goto(server.url('/pages/pdf/report.pdf')).catch(() => undefined); // headless may treat it as a download
  const { popup, close } = await openRealPopup(lede, page);
  try {
    await expect(popup.getByRole('heading', { name: 'Lede can’t read this page' })).toBeVisible();
    await expect(popup.locator('.state p')).toContainText('PDF');
  } finally {
    await close();
    await page.close();
  }
});

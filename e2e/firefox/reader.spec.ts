import { expect, test } from '@playwright/test';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchFirefoxLede, settledPopup } from './support/firefox';
import type { FirefoxLede } from './support/firefox';
import { REPO_ROOT } from '../support/server';
import type { PageServer } from '../support/server';
import { withServerAnd } from '../support/lifecycle';
import { SCREENSHOTS } from '../support/screenshots';

/**
 * The test build (dist-firefox-test: production + the 127.0.0.1 host permission) in firefox-esr. The popup
 * page is opened as a tab for the article's tab (`?tabId=`), as the Chrome options spec does.
 */
let server: PageServer;
let lede: FirefoxLede;

withServerAnd(() => launchFirefoxLede(), (started) => ({ server, lede } = started));

const TITLE = 'Here’s what you need to know about the summit between Vladimir Putin and Kim Jong Un';

test('Firefox: the popup shows the reference article alone, its key points highlighted', async () => {
  const url = server.url('/shared/putin-kim-summit.html');
  await lede.openWebPage(url);
  const popup = await lede.openExtensionPage(`/popup/index.html?tabId=${await lede.tabIdOf(url)}`);
  expect(await settledPopup(popup)).toBe('article');
  // Key points are picked after the article is painted: wait for their marks.
  await popup.waitForFunction(() => document.querySelectorAll('.reader-content mark.lede-kp').length > 0, { timeout: 15_000 });

  const view = await popup.evaluate(() => ({
    title: document.querySelector('.reader-title')?.textContent,
    text: document.body.innerText,
    paragraphs: [...document.querySelectorAll('.reader-content p')].map((p) => p.textContent ?? ''),
    site: document.querySelector('.reader-site')?.textContent,
    keyPoints: [...document.querySelectorAll('.key-points-list .key-point')].map((li) => (li as HTMLElement).innerText.trim()),
    marks: [...document.querySelectorAll('.reader-content mark.lede-kp')].map((mark) => ({
      kp: mark.getAttribute('data-kp'),
      text: mark.textContent ?? '',
    })),
  }));
  expect(view.title).toBe(TITLE);
  expect(view.text.replace(/[’']/g, "'").split("Here's what you need to know about the summit").length - 1).toBe(1);
  expect(view.paragraphs).toHaveLength(13);
  expect(view.paragraphs[0]).toContain('Vladimir Putin has said Russia');
  expect(view.site).toBe('USA News Independent');
  for (const word of ['Advertisement', 'Leave a Reply', 'Subscribe']) expect(view.text).not.toContain(word);

  // Key points: listed, and each marked in place, the marks of one point spelling exactly its sentence.
  expect(view.keyPoints.length).toBeGreaterThanOrEqual(2);
  expect(view.keyPoints.length).toBeLessThanOrEqual(7);
  for (const [index, sentence] of view.keyPoints.entries()) {
    const marks = view.marks.filter((mark) => mark.kp === `kp-${index + 1}`);
    expect(marks.length, sentence).toBeGreaterThan(0);
    expect(marks.map((mark) => mark.text).join('').replace(/\s+/g, ' ')).toBe(sentence);
  }

  // The README's Firefox screenshot: the popup page at the real popup's size.
  await popup.setViewport({ width: 720, height: 600 }); // popup.css: body 720 × 600 (Firefox allows up to 800 × 600)
  await mkdir(SCREENSHOTS, { recursive: true });
  const shot = join(SCREENSHOTS, 'firefox-popup.png');
  await popup.screenshot({ path: shot });
  if (process.env.LEDE_UPDATE_DOCS === '1') {
    await mkdir(join(REPO_ROOT, 'docs', 'screenshots'), { recursive: true });
    await copyFile(shot, join(REPO_ROOT, 'docs', 'screenshots', 'firefox-popup.png'));
  }
});

test('Firefox: a page without an article says so', async () => {
  const url = server.url('/pages/not-an-article/');
  await lede.openWebPage(url);
  const popup = await lede.openExtensionPage(`/popup/index.html?tabId=${await lede.tabIdOf(url)}`);
  expect(await settledPopup(popup)).toContain('state-no-article');
  const heading = await popup.$eval('.state-title', (h) => h.textContent);
  expect(heading).toBe('No article found here');
  expect(await popup.$$eval('button', (buttons) => buttons.map((b) => b.textContent?.trim()))).toContain('Try anyway');
});

test('Firefox: a page built from web components is read from its shadow trees', async () => {
  const url = server.url('/pages/shadow/');
  await lede.openWebPage(url);
  const popup = await lede.openExtensionPage(`/popup/index.html?tabId=${await lede.tabIdOf(url)}`);
  expect(await settledPopup(popup)).toBe('article');
  const view = await popup.evaluate(() => ({
    title: document.querySelector('.reader-title')?.textContent,
    body: (document.querySelector('.reader-content') as HTMLElement | null)?.innerText ?? '',
  }));
  expect(view.title).toBe('Lakeside library keeps its doors open all night for exam season');
  expect(view.body).toContain('stay open around the clock');
  expect(view.body).toContain('show a school or college card');
  for (const chrome of ['Subscribe', 'Privacy', 'Unattributed']) expect(view.body).not.toContain(chrome);
});

test('Firefox: interface the page hides stays out of the article', async () => {
  const url = server.url('/pages/hidden-interface/');
  await lede.openWebPage(url);
  const popup = await lede.openExtensionPage(`/popup/index.html?tabId=${await lede.tabIdOf(url)}`);
  expect(await settledPopup(popup)).toBe('article');
  const view = await popup.evaluate(() => ({
    title: document.querySelector('.reader-title')?.textContent,
    body: (document.querySelector('.reader-content') as HTMLElement | null)?.textContent ?? '',
  }));
  expect(view.title).toBe('Tide Tables by Hand');
  expect(view.body).toContain('Corrections for wind');
  expect(view.body).toContain('pencilled in the margin');
  for (const hidden of ['Keyboard shortcuts', 'Share this chapter', 'Neap tides panel', 'pocket version']) expect(view.body).not.toContain(hidden);
});

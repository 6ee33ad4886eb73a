import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openRealPopup } from './support/browser';
import type { LedeBrowser } from './support/browser';
import type { PageServer } from './support/server';
import { withLede } from './support/lifecycle';

let server: PageServer;
let lede: LedeBrowser;

withLede((started) => ({ server, lede } = started));

/** Payload flags (`window.__ledePwned_*`) set in a page's main world, and whether its title was changed. */
const payloadFlags = (page: Page) =>
  page.evaluate(() => ({
    flags: Object.keys(window).filter((key) => key.startsWith('__ledePwned')),
    title: document.title,
  }));

test('the hostile article renders in the popup with every payload inert', async () => {
  const page = await lede.context.newPage();
  await page.goto(server.url('/pages/hostile/'));
  // The page's own scripts may run in the page; what matters is what Lede adds to that.
  await page.waitForTimeout(300);
  const before = await payloadFlags(page);

  const { popup, close } = await openRealPopup(lede, page);
  const consoleLines: string[] = [];
  popup.on('console', (message) => consoleLines.push(message.text()));
  try {
    await expect(popup.locator('.reader-title')).toHaveText('Harbour town votes to restore its old lighthouse');
    await expect(popup.locator('.reader-content')).toContainText('restore the harbour lighthouse');
    // Give any event-handler payload (onerror, onload, ontoggle, autofocus) time to fire.
    await popup.waitForTimeout(1000);

    const inPopup = await payloadFlags(popup);
    expect(inPopup.flags).toEqual([]);
    expect(inPopup.title).toBe('Lede');

    const content = popup.locator('.reader-content');
    const dangerous = await content.evaluate((root) => ({
      elements: Array.from(root.querySelectorAll('script, iframe, object, embed, form, input, button, textarea, meta, base, link, style, svg, math')).map((el) => el.tagName),
      handlers: Array.from(root.querySelectorAll('*')).flatMap((el) =>
        Array.from(el.attributes).filter((attr) => /^on/i.test(attr.name)).map((attr) => `${el.tagName}[${attr.name}]`),
      ),
      urls: Array.from(root.querySelectorAll('[href], [src], [action], [formaction]')).flatMap((el) =>
        ['href', 'src', 'action', 'formaction']
          .map((name) => el.getAttribute(name) ?? '')
          .filter((value) => /^\s*(javascript|vbscript|data:text)/i.test(value)),
      ),
      styles: Array.from(root.querySelectorAll('[style]')).length,
    }));
    expect(dangerous).toEqual({ elements: [], handlers: [], urls: [], styles: 0 });
    // Links out of the article open in a new tab without a window reference; in-article anchors stay.
    const outbound = content.locator('a[href]:not([href^="#"])');
    expect(await outbound.count()).toBeGreaterThan(0);
    for (const link of await outbound.all()) {
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('href', /^http:\/\/127\.0\.0\.1:\d+\//);
    }

    const after = await payloadFlags(page);
    expect(after.flags.sort()).toEqual(before.flags.sort());
    expect(after.title).toBe(before.title);
    expect(consoleLines.filter((line) => /pwned/i.test(line))).toEqual([]);
  } finally {
    await close();
    await page.close();
  }
});

test('a page whose elements shadow document and form members (DOM clobbering) still reads', async () => {
  const page = await lede.context.newPage();
  await page.goto(server.url('/pages/clobbering/'));
  // The page really does clobber: these members of its document are elements now.
  expect(await page.evaluate(() => [typeof document.querySelector, typeof document.cloneNode, typeof document.title])).toEqual(['object', 'object', 'object']);
  const { popup, close } = await openRealPopup(lede, page);
  try {
    await expect(popup.locator('.reader-title')).toHaveText('Night trains return to the valley line');
    await expect(popup.locator('.reader-content')).toContainText('sleeper trains will run again on the valley line');
    await expect(popup.locator('.reader-content p')).toHaveCount(4);
  } finally {
    await close();
    await page.close();
  }
});

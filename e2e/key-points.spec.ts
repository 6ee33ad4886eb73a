import { expect, test } from '@playwright/test';
import { openRealPopup } from './support/browser';
import type { LedeBrowser } from './support/browser';
import { savePopupScreenshot } from './support/screenshots';
import type { PageServer } from './support/server';
import { withLede } from './support/lifecycle';

let server: PageServer;
let lede: LedeBrowser;

withLede((started) => ({ server, lede } = started));

test('key points are listed, highlighted in place, and one click from their sentence', async () => {
  const page = await lede.context.newPage();
  await page.goto(server.url('/shared/putin-kim-summit.html'));
  const { popup, close } = await openRealPopup(lede, page);
  try {
    const items = popup.locator('.key-points-list .key-point');
    await expect(items.first()).toBeVisible();
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(7);

    const texts = await items.allInnerTexts();
    for (const text of texts) {
      expect(text).not.toMatch(/^Here’s what happened/);
      // Every listed sentence stands, whole, in the article body.
      expect(await popup.locator('.reader-content').innerText()).toContain(text.trim());
    }

    // Each key point is marked inline, and the marks of one point spell exactly its sentence.
    for (const [index, text] of texts.entries()) {
      const marks = popup.locator(`.reader-content mark.lede-kp[data-kp="kp-${index + 1}"]`);
      expect(await marks.count()).toBeGreaterThan(0);
      expect((await marks.allTextContents()).join('').replace(/\s+/g, ' ')).toBe(text.trim());
    }

    // The last key point sits below the fold; clicking it scrolls it into view and emphasises it.
    const last = popup.locator(`.reader-content mark.lede-kp[data-kp="kp-${count}"]`).first();
    await items.nth(count - 1).click();
    await expect(last).toBeInViewport();
    await expect(last).toHaveClass(/kp-flash/);
    await expect(last).toBeFocused();

    // Highlights can be hidden and shown again.
    const toggle = popup.getByRole('button', { name: 'Hide highlights' });
    await toggle.click();
    await expect(popup.locator('article.reader')).toHaveClass(/highlights-off/);
    await popup.getByRole('button', { name: 'Show highlights' }).click();
    await expect(popup.locator('article.reader')).not.toHaveClass(/highlights-off/);

    await popup.locator('.reader-scroll').evaluate((el) => el.scrollTo(0, 0));
    await savePopupScreenshot(popup, 'popup-key-points');
  } finally {
    await close();
    await page.close();
  }
});

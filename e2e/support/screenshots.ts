import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from './server';

// Outside test-results/, which Playwright empties at the start of every run.
export const SCREENSHOTS = join(REPO_ROOT, 'artifacts', 'screenshots');
const DOCS = join(REPO_ROOT, 'docs', 'screenshots');

/**
 * Saves a screenshot as a test artifact (artifacts/screenshots/NAME.png). With LEDE_UPDATE_DOCS=1
 * (`npm run screenshots`) it also refreshes docs/screenshots/NAME.png, the images the README shows.
 */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await capture(name, (path) => page.screenshot({ path, fullPage: options.fullPage ?? false }));
}

/**
 * A popup as people see it: headless Chromium gives popups a fixed 750×510 window (a real popup is sized
 * to Lede's 720×600 body), so capture the document itself at the popup's real size.
 */
export async function savePopupScreenshot(popup: Page, name: string): Promise<void> {
  await popup.evaluate(() => window.scrollTo(0, 0));
  await capture(name, (path) => popup.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: 720, height: 600 } }));
}

async function capture(name: string, shoot: (path: string) => Promise<unknown>): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await shoot(path);
  if (process.env.LEDE_UPDATE_DOCS === '1') {
    await mkdir(DOCS, { recursive: true });
    await copyFile(path, join(DOCS, `${name}.png`));
  }
}

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
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? false });
  if (process.env.LEDE_UPDATE_DOCS === '1') {
    await mkdir(DOCS, { recursive: true });
    await copyFile(path, join(DOCS, `${name}.png`));
  }
}

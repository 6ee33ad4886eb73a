/**
 * Renders Lede's icon (icons/lede.svg) to the PNG sizes browsers ask for, with the Chromium the tests use.
 * Run `npm run icons` after changing the SVG; the PNGs are committed (public/ is copied into every build).
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM } from '../e2e/support/browser.ts';

const root = join(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'public/icons/lede.svg'), 'utf8');
const SIZES = [16, 32, 48, 128];

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await page.screenshot({ path: join(root, `public/icons/lede-${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Wrote public/icons/lede-{${SIZES.join(',')}}.png`);

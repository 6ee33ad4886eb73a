import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { DIST_PROD, findPopup } from './support/browser';
import type { LedeBrowser } from './support/browser';
import type { PageServer } from './support/server';
import { withLede } from './support/lifecycle';

/**
 * The one path that grants activeTab like a real user: a real key press, headed under Xvfb, on the
 * PRODUCTION build (no host permissions at all). `npm test` runs Playwright under xvfb-run.
 */
const SHORTCUT = 'Alt+Shift+D';

let server: PageServer;
let lede: LedeBrowser;

test.skip(!process.env.DISPLAY, 'needs a display: run under xvfb-run (npm test does)');

withLede((started) => ({ server, lede } = started), { dist: DIST_PROD, headless: false });

test('the production manifest binds the suggested shortcut to the popup', async () => {
  const commands = await lede.worker.evaluate(() => chrome.commands.getAll());
  const action = commands.find((command) => command.name === '_execute_action');
  expect(action?.shortcut).toBe(SHORTCUT);
});

test('pressing the shortcut on the reference page opens the popup with the article', async () => {
  const page = await lede.context.newPage();
  await page.goto(server.url('/shared/putin-kim-summit.html'));
  await page.bringToFront();
  const title = await page.title();
  // Give the X window keyboard focus, then press the key the way a person would.
  const windowId = execFileSync('xdotool', ['search', '--sync', '--onlyvisible', '--name', title.slice(0, 40)])
    .toString()
    .trim()
    .split('\n')[0] as string;
  // There is no window manager under Xvfb, so focus the window directly (no windowactivate) and send a
  // real XTEST key press (not --window, whose synthetic events Chromium ignores).
  execFileSync('xdotool', ['windowfocus', '--sync', windowId]);
  execFileSync('xdotool', ['key', '--clearmodifiers', SHORTCUT.toLowerCase()]);

  const { popup, close } = await findPopup(lede);
  await expect(popup.locator('.reader-title')).toContainText('summit between Vladimir Putin and Kim Jong Un');
  await expect(popup.locator('.reader-content p').first()).toContainText('Vladimir Putin has said Russia');
  await close();
});


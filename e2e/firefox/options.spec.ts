import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { chooseOption, launchFirefoxLede, settledPopup } from './support/firefox';
import type { FirefoxLede } from './support/firefox';
import type { PageServer } from '../support/server';
import { withServerAnd } from '../support/lifecycle';

/** Settings are shared through storage.sync + storage.onChanged: the options page drives an open popup. */
let server: PageServer;
let lede: FirefoxLede;

withServerAnd(() => launchFirefoxLede(), (started) => ({ server, lede } = started));

const theme = (popup: Page) => popup.evaluate(() => document.documentElement.getAttribute('data-theme'));
const fontSize = (popup: Page) =>
  popup.$eval('.reader-content p', (p) => getComputedStyle(p).fontSize);
const background = (popup: Page) => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('Firefox: changes in the options page apply at once to an open popup', async () => {
  const url = server.url('/shared/putin-kim-summit.html');
  await lede.openWebPage(url);
  const popup = await lede.openExtensionPage(`/popup/index.html?tabId=${await lede.tabIdOf(url)}`);
  expect(await settledPopup(popup)).toBe('article');
  expect(await theme(popup)).toBeNull();
  expect(await fontSize(popup)).toBe('18px');

  const options = await lede.openExtensionPage('/src/options/index.html');
  await options.waitForSelector('input[type="range"]');

  await chooseOption(options, 'Theme', 'Dark');
  await expect.poll(() => theme(popup)).toBe('dark');
  await expect.poll(() => background(popup)).toBe('rgb(27, 28, 30)');

  const slider = await options.evaluateHandle(() => {
    const label = [...document.querySelectorAll('label')].find((el) => el.textContent?.trim() === 'Font size');
    return document.getElementById(label?.htmlFor ?? '') as HTMLInputElement;
  });
  await slider.focus();
  // Four quick presses: each lands although the saved value comes back a storage round trip later.
  for (let i = 0; i < 4; i += 1) await options.keyboard.press('ArrowRight');
  await expect.poll(() => fontSize(popup)).toBe('22px');
  expect(await slider.evaluate((input) => input.value)).toBe('22');

  await chooseOption(options, 'Theme', 'Sepia');
  await expect.poll(() => theme(popup)).toBe('sepia');
  await chooseOption(options, 'Theme', 'System');
  await expect.poll(() => theme(popup)).toBeNull();
});

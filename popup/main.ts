/**
 * The popup's first script, kept small so that it runs as early as the document allows. It starts the work
 * that decides how soon the article appears (finding the tab, injecting the reader, reading the settings)
 * and loads the interface (Preact, the views, the styles' logic) in parallel with it; ./ui renders.
 */
import { loadArticle } from './load-article';
import { loadSettings } from '../src/settings/store';

performance.mark('lede:script-start');

const param = new URLSearchParams(location.search).get('tabId');
const tabIdParam = param !== null && /^\d+$/.test(param) ? Number(param) : null;
const firstLoad = loadArticle(tabIdParam);
const settings = loadSettings();

import('./ui').then(
  ({ mountPopup }) => mountPopup({ tabIdParam, firstLoad, settings }),
  (error: unknown) => {
    // Only a broken install gets here; say so instead of spinning for ever.
    const root = document.getElementById('app');
    if (root) root.textContent = `Lede could not start: ${error instanceof Error ? error.message : String(error)}`;
  },
);

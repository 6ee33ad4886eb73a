import { render } from 'preact';
import { App } from './app';
import { loadArticle } from './load-article';
import { tabIdParamOf } from './page-access';
import type { PopupState } from './popup-state';
import { applyAppearance } from '../src/settings/apply';
import { loadSettings, subscribeSettings } from '../src/settings/store';

performance.mark('lede:script-start');
const tabIdParam = tabIdParamOf(location.search);
// Start reading the page before the first render: the loading state is already in the HTML.
const firstLoad = loadArticle(tabIdParam);
// When the answer is in before the first render (a reopen served from the cache usually is), the first
// render shows it, instead of a loading frame followed by the article a frame later.
let firstState: PopupState | undefined;
void firstLoad.then((state) => (firstState = state));

// Reading settings apply before the first render (they load in a few ms) and again on every change.
subscribeSettings((settings) => applyAppearance(settings));
const settingsApplied = loadSettings().then((settings) => applyAppearance(settings), () => undefined);
const SETTINGS_WAIT_MS = 150;

void Promise.race([settingsApplied, new Promise((done) => setTimeout(done, SETTINGS_WAIT_MS))]).then(() => {
  const root = document.getElementById('app');
  if (root) {
    root.replaceChildren();
    render(<App tabIdParam={tabIdParam} firstLoad={firstLoad} initialState={firstState} />, root);
  }
});

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
// When the answer is in before the first render (it usually is: the render waits for it, below), the first
// render shows it, instead of a loading frame followed by the article a frame later.
let firstState: PopupState | undefined;
void firstLoad.then((state) => (firstState = state));

// Reading settings apply before the first render (they load in a few ms) and again on every change.
subscribeSettings((settings) => applyAppearance(settings));
const settingsApplied = loadSettings().then((settings) => applyAppearance(settings), () => undefined);
const SETTINGS_WAIT_MS = 150;
/**
 * The first render also waits for the article, up to this long, while the HTML's own loading state shows:
 * rendering the loading interface meanwhile would take the CPU from the page read, on a first open, for a
 * frame nobody needs. A page slower than this gets the whole interface (its toolbar) while it is read.
 */
const ARTICLE_WAIT_MS = 250;
const within = <T,>(promise: Promise<T>, ms: number) => Promise.race([promise, new Promise((done) => setTimeout(done, ms))]);

void Promise.all([within(settingsApplied, SETTINGS_WAIT_MS), within(firstLoad, ARTICLE_WAIT_MS)]).then(() => {
  const root = document.getElementById('app');
  if (root) {
    root.replaceChildren();
    render(<App tabIdParam={tabIdParam} firstLoad={firstLoad} initialState={firstState} />, root);
  }
});

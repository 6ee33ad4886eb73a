/** The popup's interface, loaded by ./main while the article is already being read. */
import { render } from 'preact';
import { App } from './app';
import type { PopupState } from './popup-state';
import { applyAppearance } from '../src/settings/apply';
import { subscribeSettings } from '../src/settings/store';
import type { Settings } from '../src/settings/store';

/** Long enough for storage to answer (a few ms), short enough that a stuck read never holds the popup. */
const SETTINGS_WAIT_MS = 150;

export function mountPopup(start: {
  tabIdParam: number | null;
  firstLoad: Promise<PopupState>;
  settings: Promise<Settings>;
}): void {
  // Reading settings apply before the first render and again on every change.
  subscribeSettings((settings) => applyAppearance(settings));
  const settingsApplied = start.settings.then((settings) => applyAppearance(settings), () => undefined);
  void Promise.race([settingsApplied, new Promise((done) => setTimeout(done, SETTINGS_WAIT_MS))]).then(() => {
    const root = document.getElementById('app');
    if (!root) return;
    root.replaceChildren();
    render(<App tabIdParam={start.tabIdParam} firstLoad={start.firstLoad} />, root);
  });
}

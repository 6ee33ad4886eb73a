import { browser } from '../src/platform/browser';
import { RANGES, THEMES } from '../src/settings/schema';
import type { Theme } from '../src/settings/schema';
import { saveSettings } from '../src/settings/store';
import { useSettings } from '../src/ui/use-settings';

const FONT_STEP = 2;
const THEME_NAMES: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark', sepia: 'Sepia' };

function nextTheme(theme: Theme): Theme {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length] ?? 'system';
}

/** The popup's slim top bar: quick reading controls that write the same settings as the options page. */
export function ReaderToolbar() {
  const settings = useSettings();
  const size = settings?.appearance.fontSize ?? 18;
  const theme = settings?.appearance.theme ?? 'system';
  const setSize = (fontSize: number) => void saveSettings({ appearance: { fontSize } });
  const next = nextTheme(theme);
  return (
    <header class="reader-toolbar">
      <span class="toolbar-wordmark">Lede</span>
      <div class="toolbar-controls" role="toolbar" aria-label="Reading settings">
        <button
          type="button"
          class="toolbar-button"
          aria-label={`A− smaller text (now ${size} px)`}
          title="Smaller text"
          disabled={settings === null || size <= RANGES.fontSize.min}
          onClick={() => setSize(Math.max(RANGES.fontSize.min, size - FONT_STEP))}
        >
          A−
        </button>
        <button
          type="button"
          class="toolbar-button toolbar-button-large"
          aria-label={`A+ larger text (now ${size} px)`}
          title="Larger text"
          disabled={settings === null || size >= RANGES.fontSize.max}
          onClick={() => setSize(Math.min(RANGES.fontSize.max, size + FONT_STEP))}
        >
          A+
        </button>
        <button
          type="button"
          class="toolbar-button toolbar-theme"
          aria-label={`Theme: ${THEME_NAMES[theme]}. Switch to ${THEME_NAMES[next]}`}
          title={`Theme: ${THEME_NAMES[theme]}`}
          disabled={settings === null}
          onClick={() => void saveSettings({ appearance: { theme: next } })}
        >
          <span class={`theme-dot theme-dot-${theme}`} aria-hidden="true" />
          <span aria-hidden="true">{THEME_NAMES[theme]}</span>
        </button>
        <button
          type="button"
          class="toolbar-button"
          aria-label="Lede settings"
          title="Settings"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M19.14 12.94a7.07 7.07 0 0 0 0-1.88l2.03-1.58a.5.5 0 0 0 .12-.64l-1.92-3.32a.5.5 0 0 0-.6-.22l-2.39.96a7 7 0 0 0-1.63-.94l-.36-2.54a.5.5 0 0 0-.5-.42h-3.84a.5.5 0 0 0-.5.42l-.36 2.54a7 7 0 0 0-1.63.94l-2.39-.96a.5.5 0 0 0-.6.22L2.71 8.84a.5.5 0 0 0 .12.64l2.03 1.58a7.07 7.07 0 0 0 0 1.88l-2.03 1.58a.5.5 0 0 0-.12.64l1.92 3.32a.5.5 0 0 0 .6.22l2.39-.96c.5.39 1.05.7 1.63.94l.36 2.54a.5.5 0 0 0 .5.42h3.84a.5.5 0 0 0 .5-.42l.36-2.54a7 7 0 0 0 1.63-.94l2.39.96a.5.5 0 0 0 .6-.22l1.92-3.32a.5.5 0 0 0-.12-.64l-2.03-1.58ZM12 15.5A3.5 3.5 0 1 1 12 8.5a3.5 3.5 0 0 1 0 7Z"
            />
          </svg>
        </button>
      </div>
    </header>
  );
}

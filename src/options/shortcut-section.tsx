import { useEffect, useState } from 'preact/hooks';
import { browser } from '../platform/browser';
import { differences } from '../platform/differences';
import { Section } from './controls';

/** The shortcut that opens Lede (`_execute_action`) as the browser has bound it, and where to change it. */
export function ShortcutSection() {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const platform = differences();

  useEffect(() => {
    const read = () =>
      void browser.commands
        .getAll()
        .then((commands) => setShortcut(commands.find((command) => command.name === '_execute_action')?.shortcut || null))
        .catch(() => setShortcut(null));
    read();
    // Coming back from the shortcuts page: show the new binding.
    const onFocus = () => read();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  const open = () => {
    browser.tabs.create({ url: platform.shortcutsUrl }).catch(() => setFailed(true));
  };

  return (
    <Section id="shortcut" title="Keyboard shortcut">
      <div class="field shortcut-row">
        <p class="shortcut-current">
          Open Lede on the current page:{' '}
          {shortcut === undefined ? (
            '…'
          ) : shortcut ? (
            <kbd class="shortcut-keys">{shortcut}</kbd>
          ) : (
            <span class="shortcut-none">no shortcut set</span>
          )}
        </p>
        <button type="button" class="btn" onClick={open}>
          Change shortcut
        </button>
      </div>
      <p class="field-hint">
        The browser manages extension shortcuts. {failed ? platform.shortcutsHelp : 'The button opens its shortcuts page.'}
      </p>
    </Section>
  );
}

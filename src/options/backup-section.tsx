import { useRef, useState } from 'preact/hooks';
import { replaceSettings, resetSettings } from '../settings/store';
import type { Settings } from '../settings/schema';
import { exportFileName, exportSettings, parseSettingsFile } from '../settings/transfer';
import { Section } from './controls';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/** Export to a JSON file, import one back (through normalize), reset to the defaults. */
export function BackupSection({ settings }: { settings: Settings }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const download = () => {
    const blob = new Blob([exportSettings(settings)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = exportFileName();
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    setNotice({ kind: 'ok', text: `Settings exported to ${link.download}.` });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = parseSettingsFile(await file.text().catch(() => ''));
    if (!result.ok) return setNotice({ kind: 'error', text: result.message });
    await replaceSettings(result.settings);
    setNotice({ kind: 'ok', text: `Settings imported from ${file.name}.` });
  };

  const reset = async () => {
    if (!window.confirm('Reset every Lede setting to its default?')) return;
    await resetSettings();
    setNotice({ kind: 'ok', text: 'All settings are back to their defaults.' });
  };

  return (
    <Section id="backup" title="Your settings" description="Keep a copy of your settings, move them to another browser, or start over.">
      <div class="button-row">
        <button type="button" class="btn" onClick={download}>
          Export settings
        </button>
        <button type="button" class="btn" onClick={() => fileInput.current?.click()}>
          Import settings…
        </button>
        <input
          ref={fileInput}
          class="visually-hidden"
          type="file"
          accept="application/json,.json"
          aria-label="Settings file to import"
          tabIndex={-1}
          onChange={(event) => {
            const input = event.currentTarget;
            void importFile(input.files?.[0]).finally(() => (input.value = ''));
          }}
        />
        <button type="button" class="btn btn-danger" onClick={() => void reset()}>
          Reset to defaults
        </button>
      </div>
      <p class={notice?.kind === 'error' ? 'field-error' : 'field-ok'} role={notice?.kind === 'error' ? 'alert' : 'status'}>
        {notice?.text ?? ''}
      </p>
    </Section>
  );
}

import { useSettings } from '../ui/use-settings';
import { AppearanceSection } from './appearance-section';
import { KeyPointsSection, ReaderSection } from './reading-sections';
import { DetectionSection } from './detection-section';
import { ShortcutSection } from './shortcut-section';
import { BackupSection } from './backup-section';

export function OptionsApp() {
  const settings = useSettings();
  return (
    <div class="page">
      <header class="page-header">
        <span class="wordmark">Lede</span>
        <h1 class="page-title">Settings</h1>
        <p class="page-saved">
          Changes are saved as you make them.
        </p>
      </header>
      {settings === null ? (
        <p class="loading">Loading your settings…</p>
      ) : (
        <main>
          <AppearanceSection settings={settings} />
          <KeyPointsSection settings={settings} />
          <ReaderSection settings={settings} />
          <DetectionSection settings={settings} />
          <ShortcutSection />
          <BackupSection settings={settings} />
        </main>
      )}
    </div>
  );
}

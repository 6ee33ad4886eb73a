import { useState } from 'preact/hooks';
import { browser } from '../platform/browser';
import { saveSettings } from '../settings/store';
import type { Settings } from '../settings/schema';
import { Section, Toggle } from './controls';
import { ExcludedSites } from './excluded-sites';

/** What turning detection on asks for: to read every web page (nothing is sent anywhere). */
export const DETECTION_ORIGINS = ['http://*/*', 'https://*/*'];

export function DetectionSection({ settings }: { settings: Settings }) {
  const [message, setMessage] = useState<string | null>(null);

  const turnOn = () => {
    // Ask first, inside the click: the browser only shows its permission prompt for a user gesture.
    browser.permissions.request({ origins: DETECTION_ORIGINS }).then(
      async (granted) => {
        if (!granted) return setMessage('Detection stays off: Lede needs permission to look at the pages you open.');
        setMessage(null);
        await saveSettings({ detection: { enabled: true } });
      },
      (error: unknown) => setMessage(`The browser refused the permission: ${String(error)}`),
    );
  };

  const turnOff = async () => {
    setMessage(null);
    await saveSettings({ detection: { enabled: false } });
    try {
      await browser.permissions.remove({ origins: DETECTION_ORIGINS });
    } catch {
      // Some of these origins may be required by this build (tests); the rest are removed.
    }
  };

  return (
    <Section
      id="detection"
      title="News-page detection"
      description="Lede can look at each page you open and mark articles with a check on its toolbar button, so you know the reader will work there."
    >
      <Toggle
        label="Mark article pages on the toolbar button"
        checked={settings.detection.enabled}
        onChange={(on) => {
          if (!on) return void turnOff();
          turnOn();
          return false; // on once the permission is granted and saved
        }}
        hint={
          <>
            Off by default. Turning it on asks your permission to read the pages you visit; the check runs on your
            computer and nothing is sent anywhere. Turning it off gives the permission back.
          </>
        }
      />
      {message && (
        <p class="field-error" role="alert">
          {message}
        </p>
      )}
      <ExcludedSites sites={settings.detection.excludedSites} />
    </Section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { loadSettings, subscribeSettings } from '../settings/store';
import type { Settings } from '../settings/schema';

/** The current settings, kept up to date with every change from any page; null until they have loaded. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    const stop = subscribeSettings((next) => live && setSettings(next));
    void loadSettings().then((loaded) => live && setSettings((current) => current ?? loaded));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}

/**
 * The only code that touches settings storage. Settings live in `storage.sync` under one key, `settings`.
 * When sync is unavailable, or a write fails (over quota, sync turned off by policy), the write goes to
 * `storage.local` under the same key instead; a local copy is only ever written in that case, so when one
 * exists it is this device's newest write and wins. The next successful sync write removes it.
 */
import { browser } from '../platform/browser';
import type { Storage } from '../platform/browser';
import { applyPatch, DEFAULT_SETTINGS, normalize } from './schema';
import type { DeepPartial, Settings } from './schema';

export type { DeepPartial, Settings } from './schema';

const KEY = 'settings';

function syncArea(): Storage.StorageArea | null {
  try {
    return browser.storage.sync ?? null;
  } catch {
    return null;
  }
}

async function readArea(area: Storage.StorageArea | null): Promise<unknown> {
  if (!area) return undefined;
  try {
    return (await area.get(KEY))[KEY];
  } catch {
    return undefined;
  }
}

export async function loadSettings(): Promise<Settings> {
  // Both areas at once: the popup waits for its settings before its first render, and one round trip to the
  // browser costs less than two in a row. The local copy still wins when there is one.
  const [local, synced] = await Promise.all([readArea(browser.storage.local), readArea(syncArea())]);
  return normalize(local !== undefined ? local : synced);
}

async function write(settings: Settings): Promise<Settings> {
  const value = normalize(settings);
  const sync = syncArea();
  try {
    if (!sync) throw new Error('storage.sync is unavailable');
    await sync.set({ [KEY]: value });
  } catch {
    await browser.storage.local.set({ [KEY]: value });
    return value;
  }
  if ((await readArea(browser.storage.local)) !== undefined) await browser.storage.local.remove(KEY);
  return value;
}

/** Writes run one after another, so two quick changes (A+ pressed twice) both land. */
let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Lays `patch` over the stored settings and saves the result; resolves to what was saved. */
export function saveSettings(patch: DeepPartial<Settings>): Promise<Settings> {
  return serialized(async () => write(applyPatch(await loadSettings(), patch)));
}

export function replaceSettings(settings: Settings): Promise<Settings> {
  return serialized(() => write(normalize(settings)));
}

export function resetSettings(): Promise<Settings> {
  return serialized(() => write(normalize(DEFAULT_SETTINGS)));
}

/**
 * Calls `callback` with the settings after every change, from any extension page or device.
 * Returns the function that stops listening.
 */
export function subscribeSettings(callback: (settings: Settings) => void): () => void {
  let latest = 0;
  const listener = (changes: Record<string, Storage.StorageChange>, areaName: string) => {
    const change = changes[KEY];
    if (!change || (areaName !== 'sync' && areaName !== 'local')) return;
    const ticket = ++latest;
    // A written value is this device's newest write, whichever area took it: use it as it is. (Re-reading
    // right after the event could still see the previous value in Firefox, and the last of several quick
    // changes would then be lost.) Only a removal, the local fallback copy going away, needs a re-read to
    // learn which value now wins.
    if (change.newValue !== undefined) {
      callback(normalize(change.newValue));
      return;
    }
    void loadSettings().then((settings) => {
      if (ticket === latest) callback(settings);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

import baseManifest from '../manifest.json' with { type: 'json' };

/**
 * Every manifest Lede ships, derived from the one manifest.json (written for Chrome). This is the only
 * place where the browsers' manifests differ; see README → Firefox.
 *
 * - chrome:  manifest.json as is.
 * - firefox: background as `scripts` (Firefox MV3 has no service workers for extensions; crxjs with
 *            `browser: 'firefox'` then writes its loader there), an add-on id and minimum version under
 *            `browser_specific_settings.gecko`, and no Chrome-only keys.
 * - test builds (`--mode e2e`, `--mode firefox-e2e`) add the 127.0.0.1 host permission, because automation
 *   cannot grant activeTab (../shared/PLATFORM.md). The production manifests never carry it.
 */
export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'lede@lede.example';

/**
 * 142.0: `data_collection_permissions` (Lede collects nothing and says so, which addons.mozilla.org asks every
 * new add-on to declare) is understood from Firefox 140 on desktop and 142 on Android; older versions warn
 * about it. Everything else Lede uses is older: MV3 + scripting + optional host permissions (109),
 * storage.session (115).
 */
export const GECKO_MIN_VERSION = '142.0';

type Manifest = typeof baseManifest & Record<string, unknown>;

const TEST_HOST_PERMISSIONS = ['http://127.0.0.1/*'];

export function manifestFor(target: Target, options: { test?: boolean } = {}): Record<string, unknown> {
  const manifest: Manifest = structuredClone(baseManifest);
  const extra = options.test ? { host_permissions: TEST_HOST_PERMISSIONS } : {};
  if (target === 'chrome') return { ...manifest, ...extra };

  const { minimum_chrome_version: _chromeOnly, background, ...shared } = manifest;
  return {
    ...shared,
    ...extra,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}

/** `vite build --mode <mode>`: which browser and whether it is a test build. */
export function targetOfMode(mode: string): { target: Target; test: boolean } {
  return { target: mode.startsWith('firefox') ? 'firefox' : 'chrome', test: mode === 'e2e' || mode === 'firefox-e2e' };
}

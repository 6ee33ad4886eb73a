import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_PROD, DIST_TEST } from './support/browser';

const readManifest = (dist: string) => JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));

test('the production build asks for activeTab, scripting and storage only', () => {
  const manifest = readManifest(DIST_PROD);
  expect(manifest.manifest_version).toBe(3);
  expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.content_scripts ?? []).toEqual([]);
  // A web-accessible file would let any site detect that Lede is installed.
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
});

test('only the test build adds the local fixture origin', () => {
  expect(readManifest(DIST_TEST).host_permissions).toEqual(['http://127.0.0.1/*']);
});

test('every file the production manifest names exists in the build', () => {
  const manifest = readManifest(DIST_PROD);
  const files = [
    manifest.action.default_popup,
    manifest.background.service_worker,
    manifest.options_ui?.page,
    ...Object.values(manifest.icons ?? {}),
    ...Object.values(manifest.action.default_icon ?? {}),
  ].filter(Boolean);
  expect(Object.keys(manifest.icons ?? {})).toEqual(['16', '32', '48', '128']);
  for (const file of files) expect(existsSync(join(DIST_PROD, file)), file).toBe(true);
});

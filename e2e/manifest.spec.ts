import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { staticClosure } from '../bench/bundle-size';
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

test('the popup loads its modules from at most 3 files and its early script from one, and no other page imports its page script', () => {
  const html = readFileSync(join(DIST_PROD, 'popup/index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script type="module"[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1] as string);
  expect(scripts).toHaveLength(1);
  // The early script (build/early-read.ts): one classic file importing nothing, parser-blocking and before
  // the module script, so it always runs first.
  const classic = [...html.matchAll(/<script (?![^>]*type="module")[^>]*>/g)].map((match) => match[0]);
  expect(classic).toEqual(['<script src="/popup/early-read.js">']);
  expect(html.indexOf(classic[0] as string)).toBeLessThan(html.indexOf('<script type="module"'));
  expect(readFileSync(join(DIST_PROD, 'popup/early-read.js'), 'utf8')).not.toMatch(/\bimport\s*[({"'`]|\bfrom\s*["'`]/);
  const entry = join(DIST_PROD, scripts[0] as string);
  // The page script, the chunk with everything it imports (build/popup-chunk.ts), the bundler's small runtime.
  const loaded = [...staticClosure(DIST_PROD, entry)].map((file) => basename(file));
  expect(loaded.length, loaded.join(', ')).toBeLessThanOrEqual(3);
  expect(loaded.some((file) => file.startsWith('popup-'))).toBe(true);
  // The page script renders the popup when it runs: the options page or the worker importing it would show it.
  const assets = join(DIST_PROD, 'assets');
  const importers = readdirSync(assets)
    .filter((file) => file.endsWith('.js') && file !== basename(entry))
    .filter((file) => readFileSync(join(assets, file), 'utf8').includes(basename(entry)));
  expect(importers).toEqual([]);
});

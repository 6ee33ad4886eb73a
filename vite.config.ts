import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { privateContentScripts } from './build/private-content-scripts.ts';
import { compileHints } from './build/compile-hints.ts';
import { popupChunk } from './build/popup-chunk.ts';
import { earlyReadScript } from './build/early-read.ts';
import { manifestFor, targetOfMode } from './build/manifests.ts';

/**
 * `vite build` is the production (Chrome MV3) build: activeTab + scripting + storage, no host permissions.
 * `vite build --mode e2e` adds http://127.0.0.1/* because automation cannot grant activeTab
 * (see ../shared/PLATFORM.md); nothing else differs, so e2e tests exercise the shipped code.
 * `--mode firefox` / `--mode firefox-e2e` are the same two builds for Firefox (`npm run build:firefox`);
 * the manifests differ only as build/manifests.ts says.
 */
export default defineConfig(({ mode }) => {
  const { target, test } = targetOfMode(mode);
  const manifest = manifestFor(target, { test });
  const popup = popupChunk();
  return {
    // crxjs types its input as a Chrome manifest; the Firefox one differs only in keys Chrome ignores.
    plugins: [preact(), crx({ manifest: manifest as never, browser: target }), privateContentScripts(), compileHints(), popup.plugin, earlyReadScript()],
    build: {
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 200,
      modulePreload: { polyfill: false },
      rolldownOptions: { output: { codeSplitting: { groups: [popup.group] } } },
    },
    server: { strictPort: true, port: 5173, hmr: { port: 5173 } },
  };
});

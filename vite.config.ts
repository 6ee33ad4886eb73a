import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { privateContentScripts } from './build/private-content-scripts.ts';
import baseManifest from './manifest.json' with { type: 'json' };

/**
 * `vite build` is the production (Chrome MV3) build: activeTab + scripting + storage, no host permissions.
 * `vite build --mode e2e` adds http://127.0.0.1/* because automation cannot grant activeTab
 * (see ../shared/PLATFORM.md); nothing else differs, so e2e tests exercise the shipped code.
 */
export default defineConfig(({ mode }) => {
  const manifest = mode === 'e2e' ? { ...baseManifest, host_permissions: ['http://127.0.0.1/*'] } : baseManifest;
  return {
    plugins: [preact(), crx({ manifest }), privateContentScripts()],
    build: {
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 200,
    },
    server: { strictPort: true, port: 5173, hmr: { port: 5173 } },
  };
});

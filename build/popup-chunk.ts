import type { Plugin } from 'vite';

/**
 * Everything the popup imports statically goes into one chunk, so its first paint loads three script files (its
 * page script, this chunk, the bundler's 0.6 KB runtime) instead of six.
 *
 * By default the bundler makes one chunk per set of pages sharing a module: the polyfill, the settings store,
 * Preact with the settings, the article cache, each in a file of its own, because the options page and the
 * service worker use some of them too. Timed with the builds alternating in one session (bench:popup's BENCH_AB
 * method, 6 × 9 opens each), the popup's first script ran 7 ms earlier in the median in two runs and 1–3 ms
 * earlier in two others; an A/A run of that method differs by about 2 ms, so the gain is small. The options page
 * and the service worker now import this chunk too, which costs them a larger file to load and nothing else:
 * none of these modules does anything but define things when loaded. The popup's page script itself (main.tsx,
 * which renders the popup as it runs) stays out of it, and e2e/manifest.spec.ts checks that no other file
 * imports it. What the popup loads after paint (key points, stopwords) keeps its own chunks.
 */
export function popupChunk(popupHtml = 'popup/index.html'): { plugin: Plugin; group: { name: string; test: (id: string) => boolean; priority: number } } {
  let popupModules = new Set<string>();
  const plugin: Plugin = {
    name: 'lede:popup-chunk',
    apply: 'build',
    buildEnd() {
      const entry = [...this.getModuleIds()].find((id) => id.endsWith(popupHtml));
      const seen = new Set<string>();
      // The page's own scripts (main.tsx) stay in the entry chunk: other pages import this chunk, and a page
      // script's top level renders the popup.
      const pageScripts = entry ? (this.getModuleInfo(entry)?.importedIds ?? []) : [];
      const queue = pageScripts.flatMap((id) => this.getModuleInfo(id)?.importedIds ?? []);
      while (queue.length) {
        const id = queue.pop() as string;
        if (seen.has(id)) continue;
        seen.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
      for (const id of pageScripts) seen.delete(id);
      popupModules = seen;
    },
  };
  return { plugin, group: { name: 'popup', test: (id) => popupModules.has(id), priority: 10 } };
}

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { afterWrite } from './after-write.ts';

/**
 * V8's explicit compile hint (Chrome 136+; other engines read it as a comment): a file starting with
 * `//# allFunctionsCalledOnLoad` has all its functions compiled as it loads, instead of each one on its first
 * call. The injected reader calls nearly every Readability function at once, and one eager compile costs less
 * than a lazy pre-parse followed by a full parse of each function: in `npm run bench:popup` the page read
 * (inject + extract) took about 6–10 ms less with it. The popup's own chunks measured no gain, so they are
 * left as they are.
 */
const HINT = '//# allFunctionsCalledOnLoad\n';

/** Where crxjs writes the readers that the popup injects (`content-scripts/reader.ts?iife`, `first-read.ts?iife`). */
export const INJECTED_READER = 'content-scripts/reader.js';
export const INJECTED_FIRST_READ = 'content-scripts/first-read.js';

export function compileHints(injectedScripts: string[] = [INJECTED_READER, INJECTED_FIRST_READ]): Plugin {
  // On disk: the injected scripts are written by crxjs's own IIFE build, outside this bundle.
  return afterWrite('lede:compile-hints', (outDir) => {
    for (const file of injectedScripts) {
      const path = join(outDir, file);
      if (!existsSync(path)) continue;
      const code = readFileSync(path, 'utf8');
      if (!code.startsWith(HINT)) writeFileSync(path, HINT + code);
    }
  });
}

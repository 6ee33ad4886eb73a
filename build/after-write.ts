import type { Plugin } from 'vite';

/**
 * A build-only Vite plugin that runs `step` on the output directory once everything is written, after the
 * other plugins (crxjs writes its content scripts and manifest in a separate pass, so only the files on disk
 * are final).
 */
export function afterWrite(name: string, step: (outDir: string) => void): Plugin {
  let outDir = 'dist';
  return {
    name,
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle() {
      step(outDir);
    },
  };
}

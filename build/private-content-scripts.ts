import { readFileSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { afterWrite } from './after-write.ts';

/**
 * crxjs marks every `?iife` content script as web-accessible to all http(s) sites and leaves behind an
 * intermediate ESM chunk nobody loads (see ../shared/PLATFORM.md). Lede injects its scripts with
 * `scripting.executeScript({ files })`, which needs neither: a web-accessible file only lets any site
 * fingerprint that Lede is installed. This plugin removes both from the written build.
 */
export function privateContentScripts(scriptDir = 'content-scripts'): Plugin {
  return afterWrite('lede:private-content-scripts', (outDir) => {
    const manifestPath = join(outDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      web_accessible_resources?: { resources: string[] }[];
    };
    const isInjected = (file: string) => file.startsWith(`${scriptDir}/`);
    const kept = (manifest.web_accessible_resources ?? [])
      .map((entry) => ({ ...entry, resources: entry.resources.filter((file) => !isInjected(file)) }))
      .filter((entry) => entry.resources.length > 0);
    if (kept.length > 0) manifest.web_accessible_resources = kept;
    else delete manifest.web_accessible_resources;
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    removeOrphanChunks(outDir);
  });
}

/**
 * Deletes files in assets/ whose names no other built file mentions (the unused intermediate chunks), until
 * none is left: removing one orphan can orphan the chunks only it imported.
 */
function removeOrphanChunks(outDir: string): void {
  const texts = new Map(listFiles(outDir).map((file) => [file, readFileSync(join(outDir, file), 'utf8')]));
  for (let removed = true; removed; ) {
    removed = false;
    for (const file of texts.keys()) {
      if (!file.startsWith('assets/') || !file.endsWith('.js')) continue;
      const name = file.slice('assets/'.length);
      const referenced = [...texts].some(([other, text]) => other !== file && text.includes(name));
      if (referenced) continue;
      rmSync(join(outDir, file));
      texts.delete(file);
      removed = true;
    }
  }
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return listFiles(dir, rel);
    return /\.(js|html|json|css)$/.test(entry.name) ? [rel] : [];
  });
}

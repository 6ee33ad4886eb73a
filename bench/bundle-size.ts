/**
 * Gzipped size of what each surface of the built extension loads: the popup's first paint (its HTML, CSS
 * and statically imported JS), what it loads afterwards (the key-point engine and one language's stopwords),
 * and the injected content scripts (the first read, and the whole reader it falls back to). Target: ≤ 60 KB gzipped for what the popup loads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, normalize, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

export const POPUP_BUDGET_KB = 60;

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** A JS file and everything it imports statically (not `import()`), transitively. */
export function staticClosure(dist: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !existsSync(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g)) {
    const target = match[1] as string;
    const path = target.startsWith('/') ? join(dist, target) : normalize(join(dirname(entry), target));
    staticClosure(dist, path, seen);
  }
  return seen;
}

function dynamicImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => normalize(join(dirname(file), m[1] as string)));
}

export interface BundleRow {
  what: string;
  files: number;
  gzipKB: number;
}

export function bundleSizes(dist: string): BundleRow[] {
  const html = join(dist, 'popup/index.html');
  const page = readFileSync(html, 'utf8');
  const refs = [...page.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  const resolveRef = (ref: string) => (ref.startsWith('/') ? join(dist, ref) : normalize(join(dirname(html), ref)));
  const css = refs.filter((r) => r.endsWith('.css')).map(resolveRef);
  const js = new Set<string>();
  for (const ref of refs.filter((r) => r.endsWith('.js'))) staticClosure(dist, resolveRef(ref), js);
  const firstPaint = [html, ...css, ...js];

  // Follow import() from the first-paint files and from what those load in turn, keeping one language.
  const later = new Set<string>();
  const queue = [...js];
  for (let file = queue.shift(); file; file = queue.shift()) {
    for (const target of dynamicImports(file)) {
      if (/stopwords_(?!eng)/.test(target) || later.has(target) || js.has(target)) continue;
      const before = later.size;
      staticClosure(dist, target, later);
      if (later.size > before) queue.push(...[...later].slice(before));
    }
  }
  for (const file of firstPaint) later.delete(file);
  // Of those, the article's cleaning code (finish-article.ts and what only it imports), loaded while the page reads
  // on a first open; the rest (key points, stopwords) after the first paint.
  const finishing = [...later].filter((file) => !/key-points|stopwords_/.test(file));
  const afterPaint = [...later].filter((file) => !finishing.includes(file));

  const firstRead = join(dist, 'content-scripts/first-read.js');
  const content = join(dist, 'content-scripts/reader.js');
  const sum = (files: string[]) => files.reduce((total, file) => total + gz(file), 0) / 1024;
  return [
    { what: 'popup, first paint (HTML + CSS + static JS)', files: firstPaint.length, gzipKB: sum(firstPaint) },
    { what: 'popup, while the page reads (the cleaning code, first opens)', files: finishing.length, gzipKB: sum(finishing) },
    { what: 'popup, after paint (key points + English stopwords)', files: afterPaint.length, gzipKB: sum(afterPaint) },
    { what: 'popup, total loaded', files: firstPaint.length + later.size, gzipKB: sum([...firstPaint, ...later]) },
    { what: 'content script injected on a first open (first-read)', files: 1, gzipKB: gz(firstRead) / 1024 },
    { what: 'the whole reader (no article on the first read; try anyway)', files: 1, gzipKB: gz(content) / 1024 },
  ];
}

export function printBundleSizes(dist: string): void {
  const rows = bundleSizes(dist);
  console.log(`\nBundle sizes (${relative(process.cwd(), dist) || dist}, gzip -9)\n`);
  const width = Math.max(...rows.map((r) => r.what.length));
  console.log(`${'what'.padEnd(width)}  files  gzipped`);
  console.log(`${'-'.repeat(width)}  -----  -------`);
  for (const row of rows) console.log(`${row.what.padEnd(width)}  ${String(row.files).padStart(5)}  ${row.gzipKB.toFixed(1).padStart(5)} KB`);
  const total = rows.find((row) => row.what === 'popup, total loaded')?.gzipKB ?? 0;
  console.log(`\npopup total ${total.toFixed(1)} KB vs budget ${POPUP_BUDGET_KB} KB: ${total <= POPUP_BUDGET_KB ? 'within' : 'OVER'}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = join(import.meta.dirname, '..', 'dist');
  if (!existsSync(join(dist, 'manifest.json'))) spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  printBundleSizes(dist);
}

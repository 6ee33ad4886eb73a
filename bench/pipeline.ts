/**
 * `npm run bench`: Lede's reader pipeline vs bare Readability on Mozilla's 128-page corpus, in Node.
 *
 *   npm run bench -- [--reps N] [--pages N] [--with-clone] [--compare <other checkout>]
 *
 * `--compare` adds a side: the Node pipeline of another checkout of Lede (e.g. `git worktree add /tmp/old
 * <commit>`, with node_modules linked in), timed in the same run and process as this one, so a change can be
 * measured against the code before it without the drift between separate runs.
 *
 * DOM choice: jsdom for both sides. The Node pipeline runs on jsdom because DOMPurify needs a real DOM
 * (on linkedom it returns its input unchanged) and Mozilla's expected output was made on jsdom; comparing
 * it with Readability on linkedom would measure the DOM libraries, not Lede's overhead.
 *
 * Method: every timed run gets a freshly parsed document (Readability consumes the one it reads), parsed
 * outside the timed region. Per page, each side runs `reps` times interleaved, in rotating order; the
 * page's figure is the median of its runs. The table shows the median and p95 over pages, and the median of
 * per-page ratios.
 *
 * The third row is Readability alone the way Lede runs it on jsdom, with its element lookups answered by tag
 * lists (readability-run.ts): that alone is faster than bare Readability, so the pipeline against that row is
 * printed too, as the cost of Lede's own steps (metadata, lazy images, cleaning rules, sanitizing).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoPath, sharedPath } from '../src/node/shared-data';
import { Readability } from '@mozilla/readability';
import { parseHtml, releaseDocument, windowOf } from '../src/node/parse-html';
import { readDocument } from '../src/node/read-page';
import { extractArticle } from '../src/reader/extract';
import { parseWithReadability } from '../src/reader/readability-run';
import { sanitizeArticleHtml } from '../src/reader/sanitize';
import { bundleSizes, POPUP_BUDGET_KB } from './bundle-size';

const CORPUS = sharedPath('corpus/readability-0.6.0');
const URL_ = 'http://fakehost/test/page.html';

export interface TableRow {
  label: string;
  values: string[];
}

/** Gzipped size of what the built extension loads (see bundle-size.ts), printed under the timing table. */
export async function bundleSizeRows(distDir: string): Promise<TableRow[]> {
  if (!existsSync(join(distDir, 'manifest.json'))) {
    spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: repoPath(), stdio: 'inherit' });
  }
  return bundleSizes(distDir).map((row) => ({ label: row.what, values: [`${row.gzipKB.toFixed(1)} KB`] }));
}

interface Parser {
  parseHtml: typeof parseHtml;
  releaseDocument: typeof releaseDocument;
}
/** `parser`: how this side's documents are made and let go (another checkout brings its own). */
type Variant = { name: string; run: (doc: Document) => void; parser?: Parser };
const THIS_CHECKOUT: Parser = { parseHtml, releaseDocument };

/** The Node pipeline of another checkout of Lede, with that checkout's own parser and jsdom window. */
async function otherCheckout(dir: string): Promise<Variant> {
  const parser = (await import(pathToFileURL(join(resolve(dir), 'src/node/parse-html.ts')).href)) as Parser;
  const reader = (await import(pathToFileURL(join(resolve(dir), 'src/node/read-page.ts')).href)) as { readDocument: typeof readDocument };
  return { name: `Lede pipeline (Node) at ${dir}`, run: (doc) => void reader.readDocument(doc, URL_), parser };
}

const VARIANTS: Record<string, Variant> = {
  bare: { name: 'bare Readability', run: (doc) => void new Readability(doc).parse() },
  lede: { name: 'Lede pipeline (Node)', run: (doc) => void readDocument(doc, URL_) },
  // Readability alone as Lede runs it on jsdom (its element lookups by tag lists, readability-run.ts), serialized
  // as bare Readability serializes: the pipeline against this row is the cost of Lede's own steps.
  lookups: {
    name: 'Readability, tag lookups (as in Lede)',
    run: (doc) => void (parseWithReadability(doc, {}, { tagLists: true })?.content as Element | null | undefined)?.innerHTML,
  },
  // What the content script + popup do with a live page: clone, extract, then sanitize the HTML string.
  clone: {
    name: 'Lede, extension path (clone + string sanitize)',
    run: (doc) => {
      const result = extractArticle(doc, { url: URL_ });
      if (result.kind === 'article') sanitizeArticleHtml(result.article.content, windowOf(doc), URL_);
    },
  },
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : ((sorted[mid - 1]! + sorted[mid]!) / 2);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function timePage(html: string, variants: Variant[], reps: number): number[] {
  const runs = variants.map(() => [] as number[]);
  for (let r = 0; r < reps; r++) {
    // The order rotates from round to round, so no side always runs in the same place (with three sides, the
    // one always in the middle measured a few points slower than the same code run first or last).
    const entries = [...variants.entries()];
    const order = [...entries.slice(r % entries.length), ...entries.slice(0, r % entries.length)];
    for (const [i, variant] of order) {
      const parser = variant.parser ?? THIS_CHECKOUT;
      const doc = parser.parseHtml(html, URL_, { removeComments: true });
      const start = performance.now();
      variant.run(doc);
      runs[i]!.push(performance.now() - start);
      parser.releaseDocument(doc); // untimed, on every side: lets the document go (see parse-html.ts)
    }
  }
  return runs.map(median);
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function printTable(header: string[], rows: TableRow[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (i ? r.values[i - 1] ?? '' : r.label).length)));
  const line = (cells: string[]) => cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line([row.label, ...row.values]));
}

async function main(): Promise<void> {
  const reps = arg('--reps', 3);
  const pages = readdirSync(CORPUS).sort().slice(0, arg('--pages', Infinity));
  const variants = [VARIANTS.bare!, VARIANTS.lede!, VARIANTS.lookups!, ...(process.argv.includes('--with-clone') ? [VARIANTS.clone!] : [])];
  const compare = process.argv.indexOf('--compare');
  if (compare >= 0 && process.argv[compare + 1]) variants.push(await otherCheckout(process.argv[compare + 1]!));
  // One untimed warm-up page so JIT compilation does not land on the first pages' figures.
  timePage(readFileSync(join(CORPUS, pages[0]!, 'source.html'), 'utf8'), variants, 1);
  const perPage = variants.map(() => [] as number[]);
  for (const page of pages) {
    const html = readFileSync(join(CORPUS, page, 'source.html'), 'utf8');
    timePage(html, variants, reps).forEach((ms, i) => perPage[i]!.push(ms));
    // jsdom frees some objects through WeakRefs, which are only let go between event-loop jobs.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const bare = perPage[0]!;
  const rows: TableRow[] = variants.map((variant, i) => {
    const times = perPage[i]!;
    const ratios = times.map((ms, p) => ms / Math.max(bare[p]!, 0.001));
    return {
      label: variant.name,
      values: [median(times).toFixed(1), percentile(times, 95).toFixed(1), i ? median(ratios).toFixed(3) : '1.000',
        i ? (times.reduce((a, b) => a + b, 0) / bare.reduce((a, b) => a + b, 0)).toFixed(3) : '1.000'],
    };
  });
  console.log(`${pages.length} pages, jsdom, ${reps} runs per page and side (median per page)\n`);
  printTable(['', 'median ms', 'p95 ms', 'median ratio', 'total ratio'], rows);
  const ownSteps = perPage[1]!.map((ms, p) => ms / Math.max(perPage[2]![p]!, 0.001));
  console.log(`\nLede's own steps (the pipeline against Readability as Lede runs it): median ratio ${median(ownSteps).toFixed(3)}`);
  console.log('Target: median ratio of the Node pipeline to bare Readability <= 1.15');
  const sizes = await bundleSizeRows(repoPath('dist'));
  if (sizes.length) {
    console.log('');
    printTable(['bundle', 'gzipped'], sizes);
    console.log(`\nTarget: what the popup loads <= ${POPUP_BUDGET_KB} KB gzipped`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}

/**
 * `npm run bench:popup`: in Chromium with the built extension, the time from `chrome.action.openPopup()` to
 * the article visible in the popup (the popup's `lede:article-visible` mark, set after paint), cold (first
 * open on the page) and warm (reopen, served from the per-tab cache), beside Readability.parse() run inside
 * the same page in the same run. Prints a table; it is a benchmark, not a test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DIST_TEST, findPopup, launchLede } from '../e2e/support/browser.ts';
import type { LedeBrowser } from '../e2e/support/browser.ts';
import { REPO_ROOT, startPageServer } from '../e2e/support/server.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PAGES = [
  { name: 'reference (putin-kim-summit)', path: '/shared/putin-kim-summit.html' },
  { name: 'corpus: yahoo-2 (1.6 MB)', path: '/corpus/yahoo-2/source.html' },
  { name: 'corpus: guardian-1 (1.2 MB)', path: '/corpus/guardian-1/source.html' },
  { name: 'corpus: wikipedia', path: '/corpus/wikipedia/source.html' },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** Epoch ms, sub-millisecond, comparable between the service worker and the popup. */
async function openAndTime(lede: LedeBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const start = await lede.worker.evaluate(async () => {
    const at = performance.timeOrigin + performance.now();
    await chrome.action.openPopup();
    return at;
  });
  const { popup, close } = await findPopup(lede);
  try {
    const visible = await popup.waitForFunction(
      () => {
        const mark = performance.getEntriesByName('lede:article-visible')[0];
        return mark ? performance.timeOrigin + mark.startTime : null;
      },
      undefined,
      { timeout: 30_000, polling: 20 },
    );
    return ((await visible.jsonValue()) as number) - start;
  } finally {
    await popup.close().catch(() => undefined);
    await close();
  }
}

async function readabilityInPage(page: Page): Promise<number> {
  const source = readFileSync(join(REPO_ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
  return page.evaluate(
    ({ source, runs }) => {
      const Readability = new Function(`${source}; return Readability;`)() as new (doc: Document) => { parse(): unknown };
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const clone = document.cloneNode(true) as Document;
        const t0 = performance.now();
        new Readability(clone).parse();
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)] as number;
    },
    { source, runs: RUNS },
  );
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST_TEST, 'manifest.json'))) {
    spawnSync('npx', ['vite', 'build', '--mode', 'e2e', '--outDir', 'dist-test', '--logLevel', 'warn'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    });
  }
  const server = await startPageServer();
  const lede = await launchLede();
  const rows: string[][] = [];
  try {
    for (const { name, path } of PAGES) {
      const cold: number[] = [];
      const warm: number[] = [];
      let parse = 0;
      for (let run = 0; run < RUNS; run++) {
        const page = await lede.context.newPage();
        await page.goto(server.url(path), { waitUntil: 'load' });
        cold.push(await openAndTime(lede, page));
        warm.push(await openAndTime(lede, page));
        if (run === 0) parse = await readabilityInPage(page);
        await page.close();
      }
      rows.push([name, median(cold).toFixed(0), median(warm).toFixed(0), parse.toFixed(1)]);
    }
  } finally {
    await lede.close();
    await server.close();
  }
  const header = ['page', 'openPopup → article visible, cold (ms)', 'reopen, cached (ms)', 'Readability.parse() in page (ms)'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  console.log(`\nChromium ${RUNS} runs per page, medians (target: reference article visible within 100 ms)\n`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

await main();

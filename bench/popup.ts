/**
 * `npm run bench:popup`: in Chromium with the built extension, the time from `chrome.action.openPopup()` to
 * the article visible in the popup (the popup's `lede:article-visible` mark, set after paint), cold (first
 * open on the page) and warm (reopen, served from the per-tab cache), beside Readability.parse() run inside
 * the same page in the same run. Prints a table; it is a benchmark, not a test.
 *
 * Lede's button is pinned to the toolbar, as it is for anyone who clicks it. The same run also times the
 * reference page with the button NOT pinned: Chrome then animates the icon out into the toolbar before it
 * opens any popup, which costs the same for every extension.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

interface Timing {
  /** openPopup() → article visible. */
  total: number;
  /** openPopup() → the popup document starts loading: the browser making the popup window. */
  browser: number;
  /** Popup document start → article visible: Lede's own part. */
  lede: number;
  /** Of Lede's part: until its first script runs (loading the document and scripts). */
  script: number;
  /** Of Lede's part: tab found → the page's answer (injecting the reader and extracting; 0 from cache). */
  page: number;
}

/** Epoch ms, sub-millisecond, comparable between the service worker and the popup. */
async function openAndTime(lede: LedeBrowser, page: Page): Promise<Timing> {
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
        const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
        const shown = at('lede:article-visible');
        return shown === null
          ? null
          : { origin: performance.timeOrigin, shown, script: at('lede:script-start'), tab: at('lede:tab-found'), extracted: at('lede:extracted') };
      },
      undefined,
      { timeout: 30_000, polling: 20 },
    );
    const marks = (await visible.jsonValue()) as { origin: number; shown: number; script: number | null; tab: number | null; extracted: number | null };
    const { origin, shown } = marks;
    return {
      total: origin + shown - start,
      browser: origin - start,
      lede: shown,
      script: marks.script ?? NaN,
      page: marks.tab !== null && marks.extracted !== null ? marks.extracted - marks.tab : 0,
    };
  } finally {
    await popup.close().catch(() => undefined);
    await close();
  }
}

const BLANK = 'bench-blank.html';

/** openPopup() → the empty popup's document starts, per run. */
async function emptyPopupTimes(lede: LedeBrowser, url: string): Promise<number[]> {
  const times: number[] = [];
  const page = await lede.context.newPage();
  await page.goto(url);
  await lede.worker.evaluate((popup) => chrome.action.setPopup({ popup }), BLANK);
  try {
    for (let run = 0; run < RUNS; run++) {
      await page.bringToFront();
      const start = await lede.worker.evaluate(async () => {
        const at = performance.timeOrigin + performance.now();
        await chrome.action.openPopup();
        return at;
      });
      const { popup, close } = await findPopup(lede, 10_000, BLANK);
      times.push((await popup.evaluate(() => performance.timeOrigin)) - start);
      await popup.close().catch(() => undefined);
      await close();
    }
  } finally {
    await lede.worker.evaluate(() => chrome.action.setPopup({ popup: 'popup/index.html' }));
    await page.close();
  }
  return times;
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
  // BENCH_HEADED=1 (under xvfb-run) measures a headed browser, as people use it; the default is headless.
  const headed = process.env.BENCH_HEADED === '1';
  // A copy of the test build with an empty popup page beside Lede's: the baseline of what opening any popup costs.
  const dist = await mkdtemp(join(tmpdir(), 'lede-bench-'));
  await cp(DIST_TEST, dist, { recursive: true });
  await writeFile(join(dist, BLANK), '<!doctype html><body style="width:720px;height:600px"></body>');
  const lede = await launchLede({ dist, headless: !headed });
  const rows: string[][] = [];
  let blank: number[] = [];
  let unpinned: Timing[] = [];
  try {
    blank = await emptyPopupTimes(lede, server.url('/shared/putin-kim-summit.html'));
    for (const { name, path } of PAGES) {
      const cold: Timing[] = [];
      const warm: Timing[] = [];
      let parse = 0;
      for (let run = 0; run < RUNS; run++) {
        const page = await lede.context.newPage();
        await page.goto(server.url(path), { waitUntil: 'load' });
        cold.push(await openAndTime(lede, page));
        warm.push(await openAndTime(lede, page));
        if (run === 0) parse = await readabilityInPage(page);
        await page.close();
      }
      const med = (timings: Timing[], key: keyof Timing) => median(timings.map((t) => t[key])).toFixed(0);
      rows.push([
        name,
        med(cold, 'total'),
        med(cold, 'browser'),
        med(cold, 'lede'),
        med(cold, 'script'),
        med(cold, 'page'),
        med(warm, 'total'),
        med(warm, 'lede'),
        parse.toFixed(1),
      ]);
    }
    unpinned = await unpinnedTimes(server.url(PAGES[0]!.path), headed);
  } finally {
    await lede.close();
    await rm(dist, { recursive: true, force: true });
    await server.close();
  }
  const header = [
    'page',
    'cold: openPopup→visible',
    'of which browser opens popup',
    'of which Lede',
    '(Lede: first script runs)',
    '(Lede: page read)',
    'reopen (cached): total',
    'of which Lede',
    'Readability.parse() in page',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  console.log(`\nChromium (${headed ? 'headed' : 'headless'}), ${RUNS} runs per page, medians in ms (target: reference article visible within 100 ms)`);
  console.log('"browser opens popup" = openPopup() until the popup document starts; "Lede" = from there to the article painted.\n');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  console.log(
    `\nBaseline, same run: an EMPTY extension popup's document starts ${median(blank).toFixed(0)} ms after openPopup() ` +
      `(runs: ${blank.map((ms) => ms.toFixed(0)).join(', ')}): the browser's share, the same for any extension.`,
  );
  console.log(
    `Not pinned to the toolbar, reference page, cold: openPopup→visible ${median(unpinned.map((t) => t.total)).toFixed(0)} ms, ` +
      `of which the browser ${median(unpinned.map((t) => t.browser)).toFixed(0)} ms (Chrome animates the icon into the toolbar first).`,
  );
}

/** The reference page, cold, in a browser where Lede's button is not pinned. */
async function unpinnedTimes(url: string, headed: boolean): Promise<Timing[]> {
  const lede = await launchLede({ headless: !headed, pinned: false });
  const times: Timing[] = [];
  try {
    for (let run = 0; run < Math.min(RUNS, 5); run++) {
      const page = await lede.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      times.push(await openAndTime(lede, page));
      await page.close();
    }
  } finally {
    await lede.close();
  }
  return times;
}

await main();

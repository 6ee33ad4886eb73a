/**
 * `npm run bench:popup`: in Chromium with the built extension, the time from `chrome.action.openPopup()` to
 * the article visible in the popup (the popup's `lede:article-visible` mark, set after paint), cold (first
 * open on the page) and warm (reopen, served from the per-tab cache), beside Readability.parse() run inside
 * the same page in the same run. Prints a table; it is a benchmark, not a test.
 *
 * - The popup is opened with `chrome.action.openPopup()` from the service worker, and on the reference page also
 *   by a click on the toolbar button (DevTools' Extensions.triggerAction: the action Chrome runs for a person's
 *   click, which a pipe connection may trigger).
 * - Lede's button is pinned to the toolbar, as it is for anyone who clicks it. The same run also times the
 *   reference page with the button NOT pinned: Chrome then animates the icon into the toolbar before it
 *   opens any popup, a cost that is the same for every extension.
 * - The browser is driven over a bare DevTools connection (support/raw-chromium.ts): nothing attaches to the
 *   popup while it loads; its timings come from its own performance marks, read once it has painted.
 * - Baselines in the same run: an empty popup, a popup that runs one trivial script in the tab, and the page
 *   read with no popup opening (the service worker injecting the reader), to set the page-read column against.
 * - BENCH_HEADED=1 (under xvfb-run) measures a headed browser; the default is headless. BENCH_RUNS=n.
 * - BENCH_DIST=<dir> times another test build (e.g. an older commit's `npm run build:test`) the same way.
 * - BENCH_AB=<dir> times that build against this one in alternating rounds instead (see alternatingRounds).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST_TEST } from '../e2e/support/browser.ts';
import { REPO_ROOT, startPageServer } from '../e2e/support/server.ts';
import { INJECTED_FIRST_READ } from '../build/compile-hints.ts';
import { launchRawChromium } from './support/raw-chromium.ts';
import type { RawChromium } from './support/raw-chromium.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PAGES = [
  { name: 'reference (putin-kim-summit)', path: '/shared/putin-kim-summit.html' },
  { name: 'corpus: yahoo-2 (1.6 MB)', path: '/corpus/yahoo-2/source.html' },
  { name: 'corpus: guardian-1 (1.2 MB)', path: '/corpus/guardian-1/source.html' },
  { name: 'corpus: wikipedia', path: '/corpus/wikipedia/source.html' },
];
const POPUP = 'popup/index.html';
/** How long the bench leaves the browser alone after asking it to open a popup, before looking for it. */
const POPUP_SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 400);
/**
 * Two baseline popups, each one line of text and one tiny script with the same marks as Lede's popup (the
 * second after the next frame is painted). The first only paints. The second first does the least any
 * reader must do on click: find the tab and run one trivial script in it (document.title), then paints it.
 */
const BLANK = 'bench-blank.html';
const BLANK_INJECT = 'bench-blank-inject.html';
const BLANK_PAGES: Record<string, string> = {
  [BLANK]: `performance.mark('lede:script-start');
requestAnimationFrame(() => setTimeout(() => performance.mark('lede:article-visible')));`,
  [BLANK_INJECT]: `performance.mark('lede:script-start');
chrome.tabs.query({ active: true, currentWindow: true })
  .then(([tab]) => chrome.scripting.executeScript({ target: { tabId: tab.id }, func: () => document.title }))
  .then(([answer]) => {
    document.body.append(String(answer.result));
    requestAnimationFrame(() => setTimeout(() => performance.mark('lede:article-visible')));
  });`,
};

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
/** Median of the measured values, as whole ms; "n/a" when none was measured. */
const ms = (xs: number[]) => {
  const measured = xs.filter(Number.isFinite);
  return measured.length ? median(measured).toFixed(0) : 'n/a';
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

interface Timing {
  /** openPopup() → article painted (Lede's after-paint mark). */
  total: number;
  /** openPopup() → the article's largest element presented on screen (largest-contentful-paint). */
  screen: number;
  /** openPopup() → the popup document starts loading: the browser making the popup window. */
  browser: number;
  /** Popup document start → article visible: Lede's own part. */
  lede: number;
  /** Of Lede's part: until its first script runs (loading the document and scripts). */
  script: number;
  /** The reader injected → the page's answer in the popup (injecting and extracting; 0 from the cache). */
  page: number;
  /** The page's answer in the popup → the article painted: sanitizing, rendering, layout and paint (fresh reads). */
  render: number;
  /** openPopup() → the popup document's load event, when Chrome shows the popup's window. */
  load: number;
}

interface Marks {
  origin: number;
  shown: number | null;
  /** The first largest-contentful-paint entry from the painted frame on: when the frame holding the article reached the screen. */
  onScreen: number | null;
  script: number | null;
  injected: number | null;
  extracted: number | null;
  /** The popup document's load event, when Chrome shows the popup's window. */
  load: number | null;
}

/**
 * Reads the popup's clock and Lede's marks (null until the article is painted). The after-paint mark is set in
 * the task after the frame holding the article is painted; that frame reaches the screen later, which Chrome's
 * largest-contentful-paint entries record (read with a buffered observer: they are not in the timeline).
 */
const READ_MARKS = `(async () => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  const shown = at('lede:article-visible');
  // The first entry from the frame holding the article on: a later one (the key-points list, written after the
  // first paint, may be the largest element of a page whose first screen holds only short blocks) is a later frame.
  const onScreen = await new Promise((done) => {
    new PerformanceObserver((list) => done(list.getEntries().find((entry) => shown === null || entry.startTime >= shown)?.startTime ?? null))
      .observe({ type: 'largest-contentful-paint', buffered: true });
    setTimeout(() => done(null), 200);
  });
  return { origin: performance.timeOrigin, shown, onScreen, script: at('lede:script-start'),
    injected: at('lede:inject-start'), extracted: at('lede:extracted'),
    load: performance.getEntriesByType('navigation')[0]?.loadEventStart || null };
})()`;

/** A tab showing `url`, loaded, in front. */
async function openTab(chromium: RawChromium, url: string): Promise<string> {
  const { targetId } = await chromium.send<{ targetId: string }>('Target.createTarget', { url });
  const { sessionId } = await chromium.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
  await chromium.evaluate(sessionId, `document.readyState === 'complete' || new Promise((done) => addEventListener('load', done))`);
  await chromium.send('Target.detachFromTarget', { sessionId });
  await chromium.send('Target.activateTarget', { targetId });
  // Nobody opens a reader in the same instant the page finishes loading; let its load-time work settle.
  await sleep(1000);
  return targetId;
}

/**
 * How the popup is opened: `chrome.action.openPopup()` from the service worker, or a click on the toolbar button
 * (DevTools' Extensions.triggerAction, the action Chrome runs for a person's click).
 */
type Opener = 'openPopup' | 'click';

/** Opens the popup on the front tab `tab`; returns the epoch ms it was asked at and the popup's target once it exists. */
async function openPopup(chromium: RawChromium, page: string, tab: string, opener: Opener = 'openPopup'): Promise<{ start: number; targetId: string }> {
  const start =
    opener === 'click'
      ? await chromium.clickToolbarButton(tab)
      : await chromium.evaluateInWorker<number>(
          `(async () => { const at = performance.timeOrigin + performance.now(); await chrome.action.openPopup(); return at; })()`,
        );
  const url = `chrome-extension://${chromium.extensionId}/${page}`;
  // Ask for the popup's target only once it has had time to open: asking the browser every few milliseconds
  // while it opens the popup took its time from the very work being timed. The popup's own marks hold the times.
  await sleep(POPUP_SETTLE_MS);
  for (let attempt = 0; attempt < 200; attempt++) {
    const { targetInfos } = await chromium.send<{ targetInfos: { targetId: string; url: string }[] }>('Target.getTargets');
    const popup = targetInfos.find((target) => target.url.startsWith(url));
    if (popup) return { start, targetId: popup.targetId };
    await sleep(25);
  }
  throw new Error('The popup did not open');
}

async function openAndTime(chromium: RawChromium, tab: string, opener: Opener = 'openPopup'): Promise<Timing> {
  await chromium.send('Target.activateTarget', { targetId: tab });
  const { start, targetId } = await openPopup(chromium, POPUP, tab, opener);
  // Let it load undisturbed; the marks hold the times, so reading them late changes nothing.
  await sleep(300);
  const { sessionId } = await chromium.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
  try {
    for (let attempt = 0; attempt < 300; attempt++) {
      const marks = await chromium.evaluate<Marks>(sessionId, READ_MARKS);
      if (marks.shown !== null) {
        return {
          total: marks.origin + marks.shown - start,
          screen: marks.onScreen !== null && marks.onScreen >= marks.shown ? marks.origin + marks.onScreen - start : NaN,
          browser: marks.origin - start,
          lede: marks.shown,
          script: marks.script ?? NaN,
          page: marks.injected !== null && marks.extracted !== null ? marks.extracted - marks.injected : 0,
          render: marks.extracted !== null ? marks.shown - marks.extracted : NaN,
          load: marks.load !== null ? marks.origin + marks.load - start : NaN,
        };
      }
      await sleep(100);
    }
    throw new Error('The article never became visible in the popup');
  } finally {
    await chromium.send('Target.closeTarget', { targetId }).catch(() => undefined);
    // Closing the popup hands focus back to the window asynchronously; openPopup() needs an active window.
    await sleep(200);
  }
}

/** A baseline popup's timings after openPopup(): its document starts, its one tiny script runs, its line is painted. */
interface Floor {
  document: number;
  script: number;
  painted: number;
  /** Its line presented on screen (largest-contentful-paint). */
  screen: number;
}

/** openPopup() on one of the baseline popups (BLANK_PAGES), on a tab showing `url`. */
async function baselinePopupTimes(chromium: RawChromium, url: string, page: string): Promise<Floor[]> {
  const times: Floor[] = [];
  await chromium.evaluateInWorker(`chrome.action.setPopup({ popup: ${JSON.stringify(page)} })`);
  try {
    for (let run = 0; run < RUNS; run++) {
      const tab = await openTab(chromium, url);
      const { start, targetId } = await openPopup(chromium, page, tab);
      await sleep(300);
      const { sessionId } = await chromium.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
      for (let attempt = 0; attempt < 50; attempt++) {
        const marks = await chromium.evaluate<Marks>(sessionId, READ_MARKS);
        if (marks.shown !== null && marks.script !== null) {
          times.push({ document: marks.origin - start, script: marks.origin + marks.script - start, painted: marks.origin + marks.shown - start,
            screen: marks.onScreen !== null ? marks.origin + marks.onScreen - start : NaN });
          break;
        }
        await sleep(100);
      }
      await chromium.send('Target.closeTarget', { targetId }).catch(() => undefined);
      await sleep(200);
      await chromium.send('Target.closeTarget', { targetId: tab });
    }
  } finally {
    await chromium.evaluateInWorker(`chrome.action.setPopup({ popup: ${JSON.stringify(POPUP)} })`);
  }
  return times;
}

/**
 * The popup's page read without the popup: the service worker injects and runs the first read the way the popup
 * does (one executeScript call) on a freshly opened reference page, with no popup opening meanwhile. Beside the
 * "page read" column it shows how much of that read is the page waiting for the CPU while the browser opens
 * the popup window, on a 2-core machine.
 */
async function pageReadWithoutPopup(chromium: RawChromium, url: string): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const tab = await openTab(chromium, url);
    times.push(
      await chromium.evaluateInWorker<number>(`(async () => {
        const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
        const start = performance.now();
        await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['/${INJECTED_FIRST_READ}', '/content-scripts/run-first-read.js'] });
        return performance.now() - start;
      })()`),
    );
    await chromium.send('Target.closeTarget', { targetId: tab });
  }
  return times;
}

/** Median time of Readability.parse() on a clone of the tab's document, run in the page itself. */
async function readabilityInPage(chromium: RawChromium, tab: string): Promise<number> {
  const source = readFileSync(join(REPO_ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
  const { sessionId } = await chromium.send<{ sessionId: string }>('Target.attachToTarget', { targetId: tab, flatten: true });
  try {
    return await chromium.evaluate<number>(
      sessionId,
      `(() => {
        const Readability = new Function(${JSON.stringify(`${source}; return Readability;`)})();
        const times = [];
        for (let i = 0; i < ${RUNS}; i++) {
          const clone = document.cloneNode(true);
          const t0 = performance.now();
          new Readability(clone).parse();
          times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        return times[Math.floor(times.length / 2)];
      })()`,
    );
  } finally {
    await chromium.send('Target.detachFromTarget', { sessionId });
  }
}

/**
 * BENCH_AB=<other test build>: that build and this one (or BENCH_DIST) alternate, BENCH_ROUNDS rounds (default 8)
 * of RUNS cold opens of the reference article each, a fresh browser per round, the order swapped every round.
 * Whole runs drift with the machine's load by more than most changes; rounds a minute apart share it.
 */
async function alternatingRounds(server: Awaited<ReturnType<typeof startPageServer>>, builds: string[], headed: boolean): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 8);
  const painted = new Map<string, number[]>(builds.map((build) => [build, []]));
  const onScreen = new Map<string, number[]>(builds.map((build) => [build, []]));
  const loads = new Map<string, number[]>(builds.map((build) => [build, []]));
  for (let round = 0; round < rounds; round++) {
    for (const build of round % 2 === 0 ? builds : [...builds].reverse()) {
      const chromium = await launchRawChromium({ dist: build, headless: !headed, pinned: true });
      const cold: Timing[] = [];
      try {
        for (let run = 0; run < RUNS; run++) {
          const tab = await openTab(chromium, server.url(PAGES[0]!.path));
          cold.push(await openAndTime(chromium, tab));
          await chromium.send('Target.closeTarget', { targetId: tab });
        }
      } finally {
        await chromium.close();
      }
      painted.get(build)!.push(median(cold.map((t) => t.total)));
      const screens = cold.map((t) => t.screen).filter(Number.isFinite);
      onScreen.get(build)!.push(screens.length ? median(screens) : NaN);
      loads.get(build)!.push(median(cold.map((t) => t.load)));
    }
  }
  const [other, current] = builds as [string, string];
  const a = painted.get(other)!;
  const b = painted.get(current)!;
  console.log(`\nReference article, cold, openPopup→painted, median of ${RUNS} opens per round (${headed ? 'headed' : 'headless'}):`);
  console.log(`${other}: ${a.map((x) => x.toFixed(0)).join(' ')} (median round ${median(a).toFixed(1)} ms)`);
  console.log(`${current}: ${b.map((x) => x.toFixed(0)).join(' ')} (median round ${median(b).toFixed(1)} ms)`);
  const differences = b.map((x, i) => x - (a[i] as number));
  console.log(`per round, second − first: ${differences.map((d) => (d > 0 ? '+' : '') + d.toFixed(0)).join(' ')} (median ${median(differences).toFixed(1)} ms)`);
  const sa = onScreen.get(other)!;
  const sb = onScreen.get(current)!;
  console.log(`\nThe same opens, openPopup→on screen (largest-contentful-paint of the painted frame), median per round:`);
  console.log(`${other}: ${sa.map((x) => x.toFixed(0)).join(' ')} (median round ${median(sa).toFixed(1)} ms)`);
  console.log(`${current}: ${sb.map((x) => x.toFixed(0)).join(' ')} (median round ${median(sb).toFixed(1)} ms)`);
  console.log(`(load event, median round: ${median(loads.get(other)!).toFixed(1)} vs ${median(loads.get(current)!).toFixed(1)} ms)`);
  const screenDifferences = sb.map((x, i) => x - (sa[i] as number));
  console.log(`per round, second − first: ${screenDifferences.map((d) => (d > 0 ? '+' : '') + d.toFixed(0)).join(' ')} (median ${median(screenDifferences).toFixed(1)} ms)`);
}

async function main(): Promise<void> {
  const buildDir = process.env.BENCH_DIST ?? DIST_TEST;
  if (!process.env.BENCH_DIST && !existsSync(join(DIST_TEST, 'manifest.json'))) {
    spawnSync('npx', ['vite', 'build', '--mode', 'e2e', '--outDir', 'dist-test', '--logLevel', 'warn'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    });
  }
  const server = await startPageServer();
  const headed = process.env.BENCH_HEADED === '1';
  if (process.env.BENCH_AB) {
    try {
      await alternatingRounds(server, [process.env.BENCH_AB, buildDir], headed);
    } finally {
      await server.close();
    }
    return;
  }
  // A copy of the test build with an empty popup page beside Lede's: the baseline of what opening any popup costs.
  const dist = await mkdtemp(join(tmpdir(), 'lede-bench-'));
  await cp(buildDir, dist, { recursive: true });
  for (const [page, script] of Object.entries(BLANK_PAGES)) {
    const scriptFile = page.replace(/\.html$/, '.js');
    await writeFile(join(dist, page), `<!doctype html><body style="width:720px;height:600px"><p>Baseline popup</p><script src="${scriptFile}"></script></body>`);
    await writeFile(join(dist, scriptFile), script);
  }
  const rows: string[][] = [];
  let blank: Floor[] = [];
  let blankInject: Floor[] = [];
  let readWithoutPopup: number[] = [];
  const unpinned: Timing[] = [];
  try {
    const chromium = await launchRawChromium({ dist, headless: !headed, pinned: true });
    try {
      blank = await baselinePopupTimes(chromium, server.url(PAGES[0]!.path), BLANK);
      blankInject = await baselinePopupTimes(chromium, server.url(PAGES[0]!.path), BLANK_INJECT);
      readWithoutPopup = await pageReadWithoutPopup(chromium, server.url(PAGES[0]!.path));
      // The reference page also clicked: the same popup, opened by the toolbar button's own action.
      const cases = [...PAGES.map((page) => ({ ...page, opener: 'openPopup' as Opener })), { ...PAGES[0]!, name: 'reference, clicked', opener: 'click' as Opener }];
      for (const { name, path, opener } of cases) {
        const cold: Timing[] = [];
        const warm: Timing[] = [];
        let parse = 0;
        for (let run = 0; run < RUNS; run++) {
          const tab = await openTab(chromium, server.url(path));
          cold.push(await openAndTime(chromium, tab, opener));
          warm.push(await openAndTime(chromium, tab, opener));
          if (run === 0) parse = await readabilityInPage(chromium, tab);
          await chromium.send('Target.closeTarget', { targetId: tab });
        }
        const med = (timings: Timing[], key: keyof Timing) => ms(timings.map((t) => t[key]));
        rows.push([name, med(cold, 'total'), med(cold, 'screen'), med(cold, 'browser'), med(cold, 'lede'), med(cold, 'script'), med(cold, 'page'),
          med(cold, 'render'), med(warm, 'total'), med(warm, 'screen'), med(warm, 'lede'), parse.toFixed(1)]);
      }
    } finally {
      await chromium.close();
    }
    const plain = await launchRawChromium({ dist, headless: !headed, pinned: false });
    try {
      for (let run = 0; run < Math.min(RUNS, 5); run++) {
        const tab = await openTab(plain, server.url(PAGES[0]!.path));
        unpinned.push(await openAndTime(plain, tab));
        await plain.send('Target.closeTarget', { targetId: tab });
      }
    } finally {
      await plain.close();
    }
  } finally {
    await rm(dist, { recursive: true, force: true });
    await server.close();
  }
  const header = ['page', 'cold: openPopup→painted', 'on screen', 'of which browser opens popup', 'of which Lede',
    '(Lede: first script runs at)', '(Lede: page read)', '(Lede: answer → painted)', 'reopen (cached): painted', 'on screen', 'of which Lede', 'Readability.parse() in page'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  console.log(`\nChromium (${headed ? 'headed' : 'headless'}), Lede pinned to the toolbar, ${RUNS} runs per page, medians in ms (target: reference article visible within 100 ms)`);
  console.log('"painted" = Lede\'s mark in the task after the frame holding the article is painted; "on screen" = Chrome\'s');
  console.log('largest-contentful-paint entry: when that frame (its largest element) was presented. The other columns split "painted".');
  console.log('"browser opens popup" = openPopup() until the popup document starts; "Lede" = from there to the article painted;');
  console.log('"reference, clicked": timed from a click on the toolbar button (Extensions.triggerAction) instead of openPopup();');
  console.log('"page read" = from injecting the first read into the page to the article finished in the popup (raw-read.ts);');
  console.log('"answer → painted" = from that answer to the article painted (sanitizing, rendering, layout, paint).\n');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  const floor = (times: Floor[], key: keyof Floor) => ms(times.map((t) => t[key]));
  console.log(
    `\nBaselines, same run, reference page (the browser's share, the same for any extension):\n` +
      `- an EMPTY popup (one line, one tiny script): its document starts ${floor(blank, 'document')} ms, its script runs ` +
      `${floor(blank, 'script')} ms, its line is painted ${floor(blank, 'painted')} ms and on screen ${floor(blank, 'screen')} ms ` +
      `after openPopup() (painted, runs: ${blank.map((t) => t.painted.toFixed(0)).join(', ')});\n` +
      `- a popup that finds the tab and runs one trivial script in it before painting (the least a reader can do): ` +
      `painted ${floor(blankInject, 'painted')} ms, on screen ${floor(blankInject, 'screen')} ms after openPopup() ` +
      `(painted, runs: ${blankInject.map((t) => t.painted.toFixed(0)).join(', ')});\n` +
      `- the page read with no popup opening (the service worker injects and runs the reader the same way, reference ` +
      `page): ${ms(readWithoutPopup)} ms (runs: ${readWithoutPopup.map((t) => t.toFixed(0)).join(', ')}).`,
  );
  console.log(
    `Not pinned, reference page, cold: openPopup→painted ${ms(unpinned.map((t) => t.total))} ms (on screen ` +
      `${ms(unpinned.map((t) => t.screen))} ms), of which the browser ${ms(unpinned.map((t) => t.browser))} ms (runs: ${unpinned.map((t) => t.total.toFixed(0)).join(', ')}).`,
  );
}

await main();

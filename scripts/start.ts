/**
 * `npm start`: build Lede and open a Chromium or Chrome window with it loaded, on a sample article served
 * from this machine — one command to see it work. Without a display it explains what to do and exits.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startPageServer } from '../e2e/support/server.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function findBrowser(): string | null {
  const named = process.env.LEDE_BROWSER ?? process.env.CHROME_PATH;
  if (named) return existsSync(named) ? named : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function howToLoad(): string {
  return [
    `Lede is built in ${dist}. To use it:`,
    '  1. Open chrome://extensions in Chromium or Chrome and turn on Developer mode.',
    `  2. Click "Load unpacked" and choose ${dist}.`,
    '  3. Open any article and click the Lede button, or press Alt+Shift+D.',
    'Or run `npm start` on a machine with a display (set LEDE_BROWSER=/path/to/chromium to pick the browser).',
  ].join('\n');
}

async function main(): Promise<number> {
  if (process.env.LEDE_SKIP_BUILD !== '1') {
    console.log('Building Lede…');
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) return build.status ?? 1;
  }
  if (!hasDisplay()) {
    console.log(`No display found (DISPLAY is not set), so no browser window can open.\n${howToLoad()}`);
    return 0;
  }
  const browser = findBrowser();
  if (!browser) {
    console.log(`No Chromium or Chrome found (looked in ${CANDIDATES.join(', ')}).\n${howToLoad()}`);
    return 0;
  }
  const server = await startPageServer();
  const sample = server.url('/pages/sample/');
  const profile = mkdtempSync(join(tmpdir(), 'lede-start-'));
  console.log(`Opening ${sample} in ${browser} with Lede loaded.`);
  console.log('Click the Lede button in the toolbar (pin it from the puzzle-piece menu) or press Alt+Shift+D.');
  console.log('Note: branded Google Chrome 137+ ignores --load-extension; use Chromium, or load dist/ by hand.');
  const args = [`--user-data-dir=${profile}`, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-first-run'];
  // Chromium refuses to start as root with its sandbox on (containers, CI boxes); a normal user keeps it.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const child = spawn(browser, [...args, sample], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2000)));
  child.on('error', (error) => console.error(`Could not start ${browser}: ${error.message}`));
  return new Promise((done) => {
    const stop = () => child.kill();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    child.on('exit', async (code) => {
      await server.close();
      if (code) console.error(`${browser} exited with code ${code}:\n${errors.trim()}`);
      done(code ? 1 : 0);
    });
  });
}

process.exitCode = await main();

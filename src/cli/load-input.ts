/** Reads one CLI input: a local HTML file or an http(s) URL. Errors are one-line messages. */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LoadedPage {
  html: string;
  /** The page's address: relative links resolve against it. */
  url: string;
}

/** Slow or stalled servers: the user is waiting on the terminal. */
const FETCH_TIMEOUT_MS = 15_000;
/** Pages larger than this are not articles a person reads (and would take jsdom minutes). */
const MAX_BYTES = 20 * 1024 * 1024;
/** Something that markup starts with; a file without any of these is not an HTML page. */
const LOOKS_LIKE_HTML = /<(?:!doctype\s+html|html|head|body|article|main|div|p|h[1-6])[\s>/]/i;

export async function loadInput(input: string): Promise<LoadedPage> {
  const page = /^https?:\/\//i.test(input) ? await fetchPage(input) : await readLocal(input);
  if (!LOOKS_LIKE_HTML.test(page.html.slice(0, 200_000))) throw new Error('not an HTML page');
  return page;
}

async function readLocal(input: string): Promise<LoadedPage> {
  const path = resolve(input);
  const info = await stat(path).catch(() => null);
  if (!info) throw new Error('no such file');
  if (!info.isFile()) throw new Error('not a file');
  if (info.size > MAX_BYTES) throw new Error(`file too large (${info.size} bytes)`);
  return { html: await readFile(path, 'utf8'), url: pathToFileURL(path).href };
}

async function fetchPage(input: string): Promise<LoadedPage> {
  let response: Response;
  try {
    response = await fetch(input, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      redirect: 'follow',
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new Error(`no answer within ${FETCH_TIMEOUT_MS / 1000} s`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(`unreachable (${cause?.code ?? cause?.message ?? (error as Error).message})`);
  }
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  const type = response.headers.get('content-type') ?? '';
  if (type && !/html|xml/i.test(type)) throw new Error(`not an HTML page (${type.split(';')[0]})`);
  const html = await response.text();
  if (html.length > MAX_BYTES) throw new Error('page too large');
  // After redirects, links resolve against where the page really is.
  return { html, url: response.url || input };
}

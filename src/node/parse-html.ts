/**
 * HTML text → Document in Node, with jsdom.
 *
 * Why jsdom and not linkedom (which runs Readability ~8x faster): Mozilla's expected output for the corpus
 * was produced on jsdom, DOMPurify needs a real DOM (on linkedom it returns its input unchanged), and the
 * highlighter needs exact Text.splitText/textContent semantics. One DOM implementation for the whole pipeline
 * means what the tests check is what runs.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * <style> blocks are removed from the HTML before jsdom sees it. jsdom 29's CSS parser can throw an
 * uncaught error on stylesheets it cannot parse (SCSS leftovers such as `calc(($a - $b) / 16)`), which
 * takes the whole process down; catching per page does not help because the error escapes the parse call.
 * Readability drops every <style> itself and the sanitizer forbids them, so nothing downstream loses by it,
 * and jsdom parses faster without them. (A `<style>` inside an HTML comment or a script string may take text
 * up to the next `</style>` with it; no harm, since neither is article text.)
 */
const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

export interface ParseOptions {
  /** Drop comment nodes, as Mozilla's Readability test harness does (for corpus parity). */
  removeComments?: boolean;
}

/**
 * Every page is parsed into a document of ONE long-lived jsdom window, with that window's DOMParser, instead
 * of a new JSDOM (a whole window) per page. A window costs several milliseconds to set up, and so does the
 * DOMPurify instance bound to it (it is per window); and code that meets a new window's DOM classes on every
 * page runs slower than code that always meets the same ones. Parsed documents are what `DOMParser` gives a
 * browser: scripting disabled, no browsing context, so no frames get windows. DOMParser documents take the
 * URL of the window's document at parse time, so the window is pointed at the page's URL first; relative
 * links resolve against it.
 *
 * jsdom 29 would keep every document parsed in a window alive for as long as the window lives, in two ways:
 * - its selector engine adds listeners for each document to the window. This window never receives an event
 *   (no user, no scripts), so it takes no listeners at all;
 * - it tracks elements with an `id` or `name` on the window for named access (`window.foo`). Detaching them
 *   ends that, which is what `releaseDocument` does: callers hand each document back with it when done.
 * With both, the heap stays flat however many pages are read: `npm run bench:memory` shows it.
 */
let host: JSDOM | null = null;

function hostDom(): JSDOM {
  if (!host) {
    // No forwardTo: nothing reaches the terminal. jsdomError noise ("Could not parse CSS stylesheet") is
    // about the page's styling, not its text.
    const virtualConsole = new VirtualConsole();
    virtualConsole.on('jsdomError', () => {});
    host = new JSDOM('<!DOCTYPE html>', { virtualConsole });
    host.window.addEventListener = () => {};
  }
  return host;
}

/**
 * Empties a document from `parseHtml` once it is no longer needed, so that it can be collected (see above).
 * The document object itself still works, e.g. to create elements.
 */
export function releaseDocument(doc: Document): void {
  while (doc.lastChild) doc.removeChild(doc.lastChild);
}

/** Which window each parsed document belongs to: DOMParser documents have no `defaultView`. */
const windows = new WeakMap<Document, Window>();

/**
 * The window a document from `parseHtml` belongs to, for DOMPurify, which must run with the window of the
 * nodes it cleans (clones of the document belong to the same one). A document of a jsdom window of its own
 * answers with that window.
 */
export function windowOf(doc: Document): Window {
  const win = doc.defaultView ?? windows.get(doc);
  if (!win) throw new Error('windowOf: not a document from parseHtml');
  return win;
}

export function parseHtml(html: string, url: string, options: ParseOptions = {}): Document {
  const dom = hostDom();
  dom.reconfigure({ url });
  const doc = new dom.window.DOMParser().parseFromString(html.replace(STYLE_BLOCK, ''), 'text/html') as unknown as Document;
  windows.set(doc, dom.window as unknown as Window);
  if (options.removeComments) removeComments(doc);
  return doc;
}

function removeComments(doc: Document): void {
  const walker = doc.createTreeWalker(doc, 0x80 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

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

export function parseHtml(html: string, url: string, options: ParseOptions = {}): Document {
  // No forwardTo: nothing reaches the terminal. jsdomError noise ("Could not parse CSS stylesheet", failed
  // resource loads) is about the page's styling, not its text.
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', () => {});
  const dom = new JSDOM(html.replace(STYLE_BLOCK, ''), { url, virtualConsole, contentType: 'text/html' });
  const doc = dom.window.document;
  if (options.removeComments) removeComments(doc);
  return doc;
}

function removeComments(doc: Document): void {
  const walker = doc.createTreeWalker(doc, 0x80 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

let sanitizerWindow: Window | null = null;

/** One long-lived jsdom window for DOMPurify: a sanitizer instance is set up once, not per page. */
export function getSanitizerWindow(): Window {
  sanitizerWindow ??= new JSDOM('<!DOCTYPE html>').window as unknown as Window;
  return sanitizerWindow;
}

/**
 * The article body, sanitized and written into the reader a few blocks at a time, so that a long article's
 * first screen is shown before the rest has been cleaned and laid out (a long Wikipedia article took over
 * 150 ms to sanitize and lay out in one go; its first screen needs a few milliseconds).
 *
 * The untrusted HTML is parsed once into an inert document (DOMParser: nothing in it runs or loads), only to
 * find the article's blocks. Each step serializes the next blocks and sanitizes them with the same DOMPurify
 * rules as `sanitizeArticleHtml`, which parses them into its own inert document and hands back the clean nodes
 * themselves; those are appended to the reader. What is shown is exactly what was cleaned: nothing is
 * serialized and parsed again after DOMPurify. (Cleaning the inert nodes in place would skip a parse, but
 * DOMPurify's in-place mode makes several more passes over the tree and measured about four times slower.)
 */
import { sanitizeArticleFragment } from './sanitize';

export interface ArticleBodyWriter {
  /** Writes the next blocks, about `chars` characters of text (at least one block); true while more remain. */
  writeNext(chars: number): boolean;
}

/** Wrappers Readability puts around the article (`<div id="readability-page-1">`), descended to find its blocks. */
const WRAPPERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN']);
/** An image or a rule has little text but takes room: every block counts for at least this much. */
const MIN_BLOCK_CHARS = 80;

/**
 * A writer that fills `target` (an element of a window's document) with the sanitized `html`. `baseUrl`
 * resolves the article's relative links and images, as in `sanitizeArticleHtml`.
 */
export function articleBodyWriter(html: string, target: Element, baseUrl: string): ArticleBodyWriter {
  const win = target.ownerDocument.defaultView;
  if (!win) throw new Error('articleBodyWriter needs an element of a document with a window');
  const inert = new win.DOMParser().parseFromString(html, 'text/html');
  const clean = (dirty: string) => sanitizeArticleFragment(dirty, win, baseUrl);
  const { blocks, into } = openWrappers(inert.body, target, clean);
  return {
    writeNext(chars) {
      if (!blocks.firstChild) return false;
      // The blocks are moved into a holder, so that one serialization covers them (text and comments too).
      const holder = inert.createElement('div');
      let taken = 0;
      while (blocks.firstChild && (taken === 0 || taken < chars)) {
        const block = blocks.firstChild;
        taken += Math.max(block.textContent?.length ?? 0, MIN_BLOCK_CHARS);
        holder.appendChild(block);
      }
      into.append(clean(holder.innerHTML));
      return blocks.firstChild !== null;
    },
  };
}

/**
 * Goes down Readability's single wrappers to the level that holds the article's blocks, recreating each
 * wrapper (sanitized, without its children) in `target`: the reader's DOM has the same shape as a whole
 * sanitized body. Returns the inert element whose children are the blocks, and where they go.
 */
function openWrappers(body: HTMLElement, target: Element, clean: (dirty: string) => DocumentFragment): { blocks: Element; into: Element } {
  let blocks: Element = body;
  let into = target;
  for (let only = soleWrapper(blocks); only; only = soleWrapper(blocks)) {
    const shell = clean((only.cloneNode(false) as Element).outerHTML).firstElementChild;
    if (shell) into = into.appendChild(shell);
    blocks = only;
  }
  return { blocks, into };
}

/** The element's one child when it is a plain wrapper and nothing else but blank text stands beside it. */
function soleWrapper(parent: Element): Element | null {
  const only = parent.firstElementChild;
  if (!only || only !== parent.lastElementChild || !WRAPPERS.has(only.tagName)) return null;
  for (const node of Array.from(parent.childNodes)) {
    if (node !== only && (node.nodeType !== 3 || node.textContent?.trim())) return null;
  }
  return only;
}

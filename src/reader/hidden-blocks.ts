/**
 * What the page does not show. Sites keep parts of their interface in the page, hidden by their stylesheets
 * until asked for: a keyboard-help dialog, a closed menu, a share box, a modal, the other panels of a tabbed
 * box, the mobile version of a line. A copy of the document keeps that markup but not its rendering, and
 * Readability only sees inline styles and the `hidden` attribute, so such blocks can end up in the article.
 * In a browser, Lede asks the live page which of its elements are rendered, marks in the copy the hidden ones
 * that look like interface, and drops what Readability kept of them from its article. Readability itself reads
 * the copy as it would without the marks: taking the blocks out before it runs changed which neighbouring
 * blocks it added to the article (in one corpus page, a "Make MSN my homepage" box came in once the hidden
 * sponsored links had gone).
 *
 * Hidden but kept: anything with images or video (a slideshow's other slides); a long passage that is not
 * mostly links (the rest of an article behind a "Continue reading" button); what the browser shows on demand
 * (a closed <details>, `hidden="until-found"`); and what browsers never render, such as <noscript>, from which
 * lazy images are made later.
 *
 * Node's documents are not rendered (and saved pages seldom bring their stylesheets), so this runs in browsers
 * only: the content script passes the page's rendering (`pageRendering`), tests pass their own.
 */
import { callNative, nativeMember } from './clobbering';
import { HIDDEN_MARK } from './hidden-marks';

export { HIDDEN_MARK, removeMarkedBlocks } from './hidden-marks';

/** How the live page is rendered, as far as the reader asks. */
export interface PageRendering {
  /** Whether `el` has a box: false under `display: none` (its own or an ancestor's), `display: contents`… */
  rendered(el: Element): boolean;
  /** `el`'s computed `display`. */
  display(el: Element): string;
}

/** Elements no browser renders; some of them matter to the reader all the same (see lazy-images.ts). */
const NEVER_RENDERED = new Set(['noscript', 'script', 'style', 'template', 'link', 'meta']);
const MEDIA = 'img, picture, video, audio, iframe, embed, object, canvas';
/** Past this much text, a hidden block may be the article itself, unless it is mostly links. */
const MAX_INTERFACE_CHARS = 1000;

/** The browser's own answers (`checkVisibility`: Chrome 105+, Firefox 106+), or null where it has none. */
export function pageRendering(doc: Document): PageRendering | null {
  const root = nativeMember<Element | null>(doc, 'documentElement');
  const view = nativeMember<Window | null>(doc, 'defaultView');
  const check = root && nativeMember<((this: Element) => boolean) | undefined>(root, 'checkVisibility');
  if (typeof check !== 'function' || !view) return null;
  const computed = view.getComputedStyle.bind(view);
  return { rendered: (el) => check.call(el), display: (el) => computed(el).display };
}

/**
 * Marks in `copy`, a fresh clone of `live`, the blocks that `live` hides and that look like interface.
 * Returns how many it marked.
 */
export function markHiddenBlocks(live: Document, copy: Document, rendering: PageRendering): number {
  const liveBody = nativeMember<HTMLElement | null>(live, 'body');
  const copyBody = nativeMember<HTMLElement | null>(copy, 'body');
  if (!liveBody || !copyBody) return 0;
  // A clone has its original's structure, so an element's place among all the elements under <body> names
  // it in both documents: no walk of the copy is needed.
  const liveAll = callNative<HTMLCollectionOf<Element>>(liveBody, 'getElementsByTagName', '*');
  const copyAll = callNative<HTMLCollectionOf<Element>>(copyBody, 'getElementsByTagName', '*');
  if (liveAll.length !== copyAll.length) return 0;
  const hidden: Element[] = [];
  for (let i = 0; i < liveAll.length; i++) {
    const el = liveAll[i] as Element;
    if (rendering.rendered(el)) continue;
    const display = rendering.display(el);
    // `display: contents` has no box of its own but its children have; look at them one by one.
    if (display === 'contents') continue;
    // Hidden by its own `display: none`, or unrendered for another reason (a closed <details>' content, SVG
    // definitions): either way its whole subtree is decided here.
    if (display === 'none' && looksLikeInterface(el)) hidden.push(copyAll[i] as Element);
    i += callNative<HTMLCollection>(el, 'getElementsByTagName', '*').length;
  }
  for (const el of hidden) {
    // Every element of the block: Readability replaces a wrapper by its only paragraph, which would lose a
    // mark on the wrapper alone.
    for (const part of [el, ...callNative<HTMLCollectionOf<Element>>(el, 'getElementsByTagName', '*')]) {
      callNative<void>(part, 'setAttribute', HIDDEN_MARK, '');
    }
  }
  return hidden.length;
}

function looksLikeInterface(el: Element): boolean {
  if (NEVER_RENDERED.has(el.localName) || callNative<string | null>(el, 'getAttribute', 'hidden') === 'until-found') return false;
  const text = collapsed(el);
  if (!text || callNative<Element | null>(el, 'querySelector', MEDIA)) return false;
  if (text.length <= MAX_INTERFACE_CHARS) return true;
  let linkChars = 0;
  for (const link of callNative<HTMLCollectionOf<Element>>(el, 'getElementsByTagName', 'a')) linkChars += collapsed(link).length;
  return linkChars >= text.length / 2;
}

/** Whitespace-collapsed text, read through the prototype: a form's controls can shadow `textContent`. */
const collapsed = (el: Element) => (nativeMember<string | null>(el, 'textContent') ?? '').replace(/\s+/g, ' ').trim();

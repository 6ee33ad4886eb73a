/**
 * The elements the reader looks at before Readability runs, gathered once per document: by ONE walk on jsdom
 * (`collectPageElements`), from the browser's own tag lists in a page (`pageElementsByTag`). Readability's own
 * script lookups are answered from the same lists (readability-run.ts).
 *
 * Why one walk on jsdom: there every `getElementsByTagName(tag)` on a fresh document is a full traversal of it,
 * and the six lists the page facts and lazy images needed cost ~4% of Readability's own time over Mozilla's
 * corpus; one TreeWalker pass costs ~1.4% (timed per step on fresh documents; `npm run bench -- --compare`
 * shows the whole pipeline before and after). In a browser it is the other way round: the browser's native
 * tag lists (`pageElementsByTag`) beat a scripted walk, which runs cold in the page on every open (Chromium,
 * reference page: 1.5 vs 3.8 ms on the live page; yahoo-2 from the corpus: 1.0 vs 7.3 ms).
 */

import { callNative } from './clobbering';

const TAGS = ['meta', 'script', 'time', 'abbr', 'h1', 'h2', 'noscript', 'img', 'source', 'form', 'embed', 'iframe', 'object', 'template', 'article', 'main'] as const;

/**
 * Page facts (meta, script, time, abbr, h1, h2), lazy images (noscript, img, source), DOM clobbering (clobbering.ts),
 * declarative shadow trees (template, see shadow-dom.ts) and the story's holder (article, main: article-holder.ts).
 * Templates are listed by the walk only: a browser's parser has already made every declarative shadow tree a
 * shadow root, so the browser's lists skip them.
 */
export type PageElements = Record<(typeof TAGS)[number], Element[]>;

/** NodeFilter.SHOW_ELEMENT, spelled out: Node has no global NodeFilter. */
const SHOW_ELEMENT = 0x1;

export function collectPageElements(doc: Document): PageElements {
  const found = Object.fromEntries(TAGS.map((tag) => [tag, [] as Element[]])) as PageElements;
  const lists = found as Record<string, Element[] | undefined>;
  const walker = callNative<TreeWalker>(doc, 'createTreeWalker', doc, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    // Own properties only: an element named "constructor" or "__proto__" must not reach Object.prototype.
    if (Object.hasOwn(found, el.localName)) lists[el.localName]!.push(el);
  }
  return found;
}

/** The same lists from the document's own `getElementsByTagName`: the faster way in a browser. */
export function pageElementsByTag(doc: Document): PageElements {
  const found = { template: [] as Element[] } as PageElements;
  for (const tag of TAGS) if (tag !== 'template') found[tag] = Array.from(callNative<HTMLCollectionOf<Element>>(doc, 'getElementsByTagName', tag));
  return found;
}

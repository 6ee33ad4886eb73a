/**
 * The part of reading that needs the page itself: a copy of the document for Readability to consume (with what
 * the page hides marked, in a browser), lazy images made real, and Readability run on it. Both the full reader
 * (extract.ts) and the first read the popup finishes itself (raw-read.ts) start here.
 */
import type { PageElements } from './page-elements';
import type { PageRendering } from './hidden-blocks';
import { markHiddenBlocks } from './hidden-blocks';
import { fixLazyImages } from './lazy-images';
import { keepArticleHolder } from './article-holder';
import { parseWithReadability } from './readability-run';
import type { Parsed } from './readability-run';
import { callNative, removeClobbering } from './clobbering';

/** How a document's page elements are listed: one scripted walk (jsdom) or the native lists (browsers). */
export type CollectElements = (doc: Document) => PageElements;

/** `classesToPreserve` as in Mozilla's own test harness, so parity with its expected output holds. */
const READABILITY_OPTIONS = { classesToPreserve: ['caption'] };

/**
 * A copy of `doc` for Readability to consume, with its page elements. In a browser, HTML lets elements shadow
 * members of the document and of forms, so none in the copy do (clobbering.ts); jsdom, where the documents
 * Node owns come from, has no such members.
 */
export function safeCopy(doc: Document, collect: CollectElements, rendering?: PageRendering | null): [Document, PageElements] {
  return prepareCopy(plainCopy(doc, rendering), collect);
}

/** A clone of `doc`; given how `doc` is rendered, with the interface it hides marked (hidden-blocks.ts). */
export function plainCopy(doc: Document, rendering?: PageRendering | null): Document {
  const copy = callNative<Document>(doc, 'cloneNode', true);
  if (rendering) markHiddenBlocks(doc, copy, rendering);
  return copy;
}

/** `copy`, a copy of the page that Readability may consume, with its page elements and no clobbering names. */
export function prepareCopy(copy: Document, collect: CollectElements): [Document, PageElements] {
  const elements = collect(copy);
  removeClobbering(copy, elements);
  return [copy, elements];
}

/**
 * Readability on `doc` (which it mutates), lazy images made real first; `elements` were collected from `doc`.
 * `tagLists`: `doc` is a jsdom page, where tag lists beat the selector engine (readability-run.ts).
 */
export function runReadability([doc, elements]: [Document, PageElements], extra: { charThreshold?: number }, tagLists = false): Parsed | null {
  fixLazyImages(doc, elements);
  keepArticleHolder(doc, [...elements.article, ...elements.main]);
  return parseWithReadability(doc, { ...READABILITY_OPTIONS, ...extra }, { elements, tagLists, bylineRules: true });
}

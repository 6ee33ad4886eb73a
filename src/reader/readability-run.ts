/**
 * Readability's `parse()`, told which <script> and <noscript> elements the page has when the caller has
 * collected them already (page-elements.ts), so that it does not search the whole document for them twice more.
 *
 * Why: before it grabs the article, Readability 0.6.0 looks up the page's scripts twice with
 * `querySelectorAll` on the whole document: once to read JSON-LD metadata, once to remove scripts and
 * noscripts. On jsdom each such lookup is a full traversal through a selector engine, about 2% of
 * Readability's own time on the median page of Mozilla's corpus (a `getElementsByTagName` costs about 0.4%).
 * In Chromium they cost little, but the content script has the clone's lists at hand anyway (from the
 * browser's own `getElementsByTagName`), so it hands them over too.
 *
 * How: the two methods that do these lookups take the document as an argument and only ever ask it for
 * `querySelectorAll(tags)`. They are called with a stand-in that answers from the collected lists, so
 * Readability's own JSON-LD parsing and script removal run exactly as they are. Both methods are internal to
 * Readability, which is pinned to an exact version; readability-run.test.ts fails if they are renamed or
 * stop being called, and checks Readability's metadata over the whole corpus.
 */
import { Readability } from '@mozilla/readability';
import type { PageElements } from './page-elements';

export type ReadabilityOptions = NonNullable<ConstructorParameters<typeof Readability>[1]>;
export type Parsed = NonNullable<ReturnType<Readability<Element>['parse']>>;

/** The internal methods used here, as Readability 0.6.0 defines them. */
interface ReadabilityInternals {
  _getJSONLD(doc: DocumentLookup): Record<string, string>;
  _removeScripts(doc: DocumentLookup): void;
}
/** The part of a document these methods use. */
interface DocumentLookup {
  querySelectorAll(selectors: string): ArrayLike<Element>;
}

const internals = Readability.prototype as unknown as ReadabilityInternals;

/** Readability with `serializer` returning the content element itself (the caller serializes it once). */
export function parseWithReadability(doc: Document, options: ReadabilityOptions, elements?: PageElements): Parsed | null {
  const reader = new Readability<Element>(doc, { ...options, serializer: (node) => node as Element });
  if (elements) useCollectedScripts(reader as unknown as ReadabilityInternals, doc, elements);
  return reader.parse();
}

function useCollectedScripts(reader: ReadabilityInternals, doc: Document, elements: PageElements): void {
  // The lists were collected before lazy images were unwrapped; that moves single images only (never a script
  // or noscript, see lazy-images.ts) but may take a noscript out of the page, so only connected ones count.
  // Removal order does not matter, so script and noscript need not be merged into document order.
  const held: Record<string, Element[][]> = { script: [elements.script], 'script,noscript': [elements.script, elements.noscript] };
  const lookup: DocumentLookup = {
    // Any other selector (a later Readability might ask for more) goes to the document itself.
    querySelectorAll: (selectors) => held[selectors]?.flatMap((list) => list.filter((el) => el.isConnected)) ?? doc.querySelectorAll(selectors),
  };
  reader._getJSONLD = () => internals._getJSONLD.call(reader, lookup);
  reader._removeScripts = () => internals._removeScripts.call(reader, lookup);
}

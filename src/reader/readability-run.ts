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
 *
 * On jsdom (`tagLists`), every other element lookup of Readability's is answered from tag lists too. Readability
 * finds elements by tag with `querySelectorAll("h1,h2")` on the document or the article, dozens of times per
 * page; jsdom answers each through a selector engine that matches every element against the selector, which was
 * over a third of Readability's own time over Mozilla's corpus. `getElementsByTagName` walks jsdom's tree
 * directly. The answer is the one a browser gives: the elements with those names under the node, in document
 * order (jsdom's engine sometimes lists all h1s before the h2s; Readability only counts or tests them), in a list
 * that does not change as Readability removes them (copied to an array). readability-run.test.ts compares
 * Readability's whole output both ways on every corpus page, and the corpus parity tests its text with
 * Mozilla's expected output. In a browser the native `querySelectorAll` is fast, and it is left alone.
 */
import { Readability } from '@mozilla/readability';
import type { PageElements } from './page-elements';
import { isCompanyName, namesOnlyTheSite } from './format';

export type ReadabilityOptions = NonNullable<ConstructorParameters<typeof Readability>[1]>;
export type Parsed = NonNullable<ReturnType<Readability<Element>['parse']>>;

/** The internal methods used here, as Readability 0.6.0 defines them. */
interface ReadabilityInternals {
  _getJSONLD(doc: DocumentLookup): Record<string, string>;
  _removeScripts(doc: DocumentLookup): void;
  _getAllNodesWithTag(node: DocumentLookup | Document | Element, tagNames: string[]): ArrayLike<Element>;
  _getArticleMetadata(jsonLd: Record<string, string>): { byline?: string | null; siteName?: string | null };
  _isValidByline(node: Element, matchString: string): boolean;
}
/** The part of a document these methods use. */
interface DocumentLookup {
  querySelectorAll(selectors: string): ArrayLike<Element>;
}

const internals = Readability.prototype as unknown as ReadabilityInternals;

export interface Lookups {
  /** The page's scripts and noscripts, collected already. */
  elements?: PageElements;
  /** Find elements by tag with `getElementsByTagName` (jsdom) instead of `querySelectorAll`. */
  tagLists?: boolean;
  /**
   * Lede's byline rules on top of Readability's: the byline the page prints over a metadata byline that only names
   * the site (`lookPastSiteByline`), and never a picture's credit (`notPictureCredits`).
   */
  bylineRules?: boolean;
}

/** Readability with `serializer` returning the content element itself (the caller serializes it once). */
export function parseWithReadability(doc: Document, options: ReadabilityOptions, lookups: Lookups = {}): Parsed | null {
  const reader = new Readability<Element>(doc, { ...options, serializer: (node) => node as Element });
  const internal = reader as unknown as ReadabilityInternals;
  if (lookups.tagLists) findByTagLists(internal);
  if (lookups.elements) useCollectedScripts(internal, doc, lookups.elements);
  if (lookups.bylineRules) notPictureCredits(internal);
  const siteByline = lookups.bylineRules ? lookPastSiteByline(internal) : () => null;
  const parsed = reader.parse();
  if (parsed && !parsed.byline) parsed.byline = siteByline();
  return parsed;
}

/**
 * Readability takes the first element whose class or id says "author" or "byline" for the byline, and a picture's
 * credit is often marked so (`<figcaption><span class="img-author">Mike Blake/Reuters files</span>`): an element in
 * a figure or its caption is not the story's byline, and neither is the credit to the site's theme.
 */
function notPictureCredits(reader: ReadabilityInternals): void {
  reader._isValidByline = (node, matchString) =>
    internals._isValidByline.call(reader, node, matchString) && !node.closest('figure, figcaption') && !THEME_CREDIT.test(matchString);
}

/**
 * The footer's credit to the site's theme ("Theme: Catch Evolution by <span class="theme-author">Catch Themes</span>"),
 * by its class; a class that only names a colour theme ("byline theme__text-hover") is no such credit.
 */
const THEME_CREDIT = /theme[-_]?(?:author|credit|by)|powered/i;

/**
 * Readability looks for the byline the page prints ("By Michael Hingston" in an element whose class names the
 * author) only when the metadata names no author. Sites that fill the metadata's author with their own name
 * ("National Geographic", the JSON-LD author being the publisher) or their company's ("Süddeutsche.de GmbH, Munich")
 * would lose the writer's name to it: for them the metadata's byline is set aside while Readability reads the page,
 * and given back if it finds none there.
 * Returns what was set aside.
 */
function lookPastSiteByline(reader: ReadabilityInternals): () => string | null {
  let setAside: string | null = null;
  reader._getArticleMetadata = (jsonLd) => {
    const metadata = internals._getArticleMetadata.call(reader, jsonLd);
    const byline = metadata.byline;
    if (byline && (isCompanyName(byline) || (metadata.siteName && namesOnlyTheSite(byline, metadata.siteName)))) {
      setAside = byline;
      metadata.byline = null;
    }
    return metadata;
  };
  return () => setAside;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';

function findByTagLists(reader: ReadabilityInternals): void {
  reader._getAllNodesWithTag = (node, tagNames) =>
    // The script lookups' stand-in (below) answers for itself.
    'getElementsByTagName' in node ? elementsByTag(node as Document | Element, tagNames) : internals._getAllNodesWithTag.call(reader, node, tagNames);
}

/**
 * The elements under `node` named one of `tagNames`, as `querySelectorAll(tagNames.join())` finds them in a
 * browser, as an array. Names match as in a selector (and in getElementsByTagName): HTML elements in any case,
 * others (SVG) exactly.
 */
export function elementsByTag(node: Document | Element, tagNames: string[]): Element[] {
  // Copied by index: jsdom's collections look every other property, `length` too, up among the elements'
  // names first, so an iterator, which reads `length` at every step, would take quadratic time.
  const byTag = (tag: string) => Array.prototype.slice.call(node.getElementsByTagName(tag)) as Element[];
  if (tagNames.length === 1) return byTag(tagNames[0]!);
  // Several names: one list of all elements, filtered, keeps document order.
  const names = new Set(tagNames);
  const htmlNames = new Set(tagNames.map((name) => name.toLowerCase()));
  return byTag('*').filter((el) => (el.namespaceURI === HTML_NS ? htmlNames : names).has(el.localName));
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

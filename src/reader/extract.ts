/**
 * Document in, Article out: the whole reader, with its second tries (shadow trees, "try anyway"). Node (jsdom)
 * and the full content script (the live page) run it; on a first open the popup reads in two halves instead
 * (raw-read.ts), with the same code. The returned `content` is Readability's raw HTML: untrusted until sanitized
 * (src/reader/sanitize.ts).
 */
import type { Article, ExtractResult } from './types';
import { collectPageElements, pageElementsByTag } from './page-elements';
import { normalizeDate, readPageFacts } from './metadata';
import type { PageFacts } from './metadata';
import { readingStats } from './reading-time';
import type { PageRendering } from './hidden-blocks';
import { urlDay } from './url-date';
import { callNative, nativeMember } from './clobbering';
import { composedCopy, isDeclarativeShadowTree } from './shadow-dom';
import { plainCopy, prepareCopy, runReadability, safeCopy } from './page-copy';
import type { CollectElements } from './page-copy';
import { fitting, judge, toArticle } from './finish-article';
import type { PageElements } from './page-elements';

export { MIN_ARTICLE_CHARS } from './finish-article';

export interface ExtractOptions {
  url: string;
  /** Return whatever can be found as an article, even below the thresholds ("try anyway"). */
  force?: boolean;
  /**
   * The caller hands over a document it will not use again (Node: a page it has just parsed with jsdom), so
   * Readability may work on it directly instead of on a clone. Such a document is also read the way that is
   * fastest on jsdom (one walk, see page-elements.ts). Never set it for the live page.
   */
  ownsDocument?: boolean;
  /**
   * Runs on Readability's content element before it is serialized; Node sanitizes in place here instead of
   * re-parsing the HTML. Without it `content` is Readability's raw, untrusted HTML.
   */
  transformContent?: (root: Element) => void;
  /**
   * How the live page is rendered (in a browser: `pageRendering(document)`): the article then leaves out the
   * blocks the page hides that look like interface (hidden-blocks.ts).
   */
  rendering?: PageRendering | null;
}

export function extractArticle(doc: Document, options: ExtractOptions): ExtractResult {
  // A document the caller owns is a jsdom page in Node, where one scripted walk beats a list per tag; the live
  // page and its clones are in a browser, where the native lists are faster (see page-elements.ts).
  const collect: CollectElements = options.ownsDocument ? collectPageElements : pageElementsByTag;
  const elements = collect(doc);
  const facts = readPageFacts(doc, elements);
  // The document is needed again for the relaxed pass ("try anyway") and for a page whose text may be in
  // shadow trees; otherwise Readability may consume a document the caller owns. (Node's documents are parsed
  // from HTML and run no scripts: their only shadow trees are declarative templates, which the walk lists.)
  const readAgain = options.force || elements.template.some(isDeclarativeShadowTree);
  const consumed = options.ownsDocument && !readAgain;
  const first = readCopy(consumed ? [doc, elements] : safeCopy(doc, collect, options.rendering), facts, options);
  if (first.kind === 'article') return first;
  // Only now, so that the usual page pays nothing for it: the text may be in shadow trees, which a copy of
  // the document leaves out. A page that has them is read as it is rendered from here on: the plain copy
  // lacks what the page shows and may hold light content that it does not show.
  const rendered = consumed ? null : composedCopy(doc);
  const found = rendered ? readCopy(prepareCopy(rendered, collect), facts, options) : first;
  if (found.kind === 'article' || !options.force) return found;
  // "Try anyway": accept Readability's first attempt however short, then fall back to the body's text.
  const shown = () => (rendered && composedCopy(doc)) || plainCopy(doc, options.rendering);
  const relaxed = runReadability(prepareCopy(shown(), collect), { charThreshold: 0 }, options.ownsDocument);
  const article = relaxed ? toArticle(relaxed, facts, cleanOptions(options)) : null;
  const best = [found.candidate, article].filter((a): a is Article => !!a && !!a.textContent.trim());
  best.sort((a, b) => b.textContent.length - a.textContent.length);
  return { kind: 'article', article: best[0] ?? bodyAsArticle(rendered ? shown() : doc, facts, options.url) };
}

/** Readability's article from a prepared copy, or why it is none (with what it found, for "try anyway"). */
function readCopy(copy: [Document, PageElements], facts: PageFacts, options: ExtractOptions): ExtractResult {
  const parsed = runReadability(copy, {}, options.ownsDocument);
  return judge(parsed ? toArticle(parsed, facts, cleanOptions(options)) : null);
}

const cleanOptions = (options: ExtractOptions) =>
  ({ url: options.url, hiddenMarked: !!options.rendering, transformContent: options.transformContent });

/** Last resort for "try anyway": the page's visible text, one paragraph per line, escaped. */
function bodyAsArticle(doc: Document, facts: PageFacts, url: string): Article {
  const body = nativeMember<HTMLElement | null>(doc, 'body')?.cloneNode(true) as HTMLElement | undefined;
  body?.querySelectorAll('script, style, noscript, template').forEach((el) => el.remove());
  const text = body?.textContent ?? '';
  const lines = text.split(/\n+/).map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const holder = callNative<HTMLElement>(doc, 'createElement', 'div');
  for (const line of lines) holder.appendChild(doc.createElement('p')).textContent = line;
  const lang = facts.lang;
  const textContent = holder.textContent ?? '';
  return {
    url,
    title: facts.title,
    byline: null,
    siteName: null,
    publishedTime: fitting(normalizeDate(facts.publishedTime()), url) ?? urlDay(url),
    lang,
    dir: facts.dir,
    excerpt: lines[0] ?? null,
    content: holder.innerHTML,
    textContent,
    ...readingStats(textContent, lang),
  };
}

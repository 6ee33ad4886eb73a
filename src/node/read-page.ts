/**
 * The whole reader pipeline in Node, as the CLI, the tests and the benchmark use it:
 * parse → extract (lazy images, Readability, metadata) → sanitize → key points.
 */
import type { ExtractResult } from '../reader/types';
import type { KeyPoint } from '../core/key-points/types';
import { extractArticle } from '../reader/extract';
import { sanitizeArticleElement } from '../reader/sanitize';
import { articleKeyPoints } from '../reader/article-key-points';
import { loadStopwords } from '../core/stopwords';
import { parseHtml, releaseDocument, windowOf } from './parse-html';
import type { ParseOptions } from './parse-html';

export interface ReadOptions {
  /** Return an article even when the page does not look like one ("try anyway"). */
  force?: boolean;
}

export interface ReadResult {
  /** `article.content` (and a no-article `candidate.content`) is sanitized HTML, safe to render. */
  result: ExtractResult;
  /** Key points in reading order, as the popup lists them; only for articles. */
  keyPoints?: KeyPoint[];
}

/** HTML text → sanitized article and its key points. */
export async function readPage(html: string, url: string, options: ReadOptions & ParseOptions = {}): Promise<ReadResult> {
  const doc = parseHtml(html, url, options);
  let result: ExtractResult;
  try {
    result = readDocument(doc, url, options).result;
  } finally {
    releaseDocument(doc);
  }
  if (result.kind !== 'article') return { result };
  const { article } = result;
  // Blocks come from the sanitized DOM, as in the popup, so offsets match what a reader sees. The released
  // document still makes elements; this one is never attached to it.
  const root = doc.createElement('div');
  root.innerHTML = article.content;
  const stopwords = await loadStopwords(article.lang);
  const { inOrder } = articleKeyPoints(root, article, { count: 'auto', stopwords });
  return { result, keyPoints: inOrder.map(({ id: _id, ...point }) => point) };
}

/**
 * Extraction and sanitizing of a document parsed already (the benchmark times this part alone). It consumes
 * `doc`, which must be a jsdom document from `parseHtml` or of a jsdom window (DOMPurify needs a real DOM and
 * a window) that the caller does not use again: Readability
 * works on it directly instead of on a clone, and the content is sanitized in place on jsdom before it is
 * serialized once, with no second parse of the article HTML.
 */
export function readDocument(doc: Document, url: string, options: ReadOptions = {}): { result: ExtractResult } {
  const result = extractArticle(doc, {
    url,
    force: options.force ?? false,
    ownsDocument: true,
    // Documents from parseHtml have no window of their own, and clones (with `force`) none at all: DOMPurify
    // runs with the window the page was parsed in.
    transformContent: (root) => sanitizeArticleElement(root, url, windowOf(doc)),
  });
  return { result };
}

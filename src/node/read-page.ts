/**
 * The whole reader pipeline in Node, as the CLI, the tests and the benchmark use it:
 * parse → extract (clone, lazy images, Readability, metadata) → sanitize → key points.
 */
import type { ExtractResult } from '../reader/types';
import type { KeyPoint } from '../core/key-points/types';
import { extractArticle } from '../reader/extract';
import { sanitizeArticleElement } from '../reader/sanitize';
import { parseHtml } from './parse-html';
import type { ParseOptions } from './parse-html';

export interface ReadOptions {
  /** Return an article even when the page does not look like one ("try anyway"). */
  force?: boolean;
}

export interface ReadResult {
  /** With `kind: 'article'`, `article.content` is sanitized HTML, safe to render. */
  result: ExtractResult;
  keyPoints?: KeyPoint[];
}

export function readPage(html: string, url: string, options: ReadOptions & ParseOptions = {}): ReadResult {
  return readDocument(parseHtml(html, url, options), url, options);
}

/**
 * Same as `readPage` for a document parsed already (the benchmark times this part alone). It consumes `doc`:
 * a jsdom document (DOMPurify needs a real DOM), not used again by the caller.
 */
export function readDocument(doc: Document, url: string, options: ReadOptions = {}): ReadResult {
  // The document is ours (just parsed), so Readability may consume it, and the content is sanitized in place
  // on jsdom before it is serialized once: no clone, no second parse of the article HTML.
  const result = extractArticle(doc, {
    url,
    force: options.force ?? false,
    ownsDocument: true,
    transformContent: (root) => sanitizeArticleElement(root, url),
  });
  return { result };
}

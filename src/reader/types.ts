/**
 * The article as Lede's reader pipeline produces it. The same shape comes out of the content script
 * (in the page), the command-line tool and the benchmarks, so that what the CLI prints is what the popup shows.
 */
export interface Article {
  /** The page's URL; relative links and images in `content` are resolved against it. */
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 date string when the page declares one. */
  publishedTime: string | null;
  /** BCP 47 language tag as the page declares it (e.g. "en-US"), or null. */
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  /**
   * Article HTML. Straight out of the content script it is Readability's untrusted output;
   * it must be sanitized (src/reader/sanitize.ts; the popup writes it through sanitize-in-steps.ts) before
   * anything renders it.
   */
  content: string;
  /** Plain text of the article body. */
  textContent: string;
  /** Words, or for CJK scripts characters, as counted for the reading time. */
  wordCount: number;
  /** Estimated reading time in whole minutes (at least 1). */
  readingMinutes: number;
}

/** Why a page gave no article. */
export type NoArticleReason = 'nothing-found' | 'too-little-text' | 'error-page';

export type ExtractResult =
  | { kind: 'article'; article: Article }
  /** `candidate` is whatever Readability did find, for the popup's "try anyway". */
  | { kind: 'no-article'; reason: NoArticleReason; candidate: Article | null };

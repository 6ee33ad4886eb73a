/**
 * Is this page an article? Answers the news-page detector (content-scripts/detect.ts) on a live Document,
 * cheaply and without changing it. Pure DOM: tested on jsdom.
 *
 * How the signals combine:
 * - a home page (path `/` or empty) is never an article, whatever it declares: news front pages carry
 *   article metadata and plenty of text;
 * - the page must look readerable to Readability (`isProbablyReaderable`), since the badge promises that
 *   Lede will find an article: metadata alone (a video page, a paywall stub) is not enough;
 * - a page built from web components is judged as it is rendered, its shadow trees in place, when its light
 *   DOM alone does not look readerable;
 * - a page that declares itself an article (schema.org JSON-LD `Article`/`NewsArticle`/`BlogPosting` and
 *   their subtypes, or `og:type=article`) passes with Readability's usual threshold; a page that declares
 *   nothing needs clearly more article-like text (`STRICT_MIN_SCORE`), which keeps docs, forums and
 *   sign-in pages from lighting the badge.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { composedCopy } from './shadow-dom';

export const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'BlogPosting', 'LiveBlogPosting', 'ReportageNewsArticle', 'AnalysisNewsArticle',
  'OpinionNewsArticle', 'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'Report',
]);
/** Readability's default score threshold is 20 (about one 540-character paragraph); without metadata, ask for several. */
export const STRICT_MIN_SCORE = 50;
/** JSON-LD blocks bigger than this are not parsed (a page can embed megabytes of it). */
const MAX_JSON_LD_CHARS = 200_000;
/** How deep into `@graph`, arrays and `mainEntity` to look for a type. */
const MAX_DEPTH = 5;

export interface ArticleSignals {
  homePage: boolean;
  jsonLdArticle: boolean;
  ogArticle: boolean;
  readerable: boolean;
}

export interface Detection {
  isArticle: boolean;
  signals: ArticleSignals;
}

export function isHomePage(url: URL): boolean {
  return url.pathname === '/' || url.pathname === '';
}

export function detectArticle(doc: Document, href: string): Detection {
  let url: URL | null = null;
  try {
    url = new URL(href);
  } catch {
    // not a URL: judged as not an article below
  }
  const web = url !== null && (url.protocol === 'http:' || url.protocol === 'https:');
  const homePage = url !== null && isHomePage(url);
  const jsonLdArticle = hasJsonLdArticle(doc);
  const ogArticle = hasOgArticle(doc);
  const declared = jsonLdArticle || ogArticle;
  const options = declared ? {} : { minScore: STRICT_MIN_SCORE };
  const readerable = web && !homePage && (isProbablyReaderable(doc, options) || readerableAsRendered(doc, options));
  return { isArticle: web && !homePage && readerable, signals: { homePage, jsonLdArticle, ogArticle, readerable } };
}

/** A page built from web components may hold its story in shadow trees, which the reader reads too (shadow-dom.ts). */
function readerableAsRendered(doc: Document, options: { minScore?: number }): boolean {
  const rendered = composedCopy(doc);
  return rendered !== null && isProbablyReaderable(rendered, options);
}

export function hasOgArticle(doc: Document): boolean {
  const meta = doc.querySelector('meta[property="og:type" i], meta[name="og:type" i]');
  return (meta?.getAttribute('content') ?? '').trim().toLowerCase() === 'article';
}

export function hasJsonLdArticle(doc: Document): boolean {
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    try {
      if (declaresArticle(JSON.parse(text), 0)) return true;
    } catch {
      // Broken JSON-LD is common; it is simply no signal.
    }
  }
  return false;
}

function declaresArticle(node: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH || typeof node !== 'object' || node === null) return false;
  if (Array.isArray(node)) return node.some((item) => declaresArticle(item, depth + 1));
  const record = node as Record<string, unknown>;
  const types = Array.isArray(record['@type']) ? record['@type'] : [record['@type']];
  if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.has(type.replace(/^.*[/:]/, '')))) return true;
  return declaresArticle(record['@graph'], depth + 1) || declaresArticle(record.mainEntity, depth + 1);
}

/**
 * Document in, Article out. Shared by the content script (the live page), the popup and Node (jsdom).
 * The returned `content` is Readability's raw HTML: untrusted until `sanitizeArticleHtml` has run.
 */
import { Readability } from '@mozilla/readability';
import type { Article, ExtractResult, NoArticleReason } from './types';
import { fixLazyImages } from './lazy-images';
import { findLang, findPublishedTime, normalizeDate, normalizeDir } from './metadata';
import { readingStats } from './reading-time';
import { removeLeadingTitleHeading } from './title-heading';

export interface ExtractOptions {
  url: string;
  /** Return whatever can be found as an article, even below the thresholds ("try anyway"). */
  force?: boolean;
}

/**
 * Below this much text a "article" is a login wall, an error page, a caption or a teaser: about two short
 * sentences. Readability's own threshold (500 chars) only steers its retries; it still returns its best
 * attempt, so the verdict is ours. Kept well under the shortest real article in Mozilla's corpus.
 */
export const MIN_ARTICLE_CHARS = 250;
/** The same, in text blocks: a single blurb under `MIN_SINGLE_BLOCK_CHARS` is not an article either. */
const MIN_BLOCKS = 2;
const MIN_SINGLE_BLOCK_CHARS = 500;
/** `classesToPreserve` as in Mozilla's own test harness, so parity with its expected output holds. */
const READABILITY_OPTIONS = { classesToPreserve: ['caption'] };

type Parsed = NonNullable<ReturnType<Readability<Element>['parse']>>;

export function extractArticle(doc: Document, options: ExtractOptions): ExtractResult {
  const parsed = parseClone(doc, {});
  const candidate = parsed ? toArticle(doc, parsed, options.url) : null;
  const reason = verdict(candidate, parsed?.content ?? null);
  if (!reason) return { kind: 'article', article: candidate as Article };
  if (!options.force) return { kind: 'no-article', reason, candidate };
  // "Try anyway": accept Readability's first attempt however short, then fall back to the body's text.
  const relaxed = parseClone(doc, { charThreshold: 0 });
  const article = relaxed ? toArticle(doc, relaxed, options.url) : null;
  const best = [candidate, article].filter((a): a is Article => !!a && !!a.textContent.trim());
  best.sort((a, b) => b.textContent.length - a.textContent.length);
  return { kind: 'article', article: best[0] ?? bodyAsArticle(doc, options.url) };
}

/** Readability on a clone (it mutates the document it reads), lazy images made real first. */
function parseClone(doc: Document, extra: { charThreshold?: number }): Parsed | null {
  const clone = doc.cloneNode(true) as Document;
  fixLazyImages(clone);
  const reader = new Readability<Element>(clone, { ...READABILITY_OPTIONS, ...extra, serializer: (node) => node as Element });
  return reader.parse();
}

function toArticle(doc: Document, parsed: Parsed, url: string): Article {
  const title = (parsed.title ?? '').trim() || doc.title.trim();
  const root = parsed.content;
  if (root) removeLeadingTitleHeading(root, title);
  const textContent = root?.textContent ?? parsed.textContent ?? '';
  const lang = parsed.lang?.trim() || findLang(doc);
  return {
    url,
    title,
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    publishedTime: normalizeDate(parsed.publishedTime) ?? normalizeDate(findPublishedTime(doc)),
    lang,
    dir: normalizeDir(parsed.dir) ?? normalizeDir(doc.documentElement?.getAttribute('dir')),
    excerpt: parsed.excerpt?.trim() || null,
    content: root?.innerHTML ?? '',
    textContent,
    ...readingStats(textContent, lang),
  };
}

function verdict(article: Article | null, root: Element | null): NoArticleReason | null {
  if (!article || !root) return 'nothing-found';
  const chars = article.textContent.replace(/\s+/g, ' ').trim().length;
  if (chars < MIN_ARTICLE_CHARS) return 'too-little-text';
  const blocks = root.querySelectorAll('p, li, pre, blockquote, td').length;
  if (blocks < MIN_BLOCKS && chars < MIN_SINGLE_BLOCK_CHARS) return 'too-little-text';
  return null;
}

/** Last resort for "try anyway": the page's visible text, one paragraph per line, escaped. */
function bodyAsArticle(doc: Document, url: string): Article {
  const body = doc.body?.cloneNode(true) as HTMLElement | undefined;
  body?.querySelectorAll('script, style, noscript, template').forEach((el) => el.remove());
  const text = body?.textContent ?? '';
  const lines = text.split(/\n+/).map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const holder = doc.createElement('div');
  for (const line of lines) holder.appendChild(doc.createElement('p')).textContent = line;
  const lang = findLang(doc);
  const textContent = holder.textContent ?? '';
  return {
    url,
    title: doc.title.trim(),
    byline: null,
    siteName: null,
    publishedTime: normalizeDate(findPublishedTime(doc)),
    lang,
    dir: normalizeDir(doc.documentElement?.getAttribute('dir')),
    excerpt: lines[0] ?? null,
    content: holder.innerHTML,
    textContent,
    ...readingStats(textContent, lang),
  };
}

/**
 * Document in, Article out. Shared by the content script (the live page), the popup and Node (jsdom).
 * The returned `content` is Readability's raw HTML: untrusted until sanitized (src/reader/sanitize.ts).
 */
import type { Article, ExtractResult, NoArticleReason } from './types';
import { removeAdLabels } from './ad-labels';
import { removeInlinePromos } from './inline-promos';
import { removeTeasers } from './teasers';
import { removeCommentSection } from './comment-section';
import { removeLinkHints } from './link-hints';
import { proseHeadingsAsParagraphs } from './prose-headings';
import { removeLeadingInterfaceLines } from './interface-lines';
import { removeTrailingLines } from './trailing-lines';
import { removePlayerControls } from './player-controls';
import { removeSignupForms } from './signup-forms';
import { embedsAsLinks, mediaForReader } from './embeds';
import { removeInvisibleImages } from './invisible-images';
import { removeHeadingButtons } from './heading-buttons';
import { contentParts } from './content-parts';
import { fixLazyImages } from './lazy-images';
import { keepArticleHolder } from './article-holder';
import { collectPageElements, pageElementsByTag } from './page-elements';
import type { PageElements } from './page-elements';
import { normalizeDate, normalizeDir, readPageFacts } from './metadata';
import type { PageFacts } from './metadata';
import { readingStats } from './reading-time';
import { headlineAfterSiteName, leadingHeading, removeLeadingTitleHeading, titleFromHeadings } from './title-heading';
import { removeKicker } from './kicker';
import { removeAuthorPortraits } from './author-portrait';
import { markHiddenBlocks, removeMarkedBlocks } from './hidden-blocks';
import { removeLinkTables, removeNavigation } from './navigation';
import { removeSkipLinks } from './skip-links';
import type { PageRendering } from './hidden-blocks';
import { stripChannelSuffix, stripHostSuffix, stripSiteSuffix } from './site-suffix';
import { undoBrokenTitleCut, undoIdentifierTitle } from './title-cut';
import { allAuthors, removeLeadingBylineLine, removeTrailingBylineLine, takeLeadingBylineLine } from './byline-line';
import { dateInByline, takeLeadingDateLine } from './date-line';
import { removeLeadingBreadcrumb } from './breadcrumb';
import { fitsUrlDate, urlDay } from './url-date';
import { parseWithReadability } from './readability-run';
import { callNative, nativeMember, removeClobbering } from './clobbering';
import { composedCopy, isDeclarativeShadowTree } from './shadow-dom';
import type { Parsed } from './readability-run';

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

export function extractArticle(doc: Document, options: ExtractOptions): ExtractResult {
  // A document the caller owns is a jsdom page in Node, where one scripted walk beats a list per tag; the live
  // page and its clones are in a browser, where the native lists are faster (see page-elements.ts).
  const collect = options.ownsDocument ? collectPageElements : pageElementsByTag;
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
  const relaxed = runReadability(prepareCopy(shown(), collect), { charThreshold: 0 }, options);
  const article = relaxed ? toArticle(relaxed, facts, options) : null;
  const best = [found.candidate, article].filter((a): a is Article => !!a && !!a.textContent.trim());
  best.sort((a, b) => b.textContent.length - a.textContent.length);
  return { kind: 'article', article: best[0] ?? bodyAsArticle(rendered ? shown() : doc, facts, options.url) };
}

/**
 * A copy of `doc` for Readability to consume, with its page elements. In a browser, HTML lets elements shadow
 * members of the document and of forms, so none in the copy do (clobbering.ts); jsdom, where the documents
 * Node owns come from, has no such members.
 */
function safeCopy(doc: Document, collect: (doc: Document) => PageElements, rendering?: PageRendering | null): [Document, PageElements] {
  return prepareCopy(plainCopy(doc, rendering), collect);
}

/** A clone of `doc`; given how `doc` is rendered, with the interface it hides marked (hidden-blocks.ts). */
function plainCopy(doc: Document, rendering?: PageRendering | null): Document {
  const copy = callNative<Document>(doc, 'cloneNode', true);
  if (rendering) markHiddenBlocks(doc, copy, rendering);
  return copy;
}

/** `copy`, a copy of the page that Readability may consume, with its page elements and no clobbering names. */
function prepareCopy(copy: Document, collect: (doc: Document) => PageElements): [Document, PageElements] {
  const elements = collect(copy);
  removeClobbering(copy, elements);
  return [copy, elements];
}

/** Readability's article from a prepared copy, or why it is none (with what it found, for "try anyway"). */
function readCopy(copy: [Document, PageElements], facts: PageFacts, options: ExtractOptions): ExtractResult {
  const parsed = runReadability(copy, {}, options);
  const candidate = parsed ? toArticle(parsed, facts, options) : null;
  const reason = candidate ? verdict(candidate) : 'nothing-found';
  return reason ? { kind: 'no-article', reason, candidate } : { kind: 'article', article: candidate as Article };
}

/** Readability on `doc` (which it mutates), lazy images made real first; `elements` were collected from `doc`. */
function runReadability([doc, elements]: [Document, PageElements], extra: { charThreshold?: number }, options: ExtractOptions): Parsed | null {
  fixLazyImages(doc, elements);
  keepArticleHolder(doc, [...elements.article, ...elements.main]);
  // A document the caller owns is a jsdom page, where tag lists beat the selector engine (readability-run.ts).
  return parseWithReadability(doc, { ...READABILITY_OPTIONS, ...extra }, { elements, tagLists: options.ownsDocument, bylineRules: true });
}

function toArticle(parsed: Parsed, facts: PageFacts, options: ExtractOptions): Article {
  const root = parsed.content;
  const readabilityTitle = undoBrokenTitleCut(undoIdentifierTitle((parsed.title ?? '').trim(), facts.title), facts.title);
  const pageTitle = headlineAfterSiteName(
    stripChannelSuffix(stripHostSuffix(stripSiteSuffix(readabilityTitle || facts.title, siteNameOf(parsed)), options.url)),
    options.url, facts.headings,
  );
  if (!root) return articleOf(parsed, facts, options, titleFromHeadings(pageTitle, facts.headings));
  // One walk for the cleaning rules; each checks that what it looks at is still in the content.
  const parts = contentParts(root);
  const lang = parsed.lang?.trim() || facts.lang || undefined;
  // First what stands before the article's own first words, so that its leading heading can be found.
  if (options.rendering) removeMarkedBlocks(root);
  removeNavigation(root, parts.navs);
  removeLinkTables(root);
  removeSkipLinks(root, parts.links);
  removeLeadingBreadcrumb(root);
  removeHeadingButtons(root, parts.headings);
  removeKicker(root, pageTitle, lang);
  const leading = leadingHeading(root);
  const title = titleFromHeadings(pageTitle, leading ? [...facts.headings, leading.textContent ?? ''] : facts.headings);
  removeLeadingTitleHeading(root, title, leading);
  const marked = parsed.byline?.trim() || null;
  // A "By <name>" line the page shows above the story is its byline, also over one from its metadata
  // ("UPROXX Media" in a meta tag, "By Jason Tabrys • 12.29.14" on the page), unless that line is the same byline.
  const line = removeLeadingBylineLine(root, marked) ? null : takeLeadingBylineLine(root);
  const byline = line ?? (marked ? allAuthors(marked, facts.authors) : null);
  const published = takeLeadingDateLine(root, publishedTimeOf(parsed, facts, options.url), lang) ??
    dateInByline(byline, lang) ?? urlDay(options.url);
  removeLeadingInterfaceLines(root);
  removeAuthorPortraits(root, parts.links);
  proseHeadingsAsParagraphs(root, parts.headings);
  removeAdLabels(root, parts.texts);
  removeLinkHints(root, parts.links);
  // Before the promos: a "Related posts" label left at the end once the thread is gone is removed there.
  removeCommentSection(root, parts.headings);
  removeInlinePromos(root, parts.texts);
  removeTeasers(root, options.url, parts.links);
  removeSignupForms(root, parts.labels);
  removePlayerControls(root, parts.texts);
  // Last of the removals, so that the rows under the story's last paragraph are the content's last blocks.
  removeTrailingLines(root);
  removeTrailingBylineLine(root, byline);
  embedsAsLinks(root, options.url, parts.embeds);
  mediaForReader(root, options.url, parts.media);
  removeInvisibleImages(root, parts);
  options.transformContent?.(root);
  return articleOf(parsed, facts, options, title, byline, published);
}

/** The first publication date of Readability's and the page's that fits the date in the page's address, if any. */
const publishedTimeOf = (parsed: Parsed, facts: PageFacts, url: string) =>
  fitting(normalizeDate(parsed.publishedTime), url) ?? fitting(normalizeDate(facts.publishedTime()), url);

const fitting = (date: string | null, url: string) => (date !== null && fitsUrlDate(date, url) ? date : null);

const siteNameOf = (parsed: Parsed) => parsed.siteName?.trim() || null;

/** The article object from Readability's result, its content cleaned already. */
function articleOf(
  parsed: Parsed, facts: PageFacts, options: ExtractOptions, title: string,
  byline = parsed.byline?.trim() || null, publishedTime = publishedTimeOf(parsed, facts, options.url) ?? urlDay(options.url),
): Article {
  const root = parsed.content;
  const textContent = root?.textContent ?? parsed.textContent ?? '';
  const lang = parsed.lang?.trim() || facts.lang;
  return {
    url: options.url,
    // "Xbox One X review:  A console…": the page's double spaces and line breaks would show in the CLI's text. A
    // single space of another kind (a Japanese title's full-width one, a no-break one) is the page's choice.
    title: title.replace(/\s{2,}|[\t\n\r\f\v]/g, ' ').trim(),
    byline,
    siteName: siteNameOf(parsed),
    publishedTime,
    lang,
    dir: normalizeDir(parsed.dir) ?? facts.dir,
    excerpt: parsed.excerpt?.trim() || null,
    content: root?.innerHTML ?? '',
    textContent,
    ...readingStats(textContent, lang),
  };
}

/** Chinese, Japanese and Korean script: one of its characters says about as much as a short Latin word. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** So for the thresholds it counts as this many characters: a 200-character Japanese story is an article. */
const CJK_CHAR_WEIGHT = 3;

/**
 * A site's error page ("Page Not Found", "404"): what Readability finds there is the site's menus and suggestions.
 * Only a short page: a long text under such a title is an article about the error.
 */
const ERROR_TITLE =
  /^(?:(?:error\s*)?404\b|page not found|not found\b|(?:sorry, )?(?:the|this) page (?:you requested |you were looking for )?(?:cannot|can't|could not|couldn't) be found|seite nicht gefunden|page (?:non trouvée|introuvable)|página no encontrada|pagina non trovata|página não encontrada|pagina niet gevonden)/iu;
const MAX_ERROR_PAGE_CHARS = 3000;

function verdict(article: Article): NoArticleReason | null {
  const text = article.textContent.replace(/\s+/g, ' ').trim();
  if (ERROR_TITLE.test(article.title.trim()) && text.length < MAX_ERROR_PAGE_CHARS) return 'error-page';
  const chars = text.length + (CJK_CHAR_WEIGHT - 1) * (text.match(CJK_CHAR)?.length ?? 0);
  if (chars < MIN_ARTICLE_CHARS) return 'too-little-text';
  if (chars < MIN_SINGLE_BLOCK_CHARS && countBlocks(article.content) < MIN_BLOCKS) return 'too-little-text';
  return null;
}

/** Paragraph-like blocks in the content HTML, counted on the string (no DOM needed for a rare check). */
function countBlocks(html: string): number {
  return html.match(/<(?:p|li|pre|blockquote|td)[\s>]/gi)?.length ?? 0;
}

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

/**
 * Readability's result made into Lede's article: the title, byline and date settled from it and the page's facts,
 * the cleaning rules run on its content, and the verdict (article or not). It needs only Readability's result,
 * not the page: the full reader runs it in the page (extract.ts); on a first open the popup runs it on the
 * result the page sends (raw-read.ts), so that the page does less while the person waits.
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
import { normalizeDate, normalizeDir } from './metadata';
import type { PageFacts } from './metadata';
import { readingStats } from './reading-time';
import { headlineAfterSiteName, leadingHeading, removeLeadingTitleHeading, titleFromHeadings } from './title-heading';
import { removeKicker } from './kicker';
import { removeAuthorPortraits } from './author-portrait';
import { removeMarkedBlocks } from './hidden-marks';
import { removeLinkTables, removeNavigation } from './navigation';
import { removeSkipLinks } from './skip-links';
import { stripChannelSuffix, stripHostSuffix, stripSiteSuffix } from './site-suffix';
import { undoBrokenTitleCut, undoIdentifierTitle } from './title-cut';
import { allAuthors, removeLeadingBylineLine, removeTrailingBylineLine, takeLeadingBylineLine } from './byline-line';
import { dateInByline, takeLeadingDateLine } from './date-line';
import { removeLeadingBreadcrumb } from './breadcrumb';
import { fitsUrlDate, urlDay } from './url-date';
import type { Parsed } from './readability-run';
import type { RawRead } from './raw-read';

export interface CleanOptions {
  /** The page's address: relative links, the date in it, the site's name in the title. */
  url: string;
  /** The copy Readability read had the blocks the page hides marked (hidden-blocks.ts): they go. */
  hiddenMarked?: boolean;
  /**
   * Runs on Readability's content element before it is serialized; Node sanitizes in place here instead of
   * re-parsing the HTML. Without it `content` is Readability's raw, untrusted HTML.
   */
  transformContent?: (root: Element) => void;
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

/** Readability's result cleaned into Lede's article: title, byline and date settled, the rules applied to the content. */
export function toArticle(parsed: Parsed, facts: PageFacts, options: CleanOptions): Article {
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
  if (options.hiddenMarked) removeMarkedBlocks(root);
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
export const publishedTimeOf = (parsed: Parsed, facts: PageFacts, url: string) =>
  fitting(normalizeDate(parsed.publishedTime), url) ?? fitting(normalizeDate(facts.publishedTime()), url);

export const fitting = (date: string | null, url: string) => (date !== null && fitsUrlDate(date, url) ? date : null);

const siteNameOf = (parsed: Parsed) => parsed.siteName?.trim() || null;

/** The article object from Readability's result, its content cleaned already. */
function articleOf(
  parsed: Parsed, facts: PageFacts, options: CleanOptions, title: string,
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

/** Lede's verdict on a candidate article from Readability: an article, or why it is none (keeping the candidate for "try anyway"). */
export function judge(candidate: Article | null): ExtractResult {
  const reason = candidate ? verdict(candidate) : 'nothing-found';
  return reason ? { kind: 'no-article', reason, candidate } : { kind: 'article', article: candidate as Article };
}

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

/**
 * The popup's half: the article, or why there is none, from what the page sent. `parseElement` parses the
 * content's HTML into an element of an inert document (the popup's DOMParser): the page's untrusted markup is
 * only read there, never rendered, until the sanitizer has had it.
 */
export function finishRawRead(raw: RawRead, parseElement: (html: string) => Element | null): ExtractResult {
  const { facts, parsed } = raw;
  if (!parsed) return judge(null);
  const content = parsed.content === null ? null : parseElement(parsed.content);
  const pageFacts: PageFacts = { ...facts, publishedTime: () => facts.publishedTime };
  return judge(toArticle({ ...parsed, content, length: 0 } as Parsed, pageFacts, { url: raw.url, hiddenMarked: raw.hiddenMarked }));
}

/** How the popup parses the content: an inert document, which runs no script and loads nothing. */
export function parseInInertDocument(html: string): Element | null {
  return new DOMParser().parseFromString(html, 'text/html').body.firstElementChild;
}

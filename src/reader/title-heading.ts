/**
 * Many sites repeat the headline as the first heading of the article body (often with different quote
 * characters, e.g. a straight apostrophe in the body and a curly one in og:title). The reader shows the
 * title itself, so such a heading would print it twice. The page's headings also tell where a page title that
 * ends with the site's name stops being the headline.
 */
import { TIGHT_BAR_CHARS, TITLE_SEPARATOR, hostNames, lettersOf } from './site-suffix';

/** Lowercase, NFKC, quotes and apostrophes unified, dashes unified, whitespace collapsed, edge punctuation off. */
export function normalizeTitle(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'.:!?-]+|[\s"'.:!?-]+$/g, '');
}

const HEADING = /^h[1-6]$/i;

/**
 * Chinese and Japanese sites end titles with their section and name after an underscore or a bar with no
 * spaces ("标题_科技_腾讯网"). Such a separator counts only beside a character outside ASCII, so Latin names like
 * "size_of_val" are never cut, and only where a heading equals the part before it.
 */
const TIGHT_SEPARATOR = new RegExp(`(?<=[^\\x00-\\x7f])[${TIGHT_BAR_CHARS}]|[${TIGHT_BAR_CHARS}](?=[^\\x00-\\x7f])`, 'g');

/**
 * Removes the article's leading heading when it repeats `title`. Only the very first text of the content
 * counts: a heading further down that happens to match is part of the article. `heading`: that leading
 * heading when the caller has found it already. Returns whether it removed one.
 */
export function removeLeadingTitleHeading(root: Element, title: string, heading = leadingHeading(root)): boolean {
  const wanted = normalizeTitle(title);
  if (!wanted || !heading) return false;
  const text = normalizeTitle(heading.textContent ?? '');
  if (text !== wanted && !isShortFormOf(text, wanted)) return false;
  heading.remove();
  return true;
}

/** Words for comparing headlines: letters and digits, any script ("$150K" → "150k", "Nyong'o's" → "nyong", "o", "s"). */
const headlineWords = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** A shorter headline has at least this many words, so a lone "Summary" or "The plan" never counts. */
const MIN_SHORT_FORM_WORDS = 3;

/**
 * Sites often give the page a longer title (og:title, `<title>`) than the headline on the page: "Lupita Nyong'o's
 * $150K Pearl Oscar Dress -- STOLEN!!!" over "$150K Pearl Oscar Dress ... STOLEN!!!!". A leading heading made
 * only of the title's words, at least three of them, is that headline again.
 */
function isShortFormOf(heading: string, title: string): boolean {
  const words = headlineWords(heading);
  if (words.length < MIN_SHORT_FORM_WORDS) return false;
  const titleWords = new Set(headlineWords(title));
  return words.every((word) => titleWords.has(word));
}

/**
 * A page title often ends with the site's name after a separator ("Common Programming Concepts - The Rust
 * Programming Language"). Readability keeps the whole title when the part before the separator is four words
 * or fewer, and site-suffix.ts strips the rest only when the page names its site. When one of the page's own
 * top-level headings (`<h1>`) is exactly the part before a separator, the page has said where its headline
 * ends: that part is the title. So does the heading the article starts with (sections of documentation books
 * start with an `<h2>`). Only the part before: a banner heading that repeats the site's name (as documentation
 * books have) must not become the title.
 */
export function titleFromHeadings(title: string, headings: readonly string[]): string {
  const wanted = new Set(headings.map(normalizeTitle).filter(Boolean));
  if (wanted.size === 0 || wanted.has(normalizeTitle(title))) return title;
  // A title that opens with its separator ("| What's Cooking"): the page left its headline out of it. When the
  // page has one heading for it, that heading is the headline.
  if (OPENS_WITH_SEPARATOR.test(title) && wanted.size === 1) {
    return headings.map((heading) => heading.replace(/\s+/g, ' ').trim()).find(Boolean) ?? title;
  }
  for (const separator of [...title.matchAll(TITLE_SEPARATOR), ...title.matchAll(TIGHT_SEPARATOR)]) {
    const head = title.slice(0, separator.index).trim();
    if (wanted.has(normalizeTitle(head))) return head;
  }
  for (const colon of title.matchAll(COLON)) {
    const head = title.slice(0, colon.index).trim();
    if (headlineWords(head).length >= MIN_COLON_HEAD_WORDS && wanted.has(normalizeTitle(head))) return head;
  }
  return title;
}

/**
 * A blog's name first, written out longer than its address ("Gregory Szorc's Digital Home | Mercurial's Journey to
 * and Reflections on Python 3" on gregoryszorc.com): when the first part opens with the address's name and the rest
 * is one of the page's `headings`, the rest is the headline. Without such a heading the title stays: a first part
 * that opens with the site's name may be the headline's own subject.
 */
export function headlineAfterSiteName(title: string, url: string, headings: readonly string[]): string {
  const [first] = title.matchAll(TITLE_SEPARATOR);
  if (!first || /[:/\\]/.test(first[0])) return title;
  const head = lettersOf(title.slice(0, first.index));
  const rest = title.slice((first.index ?? 0) + first[0].length).trim();
  const opensWithSite = [...hostNames(url)].some((name) => name.length >= MIN_SITE_PREFIX_CHARS && head.startsWith(name));
  return opensWithSite && headings.some((heading) => normalizeTitle(heading) === normalizeTitle(rest)) ? rest : title;
}

/** A short registered name ("bbc", "npr") opens too many words to say that a part names the site. */
const MIN_SITE_PREFIX_CHARS = 5;

/** "| What's Cooking", "- Site": a title whose first part is empty. */
const OPENS_WITH_SEPARATOR = /^\s*(?:[|\-–—·•:»/\\]|::)/u;

/**
 * A colon set as in a sentence ("How To Pack for Your Weekend Trip: The GQ Eye: GQ"): a separator only where a
 * heading equals the part before it, since headlines have colons of their own.
 */
const COLON = /(?<=\S):\s+/g;
/** And only after a headline's worth of words: "Rust: A language empowering everyone" is one title, "Rust" a heading. */
const MIN_COLON_HEAD_WORDS = 4;

/** The heading that holds the first text of `root`, if the article starts with one. */
export function leadingHeading(root: Element): Element | null {
  let heading = firstTextElement(root);
  while (heading && heading !== root && !HEADING.test(heading.tagName)) heading = heading.parentElement;
  return heading && heading !== root ? heading : null;
}

/** The element holding the first non-blank text node under `root`, in document order. */
function firstTextElement(root: Element): Element | null {
  for (let node = root.firstChild; node; ) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) return node.parentElement;
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling && node !== root) node = node.parentNode as ChildNode | null;
    if (!node || node === root) return null;
    node = node.nextSibling;
  }
  return null;
}

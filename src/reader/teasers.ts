/**
 * Teasers for the site's other stories, kept by Readability beside the story: under a short post, a row of "next
 * story" cards, each a linked headline, maybe a picture, the first lines of that story, and "READ THE REST". On the
 * site they are a strip of cards; in the reader they read as more of the article, and their sentences could become
 * key points. A teaser is recognized by its shape: a "read more" link to another page, and before it, among its
 * siblings, a headline that links to the same page, with only that page's links and a few lines of text between.
 * A "read more" link to the page itself (a "show the whole story" button) is left alone, and so is a "read more"
 * without a headline of its own, which may be the story's one excerpt on a page that shows nothing else.
 */

import { contentParts, matchingSelfAndDescendants, textOf } from './content-parts';

/** "Read more" and its kin in the languages of the other cleaning rules, with the arrows sites put after them. */
const READ_MORE = new RegExp(
  String.raw`^(?:read (?:more|on|the rest|the full (?:story|article|post))|continue reading|keep reading|full (?:story|article)`
    + String.raw`|weiterlesen|mehr lesen|(?:lire|voir) la suite|leer m[áa]s|seguir leyendo|leggi (?:tutto|di più)|continua a leggere`
    + String.raw`|ler mais|continuar lendo|lees (?:meer|verder)|verder lezen|czytaj (?:dalej|więcej)|читать далее)`
    + String.raw`\s*(?:[.…»›→>]+|\[?…\]?)?$`,
  'iu',
);
/** How far before its "read more" a teaser's headline may be: headline, picture, text, "read more". */
const MAX_BLOCKS_BEFORE = 4;
/** A teaser's text between its headline and its "read more" is a few lines; longer is a story of its own. */
const MAX_EXCERPT_CHARS = 700;
/** What must be left of the article once its teasers go; with less, the page is a list of teasers, left as it is. */
const MIN_LEFT_CHARS = 250;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Removes the teasers in `root`, whose page is `pageUrl`; returns how many it removed. `links` are the links of
 * `root` (from content-parts.ts).
 */
export function removeTeasers(root: Element, pageUrl: string, links: readonly Element[] = contentParts(root).links): number {
  const page = pageOf(pageUrl, pageUrl);
  const teasers: Element[][] = [];
  for (const link of links) {
    if (!root.contains(link) || !READ_MORE.test(textOf(link))) continue;
    const target = pageOf(link.getAttribute('href'), pageUrl);
    if (!target || target === page) continue;
    const teaser = teaserEndingWith(link, target, root);
    if (teaser && !teasers.some((found) => found.includes(teaser[0]!))) teasers.push(teaser);
  }
  if (teasers.length === 0) return 0;
  const removedChars = teasers.flat().reduce((sum, el) => sum + textOf(el).length, 0);
  if (textOf(root).length - removedChars < MIN_LEFT_CHARS) return 0;
  for (const teaser of teasers) {
    const box = teaser[0]!.parentElement;
    for (const el of teaser) el.remove();
    // A card's box left with nothing to show goes too.
    if (box && box !== root && !textOf(box) && !box.querySelector('img, picture, video, iframe')) box.remove();
  }
  return teasers.length;
}

/** The blocks of the teaser whose "read more" is `link`, headline first; null when `link` ends no teaser. */
function teaserEndingWith(link: Element, target: string, root: Element): Element[] | null {
  const end = blockOf(link, root);
  const blocks = [end];
  let sibling = end.previousElementSibling;
  for (let seen = 0; sibling && seen < MAX_BLOCKS_BEFORE; seen++, sibling = sibling.previousElementSibling) {
    blocks.unshift(sibling);
    if (isHeadlineOf(sibling, target)) {
      const between = blocks.slice(1, -1);
      const excerpt = between.reduce((sum, el) => sum + textOf(el).length, 0);
      return excerpt <= MAX_EXCERPT_CHARS && between.every((el) => linksOnlyTo(el, target)) ? blocks : null;
    }
    if (!linksOnlyTo(sibling, target)) return null;
  }
  return null;
}

/** The outermost element around `link` that holds nothing but it, or the paragraph it ends ("…the first lines. Read more"). */
function blockOf(link: Element, root: Element): Element {
  let block = link;
  const text = textOf(link);
  while (block.parentElement && block.parentElement !== root && textOf(block.parentElement) === text) block = block.parentElement;
  if (block !== link) return block;
  const paragraph = link.parentElement;
  return paragraph && paragraph !== root && paragraph.localName === 'p' ? paragraph : link;
}

/** A heading, or a block holding only a link, whose link goes to `target`. */
function isHeadlineOf(el: Element, target: string): boolean {
  const text = textOf(el);
  if (!text) return false;
  const linkText = matchingSelfAndDescendants(el, 'a[href]')
    .filter((a) => pageOf(a.getAttribute('href'), target) === target)
    .map(textOf).join(' ').trim();
  // The link is (nearly) all of the block's text, and the block is a heading, holds one, or is the link alone.
  const headline = HEADINGS.has(el.localName) || el.querySelector('h1, h2, h3, h4, h5, h6') !== null || linkText === text;
  return linkText.length > 0 && headline && linkText.length >= text.length * 0.9;
}

/** Whether every link in `el` (and `el`, if a link) goes to `target`. */
function linksOnlyTo(el: Element, target: string): boolean {
  return matchingSelfAndDescendants(el, 'a').every((a) => pageOf(a.getAttribute('href'), target) === target);
}

/** `href` as a page: its address without query and fragment (a teaser's links differ by tracking parameters). */
function pageOf(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return `${url.origin}${url.pathname.replace(/\/$/, '')}`;
  } catch {
    return null;
  }
}

/**
 * Navigation landmarks that Readability leaves in the article (`<nav>`, `role="navigation"`): a documentation
 * book's table of contents, a site's section links, the links to the previous and next posts. They are the
 * page's ways around the site, not the article, and in the reader their links would only open the site in a
 * new tab.
 */

import { contentParts, textOf } from './content-parts';

/** Readability's content; `navs` from `contentParts(root)`. Returns how many it removed. */
export function removeNavigation(root: Element, navs: readonly Element[] = contentParts(root).navs): number {
  let removed = 0;
  for (const nav of navs) {
    if (!root.contains(nav)) continue;
    nav.remove();
    removed++;
  }
  return removed;
}

/**
 * A wiki's navigation box set as a table (Wikipedia's "Machine learning and data mining" sidebar beside an article:
 * ninety links to the topic's other articles) is nothing but links to other pages, many of them; a table of the
 * article's own data has text of its own in its cells. Such a table goes. Returns how many it removed.
 */
export function removeLinkTables(root: Element): number {
  let removed = 0;
  for (const table of Array.from(root.getElementsByTagName('table'))) {
    if (!root.contains(table) || table.parentElement?.closest('table')) continue;
    const links = table.getElementsByTagName('a');
    if (links.length < MIN_NAV_TABLE_LINKS) continue;
    const letters = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '').length;
    // Links within the page (a manual's index, "#index-aes") are the reader's own ways around the article.
    let linkLetters = 0;
    for (const link of Array.from(links)) if (!(link.getAttribute('href') ?? '').startsWith('#')) linkLetters += letters(textOf(link));
    if (linkLetters < MIN_NAV_TABLE_LINK_SHARE * letters(textOf(table))) continue;
    table.remove();
    removed++;
  }
  return removed;
}

/** A navigation box has many links ... */
const MIN_NAV_TABLE_LINKS = 20;
/** ... and hardly any text outside them (its group labels). */
const MIN_NAV_TABLE_LINK_SHARE = 0.9;

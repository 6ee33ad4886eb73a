/**
 * Navigation landmarks that Readability leaves in the article (`<nav>`, `role="navigation"`): a documentation
 * book's table of contents, a site's section links, the links to the previous and next posts. They are the
 * page's ways around the site, not the article, and in the reader their links would only open the site in a
 * new tab.
 */

import { contentParts } from './content-parts';

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

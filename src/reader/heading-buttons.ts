/**
 * Headings on wikis and documentation sites carry buttons of their own: MediaWiki's "[edit]" beside every
 * section title, Sphinx's "¶" and many blogs' "#" permalink. On the site they are small, grey or shown on
 * hover; in the reader they read as part of the title ("History[edit]"). They go; the heading's words stay.
 */

import { contentParts, textOf } from './content-parts';

/** The whole text of such a button, in the languages of the wikis most read. */
const HEADING_BUTTON = /^(?:\[\s*(?:edit|edit source|edit \| edit source|bearbeiten|quelltext bearbeiten|modifier|modifier le code|editar|editar código fuente|modifica|modifica wikitesto)\s*\]|¶|#|§|🔗)$/i;

/** Removes the buttons in the headings of `root` (Readability's content); returns how many. */
export function removeHeadingButtons(root: Element, headings: readonly Element[] = contentParts(root).headings): number {
  let removed = 0;
  for (const heading of headings) {
    if (!root.contains(heading)) continue;
    const headingText = textOf(heading);
    // Outer elements come first: "[edit]" goes whole, brackets included, before its inner link is looked at.
    for (const el of Array.from(heading.querySelectorAll('a, span'))) {
      if (!heading.contains(el)) continue;
      const text = textOf(el);
      // A heading that is nothing but the sign is words, not a button; and a button is a link or holds one.
      if (!HEADING_BUTTON.test(text) || text === headingText) continue;
      if (el.localName !== 'a' && !el.querySelector('a')) continue;
      el.remove();
      removed++;
    }
  }
  return removed;
}

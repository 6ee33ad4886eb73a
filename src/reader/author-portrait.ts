/**
 * Above the story, bylines come with the author's portrait: a small photo linked to the author's page
 * ("/author/elena-holodny"). Readability keeps the photo when it keeps the byline's block, and Lede shows the
 * byline as text in its own header, so the portrait would open the article as a stray thumbnail. Only a picture
 * before the story's first words counts, and only one linked to an author's page: the story's own lead image links
 * to itself, to a bigger copy, or nowhere.
 */

/** Paths of author pages: "/author/jane-doe", "/contributors/jane-doe.html", "/people/jane", "/staff/jd". */
const AUTHOR_PAGE = /\/(?:authors?|contributors?|people|staff|writers?|columnists?|profiles?|journalists?)\/[^/?#]+/iu;

/**
 * Removes the author portraits above the story's first words; returns how many it removed. `links`: the content's
 * links in document order (content-parts.ts).
 */
export function removeAuthorPortraits(root: Element, links: readonly Element[]): number {
  const firstText = firstWords(root);
  let removed = 0;
  for (const link of links) {
    if (!root.contains(link)) continue;
    // Links come in document order: once one stands after the first words, so do the rest.
    if (firstText && !(link.compareDocumentPosition(firstText) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */)) break;
    if (!AUTHOR_PAGE.test(link.getAttribute('href') ?? '') || (link.textContent ?? '').trim() || !link.querySelector('img')) continue;
    const holder = link.parentElement;
    link.remove();
    if (holder && holder !== root && !(holder.textContent ?? '').trim() && !holder.querySelector('img, picture, video, figure')) holder.remove();
    removed++;
  }
  return removed;
}

/** The first text node of `root` with words in it. */
function firstWords(root: Element): Node | null {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (/[\p{L}\p{N}]/u.test((node as Text).data)) return node;
  return null;
}

/**
 * Many sites repeat the headline as the first heading of the article body (often with different quote
 * characters, e.g. a straight apostrophe in the body and a curly one in og:title). The reader shows the
 * title itself, so such a heading would print it twice.
 */

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
 * Removes the article's leading heading when it repeats `title`. Only the very first text of the content
 * counts: a heading further down that happens to match is part of the article. Returns whether it removed one.
 */
export function removeLeadingTitleHeading(root: Element, title: string): boolean {
  const wanted = normalizeTitle(title);
  if (!wanted) return false;
  const first = firstTextElement(root);
  if (!first) return false;
  let heading: Element | null = first;
  while (heading && heading !== root && !HEADING.test(heading.tagName)) heading = heading.parentElement;
  if (!heading || heading === root) return false;
  if (normalizeTitle(heading.textContent ?? '') !== wanted) return false;
  heading.remove();
  return true;
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

import { contentParts } from './content-parts';

/**
 * Some sites set their standfirst, or the story's first sentence, in a heading ("<h2>The U.S. has long been heralded
 * as a land of opportunity -- a place where anyone can succeed …</h2>"), and some a photo's caption. In the
 * reader that is a line of prose shown as a huge section title, and the key points never look at headings. A
 * heading that reads as a whole sentence, long and ending as sentences end, is made a paragraph.
 */

/** Longer than section titles, which rarely pass 80 characters. */
const MIN_PROSE_CHARS = 100;
/** Ends as a sentence does: a full stop or an exclamation mark (any script), then maybe closing quotes. */
const SENTENCE_END = /[.!。！…]["'”’»)]*$/u;
/** What a paragraph keeps of the heading: anchors and language. */
const KEPT_ATTRIBUTES = ['id', 'lang', 'dir'];

/** Turns the headings of `root` that are prose into paragraphs. Returns how many it changed. */
export function proseHeadingsAsParagraphs(root: Element, headings: readonly Element[] = contentParts(root).headings): number {
  let changed = 0;
  for (const heading of headings) {
    if (!root.contains(heading)) continue;
    const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < MIN_PROSE_CHARS || !SENTENCE_END.test(text)) continue;
    const paragraph = heading.ownerDocument.createElement('p');
    for (const name of KEPT_ATTRIBUTES) {
      const value = heading.getAttribute(name);
      if (value !== null) paragraph.setAttribute(name, value);
    }
    while (heading.firstChild) paragraph.appendChild(heading.firstChild);
    heading.replaceWith(paragraph);
    changed++;
  }
  return changed;
}

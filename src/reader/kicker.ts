/**
 * Over the headline, news pages set the section's name or the story's label: a kicker ("Sister Act", "Opinion",
 * "World News"). Readability keeps the article's `<header>` and takes the headline out of it (the reader shows
 * the title itself), which leaves the kicker as the article's first heading, looking like a section of the story.
 * A kicker is a short heading at the very top of the content, inside a `<header>` that holds nothing else but
 * the headline and the date.
 */
import { leadingHeading, normalizeTitle } from './title-heading';
import { isDateLine } from './date-line';

/** A kicker is a label, not a sentence: a few words. */
const MAX_KICKER_WORDS = 4;

/**
 * Removes the kicker at the top of `root` (and the header it leaves empty); returns whether it found one. `title`:
 * the page's title, `lang`: its language (for the date beside the kicker).
 */
export function removeKicker(root: Element, title: string, lang?: string): boolean {
  const kicker = leadingHeading(root);
  const header = kicker?.closest('header');
  // An <h1> is the headline itself, however short.
  if (!kicker || kicker.localName === 'h1' || !header || header === root || !root.contains(header)) return false;
  const label = (kicker.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!label || label.split(' ').length > MAX_KICKER_WORDS || /[.!?…:]$/u.test(label)) return false;
  // Words of the title: the headline, in a shorter form than the page's title.
  const titleWords = new Set(normalizeTitle(title).split(/[^\p{L}\p{N}]+/u));
  if (normalizeTitle(label).split(/[^\p{L}\p{N}]+/u).every((word) => titleWords.has(word))) return false;
  // Besides the kicker, the header holds the headline (a heading), the date or nothing: no dek, no byline, no story.
  for (const child of Array.prototype.slice.call(header.children) as Element[]) {
    const text = child.textContent ?? '';
    if (child.contains(kicker) ? text.replace(/\s+/g, ' ').trim() === label : /^h[1-6]$/i.test(child.tagName)) continue;
    if (text.trim() && !isDateLine(text, lang)) return false;
  }
  kicker.remove();
  if (!(header.textContent ?? '').trim() && !header.querySelector('img, picture, video, figure')) header.remove();
  return true;
}

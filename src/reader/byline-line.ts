/**
 * Pages print their byline and date as a line above the text ("By Maren Ostby · October 2, 2026"). When the
 * byline came from the page's metadata, Readability leaves that line in the content, and the reader's own
 * header already shows both, so the reader would print them twice.
 */
import { normalizeTitle } from './title-heading';

/** A byline line is short: a name, a date, maybe a role or a place. */
const MAX_LINE_CHARS = 140;
/** Only the first blocks of the content: further down, a name in a short paragraph is part of the story. */
const LEADING_BLOCKS = 3;
const BLOCKS = 'p, div, address, li';

/**
 * Removes a short leading block that consists of the byline (plus connectives, dates and separators).
 * Returns whether it removed one.
 */
export function removeLeadingBylineLine(root: Element, byline: string | null): boolean {
  const name = byline ? normalizeTitle(byline.replace(/^by\s+/i, '')) : '';
  if (name.length < 3) return false;
  const candidates = Array.from(root.querySelectorAll(BLOCKS))
    .filter((el) => (el.textContent ?? '').trim() && !el.querySelector(BLOCKS))
    .slice(0, LEADING_BLOCKS);
  for (const el of candidates) {
    const text = normalizeTitle(el.textContent ?? '');
    if (text.length > MAX_LINE_CHARS || !text.includes(name)) continue;
    // What is left beside the name must read as byline furniture, not as a sentence about that person.
    const rest = text.replace(name, ' ').replace(/\b(by|and|with|in|on|updated|published)\b/g, ' ');
    const words = rest.split(/[^\p{L}]+/u).filter((word) => word.length > 2 && !/^\p{N}/u.test(word));
    if (words.length > 4) continue;
    el.remove();
    return true;
  }
  return false;
}

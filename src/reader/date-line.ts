/**
 * A line above the story that is only its date ("April 15, 2019 6:18am", "Posted on 28 December 2016"). The
 * reader's header shows the article's date, so the line would show it twice; and when the page's metadata gave no
 * date, the line is the only one there is. So the line's date becomes the article's when it has none, and the line
 * goes when its date is the header's. A line with another date than the metadata's (a time zone apart, or an
 * update) stays, and so does a line with anything else in it.
 */
import { leadingBlocks } from './edge-blocks';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(${MONTHS.join('|')})[a-z]*\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
/** "Published on", "Posted:" — a date line's own words; "Updated" is not the publication date, so it is left. */
const LEAD = String.raw`(?:(?:published|posted)(?:\s+on)?:?\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;
/** "6:18am", "at 3:46 PM EST", "10:42". */
const TIME = String.raw`(?:,?\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?`;
const DATE_LINE = new RegExp(
  String.raw`^${LEAD}(?:${MONTH}\s+${DAY},?\s+(\d{4})|${DAY}\s+${MONTH},?\s+(\d{4}))${TIME}$`,
  'iu',
);
/** A date line is short. */
const MAX_LINE_CHARS = 60;

/** The date a line that is only a date gives, as YYYY-MM-DD, or null. */
export function dateOfLine(text: string): string | null {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length > MAX_LINE_CHARS) return null;
  const m = DATE_LINE.exec(line);
  if (!m) return null;
  const [month, day, year] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
  const monthIndex = MONTHS.indexOf((month ?? '').toLowerCase());
  const dayNumber = Number(day);
  if (monthIndex < 0 || dayNumber < 1 || dayNumber > 31) return null;
  return `${year}-${String(monthIndex + 1).padStart(2, '0')}-${String(dayNumber).padStart(2, '0')}`;
}

/**
 * Looks for a date line among the first blocks of `root`. Returns the article's date: `known` when it had one
 * (the line removed if it says the same day), else the line's (the line removed).
 */
export function takeLeadingDateLine(root: Element, known: string | null): string | null {
  for (const block of leadingBlocks(root)) {
    const date = dateOfLine(block.textContent ?? '');
    if (!date) continue;
    if (known && !known.startsWith(date)) return known;
    removeWithEmptyList(block);
    return known ?? date;
  }
  return known;
}

/** Removes `block`, and the list it leaves with no item. */
function removeWithEmptyList(block: Element): void {
  const list = block.localName === 'li' ? block.parentElement : null;
  block.remove();
  if (list && (list.localName === 'ul' || list.localName === 'ol') && !list.querySelector('li')) list.remove();
}

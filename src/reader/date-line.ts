/**
 * A line above the story that is only its date ("April 15, 2019 6:18am", "Posted on 28 December 2016", "29. Mai
 * 2013" on a German page, "12.16.14"). The reader's header shows the article's date, so the line would show it
 * twice; and when the page's metadata gave no date, the line is the only one there is. So the line's date becomes
 * the article's when it has none, and the line goes when its date is the header's. A line with another date than
 * the metadata's (a time zone apart, or an update) stays, and so does a line with anything else in it.
 */
import { leadingBlocks, removeWithEmptyList } from './edge-blocks';

const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EN_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WORD = String.raw`(\p{L}+)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|\.)?`;
/** "Published on", "Posted:", "On" — a date line's own words; "Updated" is not the publication date, so it is left. */
const LEAD_WORDS = String.raw`(?:(?:published|posted)(?:\s+on)?:?\s+|on\s+)?`;
/** Those words, then maybe a weekday (checked against the language's weekdays once matched). */
const LEAD = String.raw`${LEAD_WORDS}(?:${WORD},?\s+)?`;
/** "6:18am", "at 3:46 PM EST", "10:42", "12:34 Uhr". */
const TIME = String.raw`(?:,?\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+\p{L}{2,4})?)?`;
/** "May 23, 2014", "23 May 2014", "29. Mai 2013", "29 de mayo de 2013"; the day and a month may be run together ("29Mai"). */
const DATE_LINE = new RegExp(
  String.raw`^${LEAD}(?:${WORD}\s+${DAY},?\s+(\d{4})|${DAY}\s*(?:de\s+)?${WORD},?\s+(?:de\s+)?(\d{4}))${TIME}$`,
  'iu',
);
/** "12.16.14", "25/12/2014", "2014-12-16", with a time before or after ("11:57 AM 12/25/2014"). */
const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+\p{L}{2,4})?`;
const NUMERIC_DATE_LINE = new RegExp(
  String.raw`^${LEAD_WORDS}(?:${CLOCK},?\s+)?(?:(\d{4})([-/.])(\d{1,2})\2(\d{1,2})|(\d{1,2})([-/.])(\d{1,2})\6(\d{4}|\d{2}))(?:,?\s+(?:at\s+)?${CLOCK})?$`,
  'iu',
);
/** "Today, 17:40", "Yesterday at 9:15 PM", "Šodien, 17:40": a day named by its distance, with the time. */
const RECENT_DAY_LINE = new RegExp(String.raw`^(\p{L}[\p{L}’']*),?\s+(?:at\s+|um\s+|à\s+|a las\s+)?${CLOCK}$`, 'iu');
/** A date line is short. */
const MAX_LINE_CHARS = 60;

/** The names of the months and weekdays a page in a language writes its dates with. */
interface DateWords {
  months: string[][];
  weekdays: Set<string>;
  /** "today", "yesterday" and the page language's words for them ("šodien", "heute", "hier"). */
  recentDays: Set<string>;
}

const wordsByLanguage = new Map<string, DateWords>();

/**
 * English, and the page's own language as the browser (or Node) writes dates in it: month names as they stand in
 * a date ("29. Mai", "29 мая") and alone, long and short. Made once per language, only for a page not in English.
 */
function dateWords(lang: string): DateWords {
  const base = lang.toLowerCase().split(/[-_]/)[0] || 'en';
  let words = wordsByLanguage.get(base);
  if (words) return words;
  const months = EN_MONTHS.map((name) => [name]);
  const weekdays = new Set(EN_WEEKDAYS);
  const recentDays = new Set(['today', 'yesterday']);
  if (base !== 'en') {
    try {
      const relative = new Intl.RelativeTimeFormat(base, { numeric: 'auto' });
      for (const days of [0, -1]) recentDays.add(normalWord(relative.format(days, 'day')));
      for (const style of ['long', 'short'] as const) {
        const inDate = new Intl.DateTimeFormat(base, { day: 'numeric', month: style, timeZone: 'UTC' });
        const alone = new Intl.DateTimeFormat(base, { month: style, timeZone: 'UTC' });
        const weekday = new Intl.DateTimeFormat(base, { weekday: style, timeZone: 'UTC' });
        for (let m = 0; m < 12; m++) {
          const date = Date.UTC(2001, m, 15);
          const inDateName = inDate.formatToParts(date).find((part) => part.type === 'month')?.value;
          for (const name of [inDateName, alone.format(date)]) if (name && !/\d/.test(name)) months[m]!.push(normalWord(name));
        }
        // 2001-01-01 was a Monday.
        for (let d = 0; d < 7; d++) weekdays.add(normalWord(weekday.format(Date.UTC(2001, 0, 1 + d))));
      }
    } catch {
      // A language tag the runtime does not know: English only.
    }
  }
  words = { months, weekdays, recentDays };
  wordsByLanguage.set(base, words);
  return words;
}

const normalWord = (word: string) => word.normalize('NFC').toLowerCase().replace(/\.$/, '');

/** The month a word names (0–11): a month's name, or its first letters (at least three: "Sept", "Okt"), or -1. */
function monthOf(word: string, words: DateWords): number {
  const w = normalWord(word);
  let found = -1;
  for (let m = 0; m < 12; m++) {
    if (!words.months[m]!.some((name) => name === w || (w.length >= 3 && name.startsWith(w)))) continue;
    if (found >= 0) return -1; // "jui": juin or juillet
    found = m;
  }
  return found;
}

/** The date a line that is only a date gives, as YYYY-MM-DD, or null (also when its figures could be two dates). */
export function dateOfLine(text: string, lang = 'en'): string | null {
  const dates = datesOfLine(text, lang);
  return dates.length === 1 ? dates[0]! : null;
}

/** Whether a line is only a date (one that may read two ways, too). */
export const isDateLine = (text: string, lang = 'en') => datesOfLine(text, lang).length > 0;

/**
 * The dates a line that is only a date may mean, as YYYY-MM-DD: one for a written date ("May 23, 2014") or a
 * year-first one ("2014-12-16"), two for figures that read either way ("12.06.14": June 12 or December 6).
 */
function datesOfLine(text: string, lang: string): string[] {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length > MAX_LINE_CHARS) return [];
  const figures = NUMERIC_DATE_LINE.exec(line);
  if (figures) return figureDates(figures);
  const m = DATE_LINE.exec(line);
  if (!m) return [];
  const words = dateWords(lang);
  const [weekday, month, day, year] = m[2] ? [m[1], m[2], m[3], m[4]] : [m[1], m[6], m[5], m[7]];
  if (weekday && !words.weekdays.has(normalWord(weekday))) return [];
  const date = isoDate(Number(year), monthOf(month ?? '', words) + 1, Number(day));
  return date ? [date] : [];
}

function figureDates(m: RegExpExecArray): string[] {
  if (m[1]) {
    const date = isoDate(Number(m[1]), Number(m[3]), Number(m[4]));
    return date ? [date] : [];
  }
  const [a, b, y] = [Number(m[5]), Number(m[7]), m[8]!];
  const year = y.length === 2 ? 2000 + Number(y) : Number(y);
  const dates = [isoDate(year, a, b), isoDate(year, b, a)].filter((date): date is string => date !== null);
  return [...new Set(dates)];
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Looks for a date line among the first blocks of `root`. Returns the article's date: `known` when it had one
 * (the line removed if it says the same day), else the line's (the line removed). A date set as a badge, its day
 * in one block and its month and year in the next ("29" over "Mai 2013"), is read from the blocks' holder. A
 * date in figures that reads two ways ("12.06.14") goes when one of its readings is the metadata's day.
 */
export function takeLeadingDateLine(root: Element, known: string | null, lang = 'en'): string | null {
  for (const block of leadingBlocks(root)) {
    // "Today, 17:40" says no date of its own, and the header shows the article's: the line goes.
    if (isRecentDayLine(block.textContent ?? '', lang)) {
      removeWithEmptyList(block);
      return known;
    }
    for (const line of [block, block.parentElement]) {
      if (!line || line === root || !root.contains(line)) continue;
      const dates = datesOfLine(line.textContent ?? '', lang);
      if (dates.length === 0) continue;
      // Another day than the metadata's, or figures that could be either of two days when there is none: kept.
      if (known ? !dates.some((date) => known.startsWith(date)) : dates.length > 1) return known;
      removeWithEmptyList(line);
      return known ?? dates[0]!;
    }
  }
  return known;
}

/** Whether a line is only "today" or "yesterday" (in English or the page's language) and a time. */
export function isRecentDayLine(text: string, lang = 'en'): boolean {
  const line = text.replace(/\s+/g, ' ').trim();
  const m = line.length <= MAX_LINE_CHARS ? RECENT_DAY_LINE.exec(line) : null;
  return m !== null && dateWords(lang).recentDays.has(normalWord(m[1] ?? ''));
}

/**
 * The date a byline carries after its name ("Diana Yen | December 22, 2014"), as YYYY-MM-DD, or null: for a page
 * whose metadata gives none. Only a part of its own, between separators, and only a whole date.
 */
export function dateInByline(byline: string | null, lang?: string): string | null {
  for (const part of (byline ?? '').split(/\s+[|·•–—]\s+|\s*\|\s*/u)) {
    const date = dateOfLine(part, lang);
    if (date) return date;
  }
  return null;
}

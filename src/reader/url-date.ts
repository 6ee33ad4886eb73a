/**
 * Many sites put the day they published a story in its address ("/2014/05/how-to-pack…", "/2019/08/02/json…").
 * The address is given once, when the story goes out, so a publication date in the metadata from before that month
 * is wrong (GQ's blog posts of 2014 say `article:published_time` 2009-09-02, the blog's start). So is one more than
 * a month after it: that is an update's date, not the publication's.
 */

/** How far the metadata's date may follow the address's month or day: drafts are named before they go out. */
const MAX_DAYS_AFTER = 31;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface UrlDate {
  year: number;
  /** 1–12. */
  month: number;
  /** The day, when the address gives one. */
  day: number | null;
}

/** "/2014/05/…", "/2019/08/02/…" or "/2019-08-02/…" in the address's path; null when it has none. */
export function dateInUrl(url: string): UrlDate | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d\d)([/-])(\d\d?)(?:\2(\d\d?))?(?=\/|$)/.exec(path);
  if (!m) return null;
  const year = Number(m[1]), month = Number(m[3]), day = m[4] ? Number(m[4]) : null;
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  return { year, month, day };
}

/**
 * Whether an ISO date (as the metadata gives it) can be the publication date of a story at `url`: true when the
 * address has no date or the date is unreadable. A day of slack each way covers time zones.
 */
export function fitsUrlDate(iso: string, url: string): boolean {
  const urlDate = dateInUrl(url);
  const time = Date.parse(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (!urlDate || Number.isNaN(time)) return true;
  const { year, month, day } = urlDate;
  const first = Date.UTC(year, month - 1, day ?? 1);
  const last = day === null ? Date.UTC(year, month, 0) : first;
  return time >= first - DAY_MS && time < last + (1 + MAX_DAYS_AFTER) * DAY_MS;
}

/** The address's date as YYYY-MM-DD when it gives a day, for a page whose metadata has no date that fits. */
export function urlDay(url: string): string | null {
  const urlDate = dateInUrl(url);
  if (!urlDate?.day) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${urlDate.year}-${pad(urlDate.month)}-${pad(urlDate.day)}`;
}

/**
 * Page titles often end with the site's name ("Port Alder opens a ferry line – The Coastal Ledger").
 * Readability 0.6 strips such a suffix after "|", "-", "/", "\", ">" or "»" but not after an en or em dash
 * or a middle dot, which many sites use. Lede strips the site name after any of these separators, but
 * only when what follows is the site's own name, so a title that merely contains a dash keeps it.
 */
/**
 * What sits between a title and the site's name: " | ", " - ", " – ", " · ", " » ", and blogs' " @ " and " :: "
 * (spaces around).
 */
export const TITLE_SEPARATOR = /\s+(?:[|\-–—·•:»/\\@]|::)\s+/g;

/** Letters and digits only, lowercase, a leading "The" kept (host names keep it: theguardian.com). */
export const lettersOf = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** The same without a leading "The": "The Coastal Ledger" and "coastalledger" name one site. */
const comparable = (text: string) => lettersOf(text.normalize('NFKC').toLowerCase().replace(/^the\s+/, ''));

export function stripSiteSuffix(title: string, siteName: string | null): string {
  const site = siteName ? comparable(siteName) : '';
  return site ? stripSuffixWhere(title, (part) => comparable(part) === site) : title;
}

/**
 * The same for a page that names no site: a final part that is the address's own name ("…: Gothamist" on
 * gothamist.com, "… - The Guardian" on theguardian.com, "… | example.org"). After a colon only when the colon ends
 * a word ("Anymore: Gothamist"), as headlines use colons too ("Brexit: what next") but never before the site's name.
 */
export function stripHostSuffix(title: string, url: string): string {
  const names = hostNames(url);
  if (names.size === 0) return title;
  const isHost = (part: string) => names.has(lettersOf(part));
  const stripped = stripSuffixWhere(title, isHost);
  if (stripped !== title) return stripped;
  const colon = /^(.*\S):\s+([^:]+)$/su.exec(title);
  return colon && isHost(colon[2]!) && comparable(colon[1]!) ? colon[1]!.trim() : title;
}

/**
 * `title` without its final part (after a separator) when `isSiteName` says that part is the site's name, or else
 * without its first part when that is the site's name and a headline of two words or more follows.
 */
function stripSuffixWhere(title: string, isSiteName: (part: string) => boolean): string {
  const separators = [...title.matchAll(TITLE_SEPARATOR)];
  // Try the last separator first: the site's name is the final part, or the first of the final parts when a
  // network or platform follows it ("Post @ Blog name :: Platform ::").
  for (const match of [...separators].reverse()) {
    const head = title.slice(0, match.index).trim();
    const tail = title.slice((match.index ?? 0) + match[0].length);
    const tailFirstPart = tail.split(TITLE_SEPARATOR)[0] ?? '';
    if ((isSiteName(tail) || isSiteName(tailFirstPart)) && comparable(head).length > 0) return withoutSection(head, match[0]);
  }
  // Some sites put their name first instead ("TechCrunch | Zuckerberg in 2005"), mostly in og:title. Not after a
  // colon or a slash, which headlines use after a first word of their own ("Apple: the next decade").
  const first = separators[0];
  if (first && !/[:/\\]/.test(first[0])) {
    const head = title.slice(0, first.index);
    const rest = title.slice((first.index ?? 0) + first[0].length).trim();
    if (isSiteName(head) && /\p{L}.*\s.*\p{L}/u.test(rest)) return rest;
  }
  return title;
}

/** A section's name is short ("The Two-Way", "Movies"); the headline before it is not. */
const MAX_SECTION_WORDS = 3;
const MIN_HEADLINE_WORDS = 4;
const wordCount = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/**
 * `head` without a section's name between the headline and the site's name, written with the same separator
 * ("Dylann Roof convicted of the Charleston massacre : The Two-Way : NPR"). A short head keeps its parts: "Rangers –
 * Celtic" is a headline.
 */
function withoutSection(head: string, separator: string): string {
  const last = [...head.matchAll(TITLE_SEPARATOR)].at(-1);
  if (!last || last[0].trim() !== separator.trim()) return head;
  const headline = head.slice(0, last.index).trim();
  const section = head.slice((last.index ?? 0) + last[0].length);
  return wordCount(section) <= MAX_SECTION_WORDS && wordCount(headline) >= MIN_HEADLINE_WORDS ? headline : head;
}

/**
 * The names an address gives its site: each label of the host of four or more characters ("gothamist" of
 * gothamist.com; "com", "co", "uk" are too short to be one), the registered name of three or more ("npr" of
 * npr.org) and the whole host ("examplecom"); none for an IP address or a page that is not on the web.
 */
export function hostNames(url: string): Set<string> {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return new Set();
    host = parsed.hostname.toLowerCase().replace(/^(?:www\d?|m|amp)\./, '');
  } catch {
    return new Set();
  }
  if (/^[\d.]+$|^\[|^localhost$/.test(host)) return new Set();
  const parts = host.split('.');
  const labels = parts.map(lettersOf).filter((label) => label.length >= 4);
  // The registered name itself may be shorter: "npr" of npr.org, "bbc" of bbc.co.uk.
  const secondLevel = /^(?:co|com|org|net|ac|gov|edu|ne|or)$/.test(parts.at(-2) ?? '') && parts.length >= 3 ? parts.at(-3) : parts.at(-2);
  const registered = lettersOf(secondLevel ?? '');
  return new Set([...labels, lettersOf(host), ...(registered.length >= 3 ? [registered] : [])]);
}

/** The separators Chinese and Japanese sites put in titles without spaces: an underscore or a bar, full width or not. */
export const TIGHT_BAR_CHARS = '_|\uff3f\uff5c';
/** A tight separator with at most spaces around it. */
const TIGHT_BAR = new RegExp(`\\s*[${TIGHT_BAR_CHARS}]\\s*`, 'g');
/** A part of a title that is a section's or a site's name: short, and in a script other than Latin. */
const NAME_PART = new RegExp(`^[^\\x00-\\x7f][^${TIGHT_BAR_CHARS}]{0,11}$`);

/**
 * Chinese news sites end their titles with the section and the site after underscores, without spaces and
 * without naming the site anywhere else ("宇航员在太空中喝酒会怎么样_探索者_光明网"). When a title ends with two
 * or three such parts, each short and in a script other than Latin, and the part before them is longer than
 * each, that part is the headline. One trailing part is left alone: it could be the headline's own.
 */
export function stripChannelSuffix(title: string): string {
  const bars = [...title.matchAll(TIGHT_BAR)];
  for (let count = Math.min(3, bars.length); count >= 2; count--) {
    const first = bars[bars.length - count]!;
    const head = title.slice(0, first.index).trim();
    const parts = title
      .slice(first.index)
      .split(TIGHT_BAR)
      .slice(1)
      .map((part) => part.trim());
    if (parts.length !== count || !parts.every((part) => NAME_PART.test(part))) continue;
    if (!/[^\x00-\x7f]$/.test(head) || parts.some((part) => part.length >= head.length)) continue;
    return head;
  }
  return title;
}

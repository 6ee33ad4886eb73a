/** Display helpers shared by the popup and the command-line tool, so both show the same metadata. */
import { BARE_BY, BY_LEAD } from './by-words';

/** "September 13, 2023" in the reader's locale; null for dates that do not parse. */
export function formatPublished(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

export function formatReadingTime(minutes: number): string {
  return `${Math.max(1, Math.round(minutes))} min read`;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/**
 * Where a byline stops being a name: a date ("22 Dec 2016", "April 28, 2019", "2016-12-01"), a time or an
 * "Updated"/"Published" stamp that the page printed in the same element.
 */
const DATE_OR_STAMP = new RegExp(
  `\\d{1,2}\\s+${MONTH}\\s+\\d{2,4}|\\b${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|(?<!\\d)\\d{4}-\\d{2}-\\d{2}|\\b\\d{1,2}:\\d{2}(?!\\d)|` +
    // A date in figures: "12.29.14", "25/12/2014".
    '(?<![\\d.])\\d{1,2}[./]\\d{1,2}[./](?:\\d{4}|\\d{2})(?![\\d.])|' +
    // A date glued to what comes before it ("NEW YORK DAILY NEWSDec 16, 2016").
    `(?<=\\p{L})${MONTH}\\s+\\d{1,2},\\s+\\d{4}|` +
    '\\b(?:last\\s+)?(?:updated|published|posted)\\b|' +
    // "1 hr 4 mins ago", "3 days ago"
    '\\b\\d+\\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\b[^|]*?\\bago\\b',
  'iu',
);
/** A weekday before a date: "Bryan Walsh Tuesday, Aug. 17, 2010" ("Sun" alone is a name: "Lena Sun, June 3"). */
const WEEKDAY_LEAD = /\s(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo),?\s*$/iu;
/** Dates, times, time zones, weekdays and "Updated" words in a row, and the separators between them. */
const LEADING_STAMPS = new RegExp(
  '^(?:[\\s,;:|·•–—-]+|(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|(?:mon|tue|wed|thu|fri|sat|sun)\\.|' +
    `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s*\\d{4}|\\d{1,2}\\.?\\s+${MONTH}\\s+\\d{2,4}|\\d{4}-\\d{2}-\\d{2}(?:[T ][\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?|` +
    // A date in figures ("2.03.2018", "12/29/14"), before the times, which would take its first figures.
    '\\d{1,2}[./]\\d{1,2}[./](?:\\d{4}|\\d{2})(?![\\d.])|' +
    '\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?|\\b(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T)\\b|' +
    '(?:last\\s+)?(?:updated|published|posted)\\b|(?:on|at|um|à|le|el|il|op|om|em|às|den)(?=\\s))+',
  'iu',
);
/** The word before a date or time in a byline line: "on", "at", "le", "am", "op", "em"… */
const STAMP_LEAD = /\s(?:on|at|le|à|am|um|el|il|op|om|em|às|den|kl\.?)\s*$/iu;
/** A picture's credit that Readability took for the byline ("Photograph by …", "Illustration: …"): not the author. */
const PICTURE_CREDIT = /^(?:photo(?:graph)?s?|image|illustrations?|video|graphics?)(?:\s+by\b|\s*:)/iu;
/** Buttons that pages put where the byline goes ("Follow Author"): no name at all. */
const NOT_A_NAME = /^(?:(?:follow|subscribe|share|contact|view|see|more|read more)(?:\s+(?:author|profile|me|us|all|bio))?|authors?|about the authors?)$/iu;
/** A share row that a byline element holds ("so Artikel empfehlen:"): no name of a writer is read from it. */
const SHARE_WORD = /(?:^|\s)(?:share|teilen|empfehlen|recommend|tweet|partager|compartir|condividi)(?:\s|:|$)/iu;
/** A byline that is a web address ("lefigaro.fr"): the site's name, which the meta line shows already. */
const ADDRESS_PART = String.raw`(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,6}`;
const ADDRESS = new RegExp(`^${ADDRESS_PART}$`, 'iu');
/** A byline that starts with a web address and a separator ("ELLE.com | Life & Love News"): the site and its section. */
const ADDRESS_AND_SECTION = new RegExp(`^${ADDRESS_PART}\\s*[|·•–—-]`, 'iu');
/** The comments link printed after the name ("Drew DeSilverLeave a comment", "Jane Doe 12 Comments"). */
const COMMENTS_LINK = /\s*(?:leave an? (?:comment|reply)|add an? comment|no comments|\d+\s+comments?|comments?(?:\s*\(\d+\))?)$/iu;
/** A link to write to the author, after the name and a separator ("Dennis Ziesecke | E-Mail"). */
const CONTACT_LINK = /\s*[|·•/]\s*(?:e-?mail|contact|kontakt)$/iu;
/**
 * Words that make a site's name into the publication's fuller name, still naming no one: "GQ Magazine", "BBC
 * News". A newsroom's own credit ("Guardian staff", "News Desk") says who wrote the story: it stays.
 */
const SITE_BYLINE_WORDS = /^(?:magazine|news|online|com|\s)*$/iu;
/** Names after a date: at most this many words ("Maren Ostby and Jane Doe-Smith"). */
const MAX_NAME_WORDS = 8;
/** Longer than this, the "byline" is a paragraph Readability mistook for one. */
const MAX_BYLINE_CHARS = 120;

/**
 * The byline as the meta line shows it ("By " + this), or null when what the page marked as its byline is no
 * name: a leading "By" (or "Written by", "Par", "Von", …) is dropped, the page's own date or "Updated" stamp and
 * links after the name are cut off ("Lucas Nolan22 Dec 2016" → "Lucas Nolan"), and a date, a button label
 * ("Follow Author") or a whole paragraph is no byline at all. Given the site's name, a byline that is only that
 * name ("GQ Magazine" on GQ) is none either: the header shows the site already.
 */
export function cleanByline(byline: string | null, siteName?: string | null): string | null {
  const name = bylineName(byline);
  if (name && isCompanyName(name)) return null;
  return name && siteName && namesOnlyTheSite(name, siteName) ? null : name;
}

/**
 * A company or a registered society with its legal form ("Süddeutsche.de GmbH, Munich, Germany" in the author
 * tag, "Historische Wehranlage in Horka e.V."): the publisher, not a writer; the header names the site already.
 */
const COMPANY_FORM = /(?:^|[\s,])(?:GmbH|AG|SE|KG|e\.\s?V\.?|Inc\.?|Ltd\.?|LLC|PLC|Corp\.?|S\.A\.?|S\.L\.?|B\.V\.?|N\.V\.?|Pty)(?=$|[\s,.])/u;
export const isCompanyName = (byline: string) => COMPANY_FORM.test(byline);

/** The site's own name as the byline ("VOGUE" on vogue.de, "GQ Magazine" on GQ): the header shows it already. */
export function namesOnlyTheSite(byline: string, siteName: string): boolean {
  const letters = (text: string) => text.toLowerCase().replace(/^the\s+/u, '').replace(/[^\p{L}\p{N}\s]/gu, '').trim();
  const name = letters(byline);
  const site = letters(siteName);
  return site.length > 0 && name.startsWith(site) && SITE_BYLINE_WORDS.test(name.slice(site.length));
}

function bylineName(byline: string | null): string | null {
  let text = (byline ?? '').replace(/\s+/g, ' ').trim();
  if (PICTURE_CREDIT.test(text) || ADDRESS_AND_SECTION.test(text)) return null;
  text = text.replace(BY_LEAD, '');
  // A contributor's note in the author's slot ("Ethan Kuperberg is a filmmaker and a writer for …"): the name.
  text = text.replace(BIO_SENTENCE, '$1');
  // The newsroom after the name, named by its address ("Keith Spera, NOLA.com | The Times-Picayune").
  text = text.replace(NEWSROOM_BY_ADDRESS, '');
  // Links, e-mail addresses and social handles after the name: "(http://ebb.org/bkuhn/)", "jane@example.com",
  // "@CNNMoney", also glued to the name ("Aja Romano@ajaromano"); addresses first, or their "@domain" would go alone.
  text = text.replace(/\(?\s*(?:https?:\/\/|(?<=[\s(])www\.)\S*\s*\)?/giu, ' ').replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, ' ').replace(/@\w+/gu, ' ');
  const stamp = DATE_OR_STAMP.exec(text);
  if (stamp && !/\p{L}/u.test(` ${text.slice(0, stamp.index)}`.replace(WEEKDAY_LEAD, ''))) {
    // The date first (maybe its weekday), then the name: "December 15, 2016 3:33 PM ET Rebecca Hersher".
    const rest = text.replace(LEADING_STAMPS, '');
    // What follows must look like names: no figures ("Reading time 4 min"), a few words.
    const name = text.length - rest.length > stamp.index ? bylineName(rest) : null;
    return name && !/\d/.test(name) && name.split(' ').length <= MAX_NAME_WORDS ? name : null;
  }
  // "Maren Ostby on March 3, 2019": the word that led into the date goes with it.
  if (stamp) text = text.slice(0, stamp.index).replace(WEEKDAY_LEAD, '').replace(STAMP_LEAD, '');
  // Separators left at either end: "/ Cory Doctorow /" from a header line "logo / name / time".
  text = text.replace(COMMENTS_LINK, '').replace(CONTACT_LINK, '').replace(/^[\s,;:|/·•–—-]+|[\s,;:|/·•–—-]+$/gu, '').replace(/\s+/g, ' ').trim();
  text = withoutEchoes(text);
  if (!/\p{L}/u.test(text) || NOT_A_NAME.test(text) || BARE_BY.test(text) || ADDRESS.test(text) || SHARE_WORD.test(text) || text.length > MAX_BYLINE_CHARS) return null;
  return text;
}

/**
 * What another element printed straight after the name, with no space between: a paper's name in capitals ("Meg
 * WagnerNEW YORK DAILY NEWS") or a role ("Larry FitzmauriceContributor"). Case-sensitive, so "McDonald" stays.
 */
const GLUED_AFTER_NAME =
  /(?<=\p{Ll})(?:\p{Lu}{2,}(?:\s+\p{Lu}{2,})*|(?:Contributing |Staff |Senior |Special )?(?:Contributor|Writer|Reporter|Editor|Correspondent|Columnist|Producer)s?)$/u;

/** A sentence about the writer: a name of two to four capitalized words, then "is a"/"is an"/"is the"… */
const BIO_SENTENCE = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+(?:is|was)\s+(?:a|an|the|our)\s.*$/u;
/** A part after a comma or a bar that names a web address: the newsroom, not the writer. */
const NEWSROOM_BY_ADDRESS = /\s*[,|]\s*[^,|]*\b[\p{L}\p{N}-]+\.(?:com|org|net|co\.uk|de|fr|es|it|ca|com\.au)\b.*$/iu;

/** The writer's role after a slash or a bar ("SARAH BURGE / STAFF WRITER"): the header shows the name alone. */
const ROLE_AFTER_SLASH = /\s*[/|]\s*(?:(?:contributing|staff|senior|special|chief)\s+)?(?:contributor|writer|reporter|editor|correspondent|columnist|producer)s?$/iu;

/**
 * The name without what pages print around it in the same element: a paper's name or a role glued to it (see
 * GLUED_AFTER_NAME), the name again for a screen reader and then the section ("Emma Grey Ellis. Emma Grey Ellis
 * Science"), the author's handle without its "@" ("Margaret Talev margarettalev"), and the dateline's place in
 * capitals after a bar ("Howard Schneider | WASHINGTON").
 */
function withoutEchoes(byline: string): string {
  byline = byline.replace(GLUED_AFTER_NAME, '').replace(ROLE_AFTER_SLASH, '').trim();
  const repeated = /^(.{3,60}?)[.,|]\s+\1(?:\s|$)/u.exec(byline);
  if (repeated) return repeated[1]!.trim();
  const words = byline.split(' ');
  const last = words.at(-1) ?? '';
  const nameLetters = words.slice(0, -1).join('').toLowerCase().replace(/[^\p{L}]/gu, '');
  if (words.length >= 3 && last === last.toLowerCase() && last.replace(/[^\p{L}]/gu, '') === nameLetters) return words.slice(0, -1).join(' ');
  const place = /^(.*\p{Ll}.*?)\s*\|\s*\p{Lu}[\p{Lu} .'-]{2,30}$/u.exec(byline);
  return place ? place[1]!.trim() : byline;
}

/**
 * The site's name as the header shows it, or null: a name given as an address ("http://www.tmz.com") becomes
 * its host ("tmz.com"), and separators left dangling at either end ("SIMPLYFOUND.COM | BY" keeps its name, not
 * the stray word after the bar) are trimmed.
 */
export function cleanSiteName(siteName: string | null): string | null {
  let text = (siteName ?? '').replace(/\s+/g, ' ').trim();
  const address = /^https?:\/\/(?:www\.)?([^/\s?#]+)\/?$/iu.exec(text);
  if (address) text = address[1] ?? '';
  // A trailing "| BY", "- Home": a bar or dash followed by one short word is a fragment of the page title.
  text = text.replace(/\s+[|·•–—-]\s+\p{L}{1,4}$/u, '').replace(/^[\s|·•–—-]+|[\s|·•–—-]+$/gu, '');
  return /\p{L}/u.test(text) ? text : null;
}

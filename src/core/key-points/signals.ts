/**
 * Surface signals of one sentence, each in [0, 1]. They capture what is rarely a key point (quotes, questions,
 * bylines and other chrome, fragments) and what often is (names and numbers: who, how many, when).
 */
import type { Word } from '../text/words';

/** Share of the sentence's characters that lie inside quotation marks. */
export function quoteShare(text: string): number {
  let inside = 0;
  const re = /["“”„«»]([^"“”„«»]{1,400})["“”„«»]|(?<![\p{L}\p{N}])['‘]([^'‘’]{8,400})['’](?![\p{L}\p{N}])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) inside += (m[1] ?? m[2] ?? '').length;
  return text.length > 0 ? Math.min(1, inside / text.length) : 0;
}

/** Starts with a quotation mark: a bare quote ("'I will always stand with Russia,' Kim said"). */
export function startsWithQuote(text: string): boolean {
  return /^["“„«'‘]/u.test(text);
}

export function isQuestion(text: string): boolean {
  return /[?？؟]["”’'»)]*$/u.test(text);
}

/**
 * Byline, dateline-only, timestamp, social and navigation chrome that slipped into the text. Patterns describe
 * generic page furniture (not any site): "By Jane Doe", "PUBLISHED: 10:02 GMT", "Posted on Tuesday … by Jane Doe",
 * "Follow @x", "Click here", "Read the full report here.", "邀請您到 FB 粉絲團" ("visit our Facebook fan page").
 */
const CHROME = new RegExp(
  [
    '^by\\s+(\\.\\s*)?\\p{Lu}[\\p{L}\'’.-]*(\\s+\\p{Lu}[\\p{L}\'’.-]*){0,3}\\s*(\\.|,|and\\b|$)',
    '\\b(published|updated|last updated)\\s*:',
    '\\|\\s*(updated|published)\\b',
    '^(posted|published|written|filed)\\s+(on|at|by|under)\\b',
    '^originally\\s+(posted|published)\\b',
    '^(follow|like|share|subscribe|sign up|click|tap|scroll|read more|see also|related|advertisement|copyright|©)',
    '\\b(click here|follow us|sign up for|subscribe to)\\b',
    // A pointer to another page: "Find out more reasons why Galena is a B&B town here.", "Read the full report here."
    '^(find out|learn|discover|check out|read|see|watch|download)\\s+(more|the full|the whole|all|our|why|how|what|which|who)\\b.{0,120}\\bhere[.!]?$',
    // The same calls to action in Chinese and Japanese: "like our fan page", "follow us", "please follow".
    '粉絲團|粉丝团|粉絲專頁|粉丝专页|關注我們|关注我们|追蹤我們|フォローしてください|フォローお願い',
    '@\\w{2,}',
    'https?://',
  ].join('|'),
  'iu',
);

export function isChrome(text: string): boolean {
  return CHROME.test(text);
}

/**
 * Notes about the article rather than its story: a correction, an editor's note, the newsroom's credits, and
 * where it ran in print ("A version of this article appears in print on … with the headline: …"). Matched on the
 * whole block, because their sentences (a corrected fact, a reprinted headline) read like the story's own. A
 * print note in the second half of the article closes it: what follows (its headline again, "Order Reprints")
 * is back matter.
 */
const PRINT_NOTE = new RegExp(
  [
    '^a version of this (article|story|report|piece) (appears|appeared|ran)\\b',
    '^this (article|story|report|piece) (appears|appeared|ran) in (the )?(\\S+ ){0,8}(print|newspaper|magazine|edition|issue)\\b',
    '\\b(appears|appeared|ran|published) in (the )?(\\S+ ){0,8}print edition\\b',
  ].join('|'),
  'iu',
);
const EDITORIAL_NOTE = new RegExp(
  [
    '^an earlier version of this (article|story|report|piece)\\b',
    '^this (article|story|report|piece) (has been|was) (amended|corrected|updated|revised)\\b',
    '^(correction|clarification|editor.?s note)s?\\s*(\\(.{1,40}\\)\\s*)?[:：]',
    // The newsroom's credits: "Reuters contributed to this report.", "(Reporting by …; Editing by …)",
    // "Contributing: …", "Jane Doe reported from Seoul, and John Roe from Hong Kong."
    '\\bcontributed (reporting |research )?to this (report|story|article)\\b',
    '^\\(?(additional )?(reporting|writing|editing|compiled) by\\b',
    '^contributing( writers?| reporters?)?\\s*:',
    "^\\p{Lu}[^.!?]{0,80} reported from \\p{Lu}[\\p{L} .'’-]{0,40}(, and \\p{Lu}[\\p{L} .'’-]{0,60} from \\p{Lu}[\\p{L} .'’-]{0,40})?$",
  ].join('|'),
  'iu',
);
/** Longer than this, a block is not a note but text that starts like one (an article pasted as one block). */
const MAX_NOTE_CHARS = 600;

export function articleNoteKind(blockText: string): 'print' | 'editorial' | null {
  const t = blockText.trim();
  if (t.length > MAX_NOTE_CHARS) return null;
  if (PRINT_NOTE.test(t)) return 'print';
  return EDITORIAL_NOTE.test(t) ? 'editorial' : null;
}

/**
 * Proper names and numbers per word: capitalised words that do not open the sentence, and numeric tokens.
 * All-caps words longer than an acronym are shouting, not names.
 */
export function factDensity(words: readonly Word[]): number {
  if (words.length === 0) return 0;
  let n = 0;
  words.forEach((w, i) => {
    if (w.numeric || (i > 0 && w.capitalized && !w.shouting)) n++;
  });
  return Math.min(1, n / words.length);
}

/**
 * Ends as a sentence does: terminal punctuation, possibly followed by closing quotes or brackets and reference
 * marks ("…common.[1][2]", "…common.[1]: 207"). Text that
 * does not (a dateline "Agency 2016-10-14 07:17", a button label, a photo credit) is a fragment of the page,
 * not a statement, in any script.
 */
const SENTENCE_END = /[.!?。！？．…؟۔।‼⁉](?:["”’'»)\]」』）]*)(?:\[[^[\]]{1,30}\])*(?::\s*[\d–-]+)?\s*$/u;

export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

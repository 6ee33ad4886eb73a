import { ALWAYS_CONTINUE, AMBIGUOUS, BEFORE_NUMBER, SENTENCE_STARTERS } from './abbreviations';
import { getSegmenter } from './segmenter';
import { chunkText } from './chunks';

export interface Sentence {
  /** Offsets into the segmented text (end exclusive), with surrounding whitespace trimmed off. */
  start: number;
  end: number;
  text: string;
  /**
   * True when the sentence ends with a colon and nothing but whitespace follows in the text, or a line break
   * follows: it introduces what comes next ("Here's what happened:") rather than stating a fact itself.
   */
  leadIn: boolean;
  /**
   * When the sentence is one of several sentences of a single quotation (see quotationGroups), the offsets of
   * the whole quotation, from its first sentence's start to its last one's end; otherwise null.
   */
  quotation: { start: number; end: number } | null;
}

interface Span { start: number; end: number }

const ENDS_SENTENCE = /([.!?。！？…]["'”’)\]»]*|\n)\s*$/u;

/** Last whitespace-separated token of a raw segment, stripped of opening quotes/brackets. */
function lastToken(s: string): string {
  const m = /(\S+)\s*$/u.exec(s);
  return (m?.[1] ?? '').replace(/^[\p{Ps}\p{Pi}"'«]+/u, '');
}

/** Month names that follow a day written "1." (German, Danish, Norwegian, Finnish, Czech, Slovak, Croatian, Slovenian). */
const ORDINAL_MONTHS = new Set(
  ('januar jänner februar feber märz april mai juni juli august september oktober november dezember marts maj december ' +
    'mars desember tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta ' +
    'lokakuuta marraskuuta joulukuuta ledna února března dubna května června července srpna září října listopadu prosince ' +
    'januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra siječnja veljače ožujka ' +
    'travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca januarja februarja marca aprila maja junija ' +
    'julija avgusta septembra oktobra novembra decembra jan feb mär apr jun jul aug sep sept okt nov dez').split(' '),
);
/** German words before a day or a rank written "1." ("am 3.", "zum 5.", "der 2."): it ends no sentence there. */
const ORDINAL_LEAD = /(?:^|\s)(?:am|ab|bis|seit|vom|zum|zur|im|um|der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines|jeden|jedem|jeder)\s+\d{1,2}\.\s*$/iu;
/** Languages that write a day or a rank as a figure and a dot ("1. Januar", "1. tammikuuta", "1. ledna"). */
const DOT_ORDINAL_LANGS = new Set(['de', 'da', 'nb', 'nn', 'no', 'fi', 'cs', 'sk', 'hr', 'sl', 'sr', 'bs', 'is', 'et', 'lv', 'hu']);

/** Two or more Roman numerals as a word of their own ("II", "XIV"; not the pronoun "I"). */
const ROMAN_NUMERAL = /^(?=[IVXLCDM]{2,}\b)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\b/u;

/** Decide whether ICU's break between `prev` and `next` is a false break caused by an abbreviation or initial. */
export function isFalseBreak(prev: string, next: string, dotOrdinals = false): boolean {
  // A line break is a real paragraph boundary, whatever precedes it.
  if (/\n\s*$/.test(prev)) return false;
  const tok = lastToken(prev);
  const word = tok.slice(0, -1);
  const key = word.toLowerCase();
  const nextTrim = next.trimStart();
  const first = nextTrim.charAt(0);
  if (first === '') return false;
  const nextWord = (/^[\p{L}\p{N}'’-]+/u.exec(nextTrim)?.[0] ?? '').toLowerCase();
  const startsLower = /^\p{Ll}/u.test(first);
  const startsDigit = /^\p{N}/u.test(first);
  const startsUpper = /^\p{Lu}/u.test(first);
  // No sentence starts in lowercase: ICU breaks after "!"/"?" even when the text goes on ('told to "come on down!"
  // on the April 1 edition').
  if (startsLower && /[!?]['"”’»)\]]*\s*$/u.test(prev)) return true;
  if (!tok.endsWith('.')) return false;
  if (ALWAYS_CONTINUE.has(key)) return true;
  // A day or a rank written with a dot, in the languages that write them so: "ab 1. Januar", "zum 3. Mal". Before a
  // month's name, or after a German word that opens such a phrase ("am", "der", "zum"…).
  if (dotOrdinals && /^\d{1,2}$/u.test(word) && (ORDINAL_MONTHS.has(nextWord) || ORDINAL_LEAD.test(prev))) return true;
  // A part or volume in Roman numerals after a short abbreviation: "Cold War Pt. II", "Vol. IV", "Ch. XII".
  if (word.length <= 4 && /^\p{Lu}?\p{Ll}+$/u.test(word) && ROMAN_NUMERAL.test(nextTrim)) return true;
  // An initial: one capital letter ("J. R. R. Tolkien", "George W. Bush", "Marsha P. Johnson", though "p." is
  // also a page before a number).
  if (/^\p{Lu}$/u.test(word)) return (startsDigit && BEFORE_NUMBER.has(key)) || (startsUpper && !SENTENCE_STARTERS.has(nextWord));
  if (BEFORE_NUMBER.has(key)) return startsDigit;
  // Dotted acronyms ("U.S.", "U.N.", "a.m.") and ambiguous abbreviations.
  if (AMBIGUOUS.has(key) || /^(\p{L}\.)+\p{L}$/u.test(word)) {
    if (startsLower || startsDigit) return true;
    return startsUpper && !SENTENCE_STARTERS.has(nextWord);
  }
  return false;
}

function rawSpans(text: string, lang: string | null): Span[] {
  const seg = getSegmenter(lang, 'sentence');
  if (!seg) {
    // Fallback without Intl.Segmenter: break after . ! ? (and CJK 。！？) followed by space or end.
    const spans: Span[] = [];
    const re = /[^.!?。！？\n]*(?:[.!?。！？]+["'”’)\]]*|\n+|$)\s*/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) && m[0].length > 0) spans.push({ start: m.index, end: m.index + m[0].length });
    return spans;
  }
  const spans: Span[] = [];
  for (const c of chunkText(text)) {
    let first = true;
    for (const s of seg.segment(text.slice(c.start, c.end))) {
      const span = { start: c.start + s.index, end: c.start + s.index + s.segment.length };
      const prev = spans[spans.length - 1];
      // A chunk cut inside a run-on sentence is not a sentence break: rejoin it.
      if (first && prev && !ENDS_SENTENCE.test(text.slice(Math.max(prev.start, prev.end - 8), prev.end))) prev.end = span.end;
      else spans.push(span);
      first = false;
    }
  }
  return spans;
}

/**
 * A single line break inside a block is layout whitespace (HTML source wrapped at 80 columns), but ICU treats
 * every line feed as a sentence break. Replace lone line breaks by spaces, keeping offsets; a blank line still
 * separates paragraphs of plain text.
 */
function softenLineBreaks(text: string): string {
  return text.replace(/[^\S\n]*\n[^\S\n]*/g, (run, offset: number, whole: string) => {
    const before = whole[offset - 1];
    const after = whole[offset + run.length];
    return before === '\n' || after === '\n' ? run : ' '.repeat(run.length);
  });
}

/**
 * The rest of a reference mark that ICU cut after its opening bracket: "loops.[" | "1]: 207 The list …". The mark
 * ("[1]", "[1][2]", "[1]: 207", "[citation needed]") ends the sentence before it.
 */
const REFERENCE_REST = /^[^[\]\s][^[\]]{0,30}\](?:\[[^[\]]{1,30}\])*(?::\s*[\d–-]+)?\s*/u;

/**
 * Moves the head of a span that belongs to the sentence before it (`headOf` says how many characters; 0: none)
 * back onto that sentence, and drops a span that was nothing else.
 */
function giveHeadsBack(spans: Span[], headOf: (span: Span, before: readonly Span[]) => number): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    const head = prev ? headOf(span, out) : 0;
    if (!prev || head === 0) {
      out.push({ ...span });
      continue;
    }
    prev.end = span.start + head;
    if (prev.end < span.end) out.push({ start: prev.end, end: span.end });
  }
  return out;
}

/** Gives a reference mark cut in two back to the sentence it ends. */
function rejoinReferenceMarks(text: string, spans: Span[]): Span[] {
  return giveHeadsBack(spans, (span, before) => {
    const prev = before[before.length - 1]!;
    if (!/\[$/.test(text.slice(prev.start, prev.end).trimEnd())) return 0;
    return REFERENCE_REST.exec(text.slice(span.start, span.end))?.[0].length ?? 0;
  });
}

/** Closing mark for each opening quotation mark; `"` closes itself. „ closes with “ (German) or ” (Polish, Hungarian). */
const QUOTE_PAIRS: Readonly<Record<string, string>> = { '“': '”', '«': '»', '‹': '›', '„': '“”', '「': '」', '『': '』', '"': '"' };

/** The quotation left open at the end of `text`, given the one open before it (null: none). */
function openQuoteAfter(text: string, open: string | null): string | null {
  let current = open;
  for (const ch of text) {
    if (current !== null && (QUOTE_PAIRS[current] ?? '').includes(ch)) current = null;
    else if (current === null && ch in QUOTE_PAIRS) current = ch;
  }
  return current;
}

/** A quotation runs on over at most this many sentences after the one that opens it, or it is not followed. */
const MAX_QUOTE_CONTINUATIONS = 3;
/** Nor when it would be longer than this: then a mark is likely unpaired (an inch sign, a typo). */
const MAX_QUOTE_CHARS = 600;

/**
 * The quotations that run over several sentences: "Kael wrote, “I’m frequently asked why I don’t write my
 * memoirs." | "I think I have.”" Each piece alone misquotes or says nothing. For each span, the first and last
 * span of its quotation (both -1 when it is no piece of one). Followed only when the quotation closes in the
 * same text within a few sentences; a quote that runs on into the next paragraph (with no closing mark, as news
 * style has it) is left alone.
 */
function quotationGroups(text: string, spans: readonly Span[]): { first: number; last: number }[] {
  const groups = spans.map(() => ({ first: -1, last: -1 }));
  for (let i = 0; i < spans.length; i++) {
    const first = spans[i]!;
    let open = openQuoteAfter(text.slice(first.start, first.end), null);
    for (let j = i + 1; open !== null && j < spans.length && j - i <= MAX_QUOTE_CONTINUATIONS; j++) {
      const span = spans[j]!;
      if (span.end - first.start > MAX_QUOTE_CHARS) break;
      open = openQuoteAfter(text.slice(span.start, span.end), open);
      if (open === null) {
        for (let k = i; k <= j; k++) groups[k] = { first: i, last: j };
        i = j;
      }
    }
  }
  return groups;
}

/** Closing quotation marks at the start of a span, spaced as French sets them: "C’est sûr." | "» Puis …". */
const LEADING_CLOSERS = /^\s*[»”」』›]+/u;

/** Gives closing quotation marks that ICU put at the start of the next sentence back to the one they close. */
function rejoinClosingQuotes(text: string, spans: Span[]): Span[] {
  return giveHeadsBack(spans, (span, before) => {
    const closers = LEADING_CLOSERS.exec(text.slice(span.start, span.end));
    if (!closers) return 0;
    // Only marks that close a quotation left open by the sentences before: Swedish opens with ” and Danish with ».
    const from = before[Math.max(0, before.length - 1 - MAX_QUOTE_CONTINUATIONS)]!.start;
    const open = openQuoteAfter(text.slice(from, before[before.length - 1]!.end), null);
    return open !== null && (QUOTE_PAIRS[open] ?? '').includes(closers[0].trim().charAt(0)) ? closers[0].length : 0;
  });
}

/**
 * A sentence end that ICU does not break at: "…post offices, and schools. 50 years ago, when…". Its rules keep a
 * period followed by a number and then a lowercase word inside the sentence (for "approx. 50 people"), so a
 * sentence that opens with a figure is run into the one before. A word of three or more lowercase letters that
 * is no abbreviation, then the end mark, a space and a digit: a new sentence.
 */
const END_BEFORE_NUMBER = /(?<![\p{L}.])(\p{Ll}{3,})[.!?]["'”’)\]]*\s+(?=\p{N})/gu;

function splitBeforeNumbers(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    let start = span.start;
    END_BEFORE_NUMBER.lastIndex = 0;
    const inner = text.slice(span.start, span.end);
    for (let m = END_BEFORE_NUMBER.exec(inner); m; m = END_BEFORE_NUMBER.exec(inner)) {
      const key = m[1]!;
      if (ALWAYS_CONTINUE.has(key) || BEFORE_NUMBER.has(key) || AMBIGUOUS.has(key)) continue;
      const at = span.start + m.index + m[0].length;
      if (at >= span.end) break;
      out.push({ start, end: at });
      start = at;
    }
    out.push({ start, end: span.end });
  }
  return out;
}

/** Split text into sentences with exact offsets, repairing ICU's false breaks on abbreviations and initials. */
export function splitSentences(text: string, lang: string | null = null): Sentence[] {
  const joined: Span[] = [];
  const dotOrdinals = DOT_ORDINAL_LANGS.has((lang ?? '').split('-')[0]!.toLowerCase());
  for (const span of rejoinClosingQuotes(text, rejoinReferenceMarks(text, rawSpans(softenLineBreaks(text), lang)))) {
    const prev = joined[joined.length - 1];
    if (prev && isFalseBreak(text.slice(prev.start, prev.end), text.slice(span.start, span.end), dotOrdinals)) prev.end = span.end;
    else joined.push({ ...span });
  }
  const merged = splitBeforeNumbers(text, joined);
  const trimmed = merged.map(({ start, end }) => {
    const raw = text.slice(start, end);
    const s = start + (raw.length - raw.trimStart().length);
    return { start: s, end: s + raw.trim().length, rawEnd: end };
  });
  const groups = quotationGroups(text, merged);
  const out: Sentence[] = [];
  const textEnd = text.trimEnd().length;
  trimmed.forEach(({ start, end, rawEnd }, index) => {
    if (end <= start) return;
    const sentence = text.slice(start, end);
    const after = text.slice(end, rawEnd + 1);
    const leadIn = /[:：]$/.test(sentence) && (end >= textEnd || /^\s*\n/.test(after));
    const group = groups[index];
    const quotation = group && group.first >= 0 ? { start: trimmed[group.first]!.start, end: trimmed[group.last]!.end } : null;
    out.push({ start, end, text: sentence, leadIn, quotation });
  });
  return out;
}

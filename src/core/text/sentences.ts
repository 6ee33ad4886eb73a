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
}

interface Span { start: number; end: number }

const ENDS_SENTENCE = /([.!?。！？…]["'”’)\]»]*|\n)\s*$/u;

/** Last whitespace-separated token of a raw segment, stripped of opening quotes/brackets. */
function lastToken(s: string): string {
  const m = /(\S+)\s*$/u.exec(s);
  return (m?.[1] ?? '').replace(/^[\p{Ps}\p{Pi}"'«]+/u, '');
}

/** Decide whether ICU's break between `prev` and `next` is a false break caused by an abbreviation or initial. */
export function isFalseBreak(prev: string, next: string): boolean {
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
  if (BEFORE_NUMBER.has(key)) return startsDigit;
  // An initial: one capital letter ("J. R. R. Tolkien", "George W. Bush").
  if (/^\p{Lu}$/u.test(word)) return startsUpper && !SENTENCE_STARTERS.has(nextWord);
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

/** Gives a reference mark cut in two back to the sentence it ends; drops a span that was nothing else. */
function rejoinReferenceMarks(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    const rest = prev && /\[$/.test(text.slice(prev.start, prev.end).trimEnd()) ? REFERENCE_REST.exec(text.slice(span.start, span.end)) : null;
    if (!prev || !rest) {
      out.push({ ...span });
      continue;
    }
    prev.end = span.start + rest[0].length;
    if (prev.end < span.end) out.push({ start: prev.end, end: span.end });
  }
  return out;
}

/** Split text into sentences with exact offsets, repairing ICU's false breaks on abbreviations and initials. */
export function splitSentences(text: string, lang: string | null = null): Sentence[] {
  const merged: Span[] = [];
  for (const span of rejoinReferenceMarks(text, rawSpans(softenLineBreaks(text), lang))) {
    const prev = merged[merged.length - 1];
    if (prev && isFalseBreak(text.slice(prev.start, prev.end), text.slice(span.start, span.end))) prev.end = span.end;
    else merged.push({ ...span });
  }
  const out: Sentence[] = [];
  const textEnd = text.trimEnd().length;
  for (const { start, end } of merged) {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const s = start + lead;
    const e = s + trimmed.length;
    const after = text.slice(e, end + 1);
    const leadIn = /[:：]$/.test(trimmed) && (e >= textEnd || /^\s*\n/.test(after));
    out.push({ start: s, end: e, text: trimmed, leadIn });
  }
  return out;
}

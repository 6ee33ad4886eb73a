import { getSegmenter } from './segmenter';
import { chunkText } from './chunks';

export interface Word {
  /** Lowercased surface form. */
  text: string;
  start: number;
  end: number;
  /** True when the word starts with an uppercase letter (only meaningful in cased scripts). */
  capitalized: boolean;
  numeric: boolean;
  /** All uppercase and longer than a typical acronym (5+ letters): emphasis, not a name. */
  shouting: boolean;
}

/**
 * Word-like tokens of a text via Intl.Segmenter (dictionary-based for Chinese/Japanese/Thai, so CJK text gets real
 * words rather than one token per run). Punctuation and spaces are dropped.
 */
export function segmentWords(text: string, lang: string | null = null): Word[] {
  const out: Word[] = [];
  const seg = getSegmenter(lang, 'word');
  if (seg) {
    for (const c of chunkText(text)) {
      for (const s of seg.segment(text.slice(c.start, c.end))) {
        if (s.isWordLike) out.push(makeWord(s.segment, c.start + s.index));
      }
    }
    return out;
  }
  // Fallback: runs of letters/digits, with each CJK character as its own token.
  const re = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}'’]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push(makeWord(m[0], m.index));
  return out;
}

function makeWord(surface: string, index: number): Word {
  return {
    text: surface.toLowerCase(),
    start: index,
    end: index + surface.length,
    capitalized: /^\p{Lu}/u.test(surface),
    numeric: /\p{N}/u.test(surface),
    shouting: surface.length >= 5 && /^[\p{Lu}\p{N}'’-]+$/u.test(surface),
  };
}

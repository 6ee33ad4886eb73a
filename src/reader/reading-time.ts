/**
 * Word count and reading time, by the article's language.
 *
 * Rates: the International Reading Speed Texts study, Trauzettel-Klosinski S, Dietz K, "Standardized
 * Assessment of Reading Performance: The New International Reading Speed Texts IReST", Investigative
 * Ophthalmology & Visual Science 53(9):5452-5461 (2012), table of mean reading speeds of adult native
 * readers per language (words/min; for Chinese and Japanese characters/min, since their texts are unspaced).
 * Korean and Thai are not in IReST: Korean is spaced (words between spaces, "eojeol"), so it uses the IReST
 * cross-language mean of ~184 wpm; unspaced Korean text falls back to the Japanese character rate as the
 * closest measured figure. Languages without a figure use the same cross-language mean.
 * Checked on 2026-11-27 against two republications of the study's table: irisreading.com ("Average reading
 * speed in various languages") for ar, de, en, es, fi, fr, he, it, nl, pl and the zh/ja character rates, and
 * the reading-time research of Yoast SEO's `yoastseo` package, which carries all fifteen words/min rows
 * (ar through tr, the same figures as here) and the ja character rate. pt also matches PatternFly Elements'
 * pfe-readtime. Every rate below is thus confirmed by at least one republication; ru, sl, sv and tr by Yoast's.
 */

/** Words per minute by base language subtag (IReST 2012). */
const WORDS_PER_MINUTE: Readonly<Record<string, number>> = {
  ar: 138, de: 179, en: 228, es: 218, fi: 161, fr: 195, he: 187, it: 188,
  nl: 202, pl: 166, pt: 181, ru: 184, sl: 180, sv: 199, tr: 166,
};
/** Characters per minute for scripts written without spaces between words (IReST 2012). */
const CHARS_PER_MINUTE: Readonly<Record<string, number>> = { zh: 255, ja: 357, ko: 357 };
/** IReST mean over its 17 languages, rounded: used where a language has no own figure. */
const DEFAULT_WPM = 184;

/** Han, kana and Hangul: counted one by one in CJK text. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** A whitespace-separated token that contains at least one letter or digit. */
const SPACED_WORD = /[^\s]*[\p{L}\p{N}][^\s]*/gu;
/** Languages written without spaces between words where only a dictionary segmenter finds the words. */
const UNSPACED_SEGMENTED = new Set(['th', 'lo', 'km', 'my', 'bo']);

export interface ReadingStats {
  /** Words, or for CJK characters (plus any non-CJK words among them). */
  wordCount: number;
  /** Whole minutes, at least 1. */
  readingMinutes: number;
}

/** "en-US" → "en"; null or empty → null. */
export function baseLanguage(lang: string | null | undefined): string | null {
  const base = lang?.trim().split(/[-_]/)[0]?.toLowerCase();
  return base ? base : null;
}

export function readingStats(text: string, lang: string | null | undefined): ReadingStats {
  const base = baseLanguage(lang) ?? guessCjk(text);
  const count = (n: number, perMinute: number): ReadingStats => ({
    wordCount: n,
    readingMinutes: Math.max(1, Math.round(n / perMinute)),
  });
  // Own properties only: a page may declare lang="constructor", which every object answers to.
  if (base && Object.hasOwn(CHARS_PER_MINUTE, base) && isCharCounted(base, text)) {
    const cjk = text.match(CJK_CHAR)?.length ?? 0;
    // Latin words mixed into CJK text (names, numbers) count as one unit each.
    const other = countSpacedWords(text.replace(CJK_CHAR, ' '));
    return count(cjk + other, CHARS_PER_MINUTE[base] ?? DEFAULT_WPM);
  }
  const wpm = (base && Object.hasOwn(WORDS_PER_MINUTE, base) && WORDS_PER_MINUTE[base]) || DEFAULT_WPM;
  if (base && UNSPACED_SEGMENTED.has(base)) return count(countSegmentedWords(text, base), wpm);
  return count(countSpacedWords(text), wpm);
}

/** Chinese and Japanese always; Korean only when its text is (mostly) unspaced. */
function isCharCounted(base: string, text: string): boolean {
  if (base !== 'ko') return true;
  const hangul = text.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  const spaces = text.match(/\s+/g)?.length ?? 0;
  // Spaced Korean averages ~3-4 syllables per space-separated word; far fewer spaces means unspaced text.
  return hangul > 0 && spaces * 10 < hangul;
}

/** With no declared language, text that is mostly Han/kana is read as Chinese/Japanese. */
function guessCjk(text: string): string | null {
  const sample = text.slice(0, 2000);
  const cjk = sample.match(CJK_CHAR)?.length ?? 0;
  if (cjk * 2 < sample.replace(/\s+/g, '').length) return null;
  return /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sample) ? 'ja' : 'zh';
}

/**
 * Spaced scripts: splitting on whitespace gives the same count as Intl.Segmenter's word-like segments for
 * ordinary prose and is several times faster on long articles, which matters on the extraction hot path.
 */
function countSpacedWords(text: string): number {
  return text.match(SPACED_WORD)?.length ?? 0;
}

/** Thai, Lao, Khmer, Burmese, Tibetan: Intl.Segmenter's dictionary word breaks are the only fair count. */
function countSegmentedWords(text: string, lang: string): number {
  if (typeof Intl.Segmenter !== 'function') return countSpacedWords(text);
  let n = 0;
  for (const segment of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
    if (segment.isWordLike) n++;
  }
  return n;
}

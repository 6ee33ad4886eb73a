/**
 * Cached Intl.Segmenter instances. Constructing a segmenter loads ICU break rules, which costs far more than
 * segmenting a paragraph, so one instance per (locale, granularity) is reused.
 */
export type Granularity = 'sentence' | 'word';

const cache = new Map<string, Intl.Segmenter>();

/** The base language subtag ("en-US" → "en"), lowercased; null when unknown or malformed. */
export function baseLang(lang: string | null | undefined): string | null {
  if (!lang) return null;
  const base = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(base) ? base : null;
}

export function hasSegmenter(): boolean {
  return typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function';
}

export function getSegmenter(lang: string | null, granularity: Granularity): Intl.Segmenter | null {
  if (!hasSegmenter()) return null;
  const locale = baseLang(lang) ?? 'und';
  const key = `${locale}|${granularity}`;
  let seg = cache.get(key);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(locale === 'und' ? undefined : locale, { granularity });
    } catch {
      seg = new Intl.Segmenter(undefined, { granularity });
    }
    cache.set(key, seg);
  }
  return seg;
}

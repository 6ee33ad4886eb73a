/**
 * Bag-of-words vectors with inverse sentence frequency weights. Centrality is measured against the document
 * centroid (one pass, linear in text length) instead of a sentence-by-sentence similarity graph (quadratic).
 */
import type { Word } from '../text/words';
import { porterStem } from '../text/porter';
import { baseLang } from '../text/segmenter';

export type Vector = Map<number, number>;

/** Normalise a word to a term: drop possessive endings; Porter-stem English (ASCII) words. */
export function termNormalizer(lang: string | null): (w: string) => string {
  const english = (baseLang(lang) ?? 'en') === 'en';
  return (w) => {
    const t = w.replace(/['’]s$/u, '');
    return english && /^[a-z]+$/.test(t) && t.length > 3 ? porterStem(t) : t;
  };
}

/** Content terms of a sentence as integer ids (stopwords and one-letter Latin tokens dropped). */
export function sentenceTerms(
  words: readonly Word[],
  stopwords: ReadonlySet<string>,
  norm: (w: string) => string,
  ids: Map<string, number>,
): number[] {
  const out: number[] = [];
  for (const w of words) {
    if (stopwords.has(w.text) || /^[a-z]$/.test(w.text)) continue;
    const t = norm(w.text);
    if (stopwords.has(t)) continue;
    let id = ids.get(t);
    if (id === undefined) { id = ids.size; ids.set(t, id); }
    out.push(id);
  }
  return out;
}

/** tf·idf vectors, idf over sentences: terms in every sentence weigh little even without a stopword list. */
export function tfidfVectors(termLists: readonly number[][], vocabSize: number): Vector[] {
  const df = new Uint32Array(vocabSize);
  for (const terms of termLists) for (const t of new Set(terms)) df[t] = (df[t] ?? 0) + 1;
  const n = termLists.length;
  return termLists.map((terms) => {
    const v: Vector = new Map();
    for (const t of terms) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, tf] of v) v.set(t, tf * Math.log((n + 1) / ((df[t] ?? 0) + 0.5)));
    return v;
  });
}

export function norm(v: Vector): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

export function cosine(a: Vector, b: Vector, na = norm(a), nb = norm(b)): number {
  if (na === 0 || nb === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, x] of small) {
    const y = large.get(t);
    if (y !== undefined) dot += x * y;
  }
  return dot / (na * nb);
}

export function centroid(vectors: readonly Vector[]): Vector {
  const c: Vector = new Map();
  for (const v of vectors) for (const [t, x] of v) c.set(t, (c.get(t) ?? 0) + x);
  return c;
}

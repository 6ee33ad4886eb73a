/**
 * Relevance of each candidate sentence: a weighted sum of explainable signals (weights in ./weights.ts).
 * Returns -Infinity for sentences that must never be key points (lead-ins, chrome, fragments).
 */
import type { Candidate } from './candidates';
import type { Word } from '../text/words';
import type { Vector } from './vectors';
import { cosine, norm } from './vectors';
import { endsLikeSentence, factDensity, isChrome, isQuestion, quoteShare, startsWithQuote } from './signals';
import { LENGTH, MIN_LETTER_WORDS, MIN_WORDS, WEIGHTS as W } from './weights';

export interface Analysed {
  cand: Candidate;
  words: Word[];
  vector: Vector;
  norm: number;
}

export function lengthPrior(n: number): number {
  if (n >= LENGTH.min && n <= LENGTH.max) return 1;
  if (n < LENGTH.min) return Math.max(0, (n - LENGTH.floor) / (LENGTH.min - LENGTH.floor));
  return Math.max(0, 1 - (n - LENGTH.max) / (LENGTH.ceiling - LENGTH.max));
}

/** Centrality as similarity to the centroid of all *other* sentences (excluding itself avoids favouring length). */
function centralities(items: readonly Analysed[], centroid: Vector): number[] {
  return items.map((it) => {
    let dot = 0;
    let self = 0;
    for (const [t, x] of it.vector) {
      dot += x * (centroid.get(t) ?? 0);
      self += x * x;
    }
    const rest = dot - self;
    // |centroid - v|² = |c|² - 2 c·v + |v|²
    const cn2 = centroidNorm2(centroid) - 2 * dot + self;
    return it.norm > 0 && cn2 > 0 ? rest / (it.norm * Math.sqrt(cn2)) : 0;
  });
}

const cnCache = new WeakMap<Vector, number>();
function centroidNorm2(c: Vector): number {
  let v = cnCache.get(c);
  if (v === undefined) { v = norm(c) ** 2; cnCache.set(c, v); }
  return v;
}

function normalise(xs: number[]): number[] {
  const max = xs.reduce((m, x) => Math.max(m, x), 0);
  return max > 0 ? xs.map((x) => Math.max(0, x) / max) : xs.map(() => 0);
}

export function scoreCandidates(items: readonly Analysed[], centroid: Vector, title: Vector | null): number[] {
  const cent = normalise(centralities(items, centroid));
  const tnorm = title ? norm(title) : 0;
  const tsim = normalise(items.map((it) => (title ? cosine(it.vector, title, it.norm, tnorm) : 0)));
  const prevBlock = new Map<number, number>();
  // Only an article written in punctuated sentences tells sentences from debris by their ending.
  const punctuated = items.some((it) => endsLikeSentence(it.cand.text));
  return items.map((it, i) => {
    const c = it.cand;
    const first = !prevBlock.has(c.block);
    prevBlock.set(c.block, i);
    if (c.leadIn || isChrome(c.text) || it.words.length < MIN_WORDS) return -Infinity;
    if (it.words.filter((word) => /\p{L}/u.test(word.text)).length < MIN_LETTER_WORDS) return -Infinity;
    // An article's own summary list may use bare phrases; anywhere else an unpunctuated line is page debris.
    if (punctuated && !c.inSummary && !endsLikeSentence(c.text)) return -Infinity;
    let s = W.position * Math.exp(-c.order / W.positionDecay);
    if (first) s += W.blockStart;
    s += W.centrality * (cent[i] ?? 0) + W.title * (tsim[i] ?? 0);
    s += W.facts * factDensity(it.words) + W.length * lengthPrior(it.words.length);
    s -= W.quote * quoteShare(c.text);
    if (startsWithQuote(c.text)) s -= W.quoteStart;
    if (isQuestion(c.text)) s -= W.question;
    if (c.kind === 'quote') s -= W.blockquote;
    if (c.quotation) s -= W.quotationPiece;
    if (c.afterLabel) s += W.label;
    if (c.inSummary) s += W.summary;
    return s;
  });
}

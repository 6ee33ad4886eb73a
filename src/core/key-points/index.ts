/**
 * The key-point engine: whole sentences of the article that best stand for it, ranked best first.
 * Pure TypeScript (Intl.Segmenter only), deterministic, no browser API. Stopwords are passed in (see
 * ../stopwords.ts loadStopwords) so that no language list is bundled statically.
 */
import type { KeyPoint, KeyPointInput, KeyPointOptions } from './types';
import { collectCandidates, type Candidate } from './candidates';
import { scoreCandidates, type Analysed } from './score';
import { selectMmr } from './select';
import { countForWords } from './count';
import { centroid, norm, sentenceTerms, termNormalizer, tfidfVectors } from './vectors';
import { segmentWords } from '../text/words';
import { withoutReferenceMarks } from '../text/reference-marks';

export type { KeyPoint, KeyPointInput, KeyPointOptions, TextBlock } from './types';
export { autoKeyPointCount, countForWords } from './count';

/** Kept as an alias: `stopwords` now lives on KeyPointOptions itself. */
export type PickOptions = KeyPointOptions;

const NONE: ReadonlySet<string> = new Set();

export function pickKeyPoints(input: KeyPointInput, options: PickOptions = {}): KeyPoint[] {
  const cands = collectCandidates(input);
  if (cands.length === 0) return [];
  // Reference marks ("[46]", "[citation needed]") are not the sentence's words: their numbers are no facts.
  const words = cands.map((c) => segmentWords(withoutReferenceMarks(c.text), input.lang));
  const requested = options.count ?? 'auto';
  // Same rule as autoKeyPointCount, on the words already segmented (segmenting twice would double the cost).
  const k = requested === 'auto'
    ? countForWords(words.reduce((n, w) => n + w.length, 0))
    : Math.max(0, Math.floor(requested));
  if (k === 0) return [];

  const stop = options.stopwords ?? NONE;
  const normTerm = termNormalizer(input.lang);
  const ids = new Map<string, number>();
  const terms = words.map((w) => sentenceTerms(w, stop, normTerm, ids));
  const titleTerms = input.title ? sentenceTerms(segmentWords(input.title, input.lang), stop, normTerm, ids) : [];
  const vectors = tfidfVectors([...terms, titleTerms], ids.size);
  const titleVec = titleTerms.length > 0 ? (vectors.pop() ?? null) : (vectors.pop(), null);

  const items: Analysed[] = cands.map((cand, i) => {
    const vector = vectors[i] ?? new Map<number, number>();
    return { cand, words: words[i] ?? [], vector, norm: norm(vector) };
  });
  const scores = scoreCandidates(items, centroid(vectors), titleVec);
  // A picked piece of a quotation stands for the whole quotation, so two picks may become one: pick a few
  // more than asked (MMR picks greedily, so the first k are the same) and keep the first k distinct ones.
  const points: KeyPoint[] = [];
  for (const i of selectMmr(items, scores, k + QUOTATION_SPARES)) {
    const point = asKeyPoint(items[i]!.cand, input, scores[i] ?? 0);
    if (points.some((p) => p.block === point.block && p.start < point.end && point.start < p.end)) continue;
    points.push(point);
    if (points.length === k) break;
  }
  return points;
}

/** Picks beyond k that stand in when pieces of one quotation were picked twice. */
const QUOTATION_SPARES = 2;

/** The key point a candidate stands for: the sentence, or the whole quotation it is a piece of. */
function asKeyPoint(c: Candidate, input: KeyPointInput, score: number): KeyPoint {
  if (!c.quotation) return { block: c.block, start: c.start, end: c.end, text: c.text, score };
  const { start, end } = c.quotation;
  return { block: c.block, start, end, text: (input.blocks[c.block]?.text ?? '').slice(start, end), score };
}

/**
 * Tunable weights of the key-point scorer, in one place. Tuned on the even-numbered lines of the dev set and checked
 * on the odd ones (see scripts/eval-keypoints.ts --split). Every signal is in [0, 1] before weighting.
 */
export const WEIGHTS = {
  /** News puts its facts first: weight of exp(-order / POSITION_DECAY). */
  position: 1.0,
  /** Sentences per e-fold of the position signal. */
  positionDecay: 1,
  /** First sentence of each block (paragraph leads tend to carry the paragraph's point). */
  blockStart: 0.1,
  /** Similarity to the rest of the article (centroid), normalised by the best sentence. Small: graph methods alone lose to Lead-3. */
  centrality: 0.25,
  /** Similarity to the title, normalised by the best sentence. */
  title: 0.2,
  /** Density of names and numbers (who, how many, when). */
  facts: 0.3,
  /** Length prior: sentences far from the typical highlight length read as fragments or run-ons. */
  length: 0.15,
  /** Share of the sentence inside quotation marks. */
  quote: 0,
  /** The sentence opens with a quotation mark (a bare quote). */
  quoteStart: 0.2,
  /** One sentence of a quotation that runs over several ("…wrote, “I’m asked why." | "I think I have.”"). */
  quotationPiece: 0.4,
  /** Questions rarely state a fact. */
  question: 0.5,
  /** Inside a blockquote. */
  blockquote: 0.3,
  /** First sentence after a bold lead-in label: the article's own structure marks it as a point. */
  label: 0.4,
  /** Item of a list the article presents as its summary ("Key points", "What you need to know"). */
  summary: 2.0,
  /** MMR trade-off: 1 = pure relevance, 0 = pure novelty. */
  mmrLambda: 0.75,
  /** Cosine similarity to an already picked sentence above which a candidate is a duplicate and skipped. */
  duplicate: 0.7,
} as const;

/** Length prior: full credit between these word counts, linear fall-off outside. */
export const LENGTH = { min: 6, max: 25, floor: 4, ceiling: 80 } as const;

/** Fewer content words than this and a sentence is a fragment ("Not so fast.") and never picked. */
export const MIN_WORDS = 4;
/**
 * Fewer words of letters than this and the "sentence" is a row of figures and units ("128,400,000 miles
 * (206,600,000 km).", from a fact sheet's "Perihelion: …" line), not a statement.
 */
export const MIN_LETTER_WORDS = 3;


/** MMR compares only this many best-scored candidates, so selection cost is bounded (n log n overall). */
export const POOL_SIZE = 40;

/**
 * Abbreviation classes used to repair Intl.Segmenter sentence breaks on news text.
 * ICU's default sentence rules break after any "word. Capital", which splits "Gov. Sam Brownback" or
 * "J. R. R. Tolkien". These lists are about the *behaviour* of a dotted token, not about any site.
 * Keys are lowercase and without the trailing dot.
 */

/** Titles and name prefixes: always followed by a name, so a break after them is always wrong. */
export const ALWAYS_CONTINUE = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'gov', 'sen', 'rep', 'reps', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt',
  'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'cdr', 'rev', 'fr', 'hon', 'pres', 'supt', 'det', 'insp', 'atty', 'amb',
  'st', 'mt', 'ft', 'gov', 'lieut', 'brig', 'vs', 'v', 'e.g', 'i.e', 'cf', 'approx', 'dept', 'univ', 'assn',
  'ave', 'blvd', 'nos', 'fig', 'sra', 'sres', 'dra', 'hr', 'hrn', 'fr', 'mme', 'mlle', 'm', 'nr', 'bzw', 'z.b',
]);

/** Followed by a number ("Jan. 5", "No. 10", "p. 4"): continue only when the next token starts with a digit. */
export const BEFORE_NUMBER = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'p', 'pp', 'vol', 'art',
  'ch', 'sec', 'nr', 'est', 'ca', 'approx', 'op', 'ed', 'eds', 'tel', 'ext', 'min', 'max', 'avg', 'vols', 'nos',
  'figs', 'secs', 'chap', 'par', 'para', 'cap', 'seq', 'pag', 'pt', 'pts',
]);

/**
 * May end a sentence as easily as sit inside one ("Apple Inc.", "the U.S.", "5 p.m."):
 * continue only when the next word does not look like the start of a new sentence.
 */
export const AMBIGUOUS = new Set(['inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'bros', 'etc', 'llc', 'plc', 'a.m', 'p.m', 'al']);

/**
 * Capitalised words that usually open a new sentence. After an ambiguous abbreviation such as "U.S.",
 * "U.S. Army" continues the sentence while "U.S. The" starts a new one.
 */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at',
  'this', 'that', 'these', 'those', 'there', 'his', 'her', 'their', 'our', 'my', 'its', 'as', 'if', 'when', 'while',
  'after', 'before', 'since', 'however', 'meanwhile', 'still', 'also', 'according', 'for', 'with', 'from', 'by',
  'to', 'of', 'one', 'some', 'many', 'most', 'all', 'no', 'not', 'what', 'who', 'why', 'how', 'where', 'then',
  'now', 'last', 'earlier', 'later', 'officials', 'police', 'both', 'each', 'other', 'another', 'during', 'despite',
  'although', 'though', 'because', 'instead', 'here', 'asked', 'speaking', 'under', 'among', 'about',
]);

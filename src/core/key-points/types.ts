/** One block of the article as the key-point engine sees it (built from the sanitized article DOM). */
export interface TextBlock {
  kind: 'paragraph' | 'heading' | 'list-item' | 'quote' | 'caption' | 'other';
  /** The block's text exactly as its DOM textContent, so that offsets map back onto the DOM. */
  text: string;
  /**
   * Length of a bold/strong lead-in label at the very start of the block (e.g. "What North Korea wants in return:"),
   * counted in characters of `text`; 0 when there is none.
   */
  leadInLength: number;
  /**
   * Share of the block's text inside links (0–1). A block that is mostly link text is navigation, a
   * "Read also: …" teaser or a share bar that survived extraction, not the story. Absent means 0.
   */
  linkShare?: number;
  /**
   * Offsets in `text` where the block has a line break (`<br>`), which adds no character to textContent. Lines are
   * items ("+ Added Slime Block<br>+ Added Banners"): no sentence runs across one. Absent means none.
   */
  lineBreaks?: number[];
}

export interface KeyPointInput {
  title: string;
  /** BCP 47 tag or null when unknown. */
  lang: string | null;
  blocks: TextBlock[];
}

export interface KeyPoint {
  /** Index into `KeyPointInput.blocks`. */
  block: number;
  /** Character offsets of the whole sentence within that block's `text` (end exclusive). */
  start: number;
  end: number;
  /** The sentence text (trimmed). */
  text: string;
  score: number;
}

export interface KeyPointOptions {
  /** How many to pick; 'auto' decides by the article's length (3 typical, up to 7 long, fewer short). */
  count?: number | 'auto';
  /**
   * Lowercase stopwords of the article's language (load with `loadStopwords(lang)` from src/core/stopwords.ts).
   * Optional: without them the engine still works, weighing words by inverse sentence frequency.
   */
  stopwords?: ReadonlySet<string>;
}

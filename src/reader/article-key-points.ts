/**
 * Key points of a rendered article: blocks from the sanitized article DOM → the engine. Shared by the popup
 * and the Node pipeline, so the CLI lists the same sentences the popup highlights.
 */
import { collectBlocks } from './blocks';
import { pickKeyPoints } from '../core/key-points';
import { withoutReferenceMarks } from '../core/text/reference-marks';
import type { KeyPoint } from '../core/key-points';
import type { HighlightRange } from './highlight';

export interface ArticleKeyPoints {
  /** Ranked best first, as the engine returns them. */
  ranked: KeyPoint[];
  /** The same key points in reading order, with the ids their highlights carry. */
  inOrder: (KeyPoint & { id: string })[];
  /** The block elements the key points' offsets refer to. */
  elements: Element[];
}

export function articleKeyPoints(
  contentRoot: Element,
  article: { title: string; lang: string | null },
  options: { count: number | 'auto'; stopwords: ReadonlySet<string> },
): ArticleKeyPoints {
  const { blocks, elements } = collectBlocks(contentRoot);
  const ranked = pickKeyPoints({ title: article.title, lang: article.lang, blocks }, options);
  const inOrder = [...ranked]
    .sort((a, b) => a.block - b.block || a.start - b.start)
    // The offsets still cover the sentence as written; its text is shown and copied with whitespace collapsed
    // (source HTML wraps lines inside paragraphs) and without reference marks ("[46]").
    .map((point, index) => ({ ...point, text: withoutReferenceMarks(point.text, '').replace(/\s+/g, ' ').trim(), id: `kp-${index + 1}` }));
  return { ranked, inOrder, elements };
}

export function highlightRangesOf(points: ArticleKeyPoints['inOrder']): HighlightRange[] {
  return points.map(({ block, start, end, id }) => ({ block, start, end, id }));
}

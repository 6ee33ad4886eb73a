import type { RefObject } from 'preact';
import { loadStopwords } from '../src/core/stopwords';
import { articleKeyPoints, highlightRangesOf } from '../src/reader/article-key-points';
import type { ArticleKeyPoints } from '../src/reader/article-key-points';
import { clearHighlights, highlightRanges } from '../src/reader/highlight';
import type { Article } from '../src/reader/types';

/** Picks the key points of the rendered article and wraps each sentence in its marks. */
export async function markKeyPoints(
  contentRef: RefObject<HTMLElement | null>,
  article: Article,
  count: number | 'auto',
  cancelled: () => boolean,
): Promise<ArticleKeyPoints['inOrder'] | null> {
  const stopwords = await loadStopwords(article.lang);
  const root = contentRef.current;
  if (cancelled() || !root) return null;
  clearHighlights(root);
  const found = articleKeyPoints(root, article, { count, stopwords });
  highlightRanges(found.elements, highlightRangesOf(found.inOrder));
  performance.mark('lede:key-points');
  return found.inOrder;
}

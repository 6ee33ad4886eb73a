import { useEffect, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { loadStopwords } from '../src/core/stopwords';
import { articleKeyPoints, highlightRangesOf } from '../src/reader/article-key-points';
import type { ArticleKeyPoints } from '../src/reader/article-key-points';
import { clearHighlights, highlightRanges } from '../src/reader/highlight';
import type { Article } from '../src/reader/types';

/**
 * Picks the key points of the rendered article and marks them in its DOM. Runs after the article is on
 * screen, so the text never waits for them; re-runs only when the article or the wanted count changes.
 */
export function useKeyPoints(
  contentRef: RefObject<HTMLElement | null>,
  article: Article,
  count: number | 'auto',
): ArticleKeyPoints['inOrder'] {
  const [points, setPoints] = useState<ArticleKeyPoints['inOrder']>([]);
  useEffect(() => {
    let cancelled = false;
    void loadStopwords(article.lang).then((stopwords) => {
      const root = contentRef.current;
      if (cancelled || !root) return;
      clearHighlights(root);
      const found = articleKeyPoints(root, article, { count, stopwords });
      highlightRanges(found.elements, highlightRangesOf(found.inOrder));
      setPoints(found.inOrder);
    });
    return () => {
      cancelled = true;
    };
  }, [article, count, contentRef]);
  return points;
}

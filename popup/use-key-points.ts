import { useEffect, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { ArticleKeyPoints } from '../src/reader/article-key-points';
import type { Article } from '../src/reader/types';

/**
 * The key-point engine and its highlighter, loaded only after the article is on screen: they stay out of
 * the bundle the popup needs for its first paint.
 */
const loadKeyPointCode = () => import('./key-points-runtime');

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
    void loadKeyPointCode()
      .then(({ markKeyPoints }) => markKeyPoints(contentRef, article, count, () => cancelled))
      .then((found) => {
        if (found && !cancelled) setPoints(found);
      });
    return () => {
      cancelled = true;
    };
  }, [article, count, contentRef]);
  return points;
}

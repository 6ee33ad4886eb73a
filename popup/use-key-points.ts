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
  /** Whether the whole body is written: the points are picked from it, and marked in it. */
  bodyWritten: boolean,
): ArticleKeyPoints['inOrder'] {
  const [points, setPoints] = useState<ArticleKeyPoints['inOrder']>([]);
  useEffect(() => {
    if (!bodyWritten) return undefined;
    let cancelled = false;
    void loadKeyPointCode()
      .then(({ markKeyPoints }) => markKeyPoints(contentRef, article, count, () => cancelled))
      .then((found) => {
        if (found && !cancelled) setPoints(found);
      });
    return () => {
      cancelled = true;
    };
  }, [article, count, contentRef, bodyWritten]);
  return points;
}

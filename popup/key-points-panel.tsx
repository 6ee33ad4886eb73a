import { useState } from 'preact/hooks';
import type { ArticleKeyPoints } from '../src/reader/article-key-points';
import { MARK_CLASS } from '../src/reader/highlight';

interface Props {
  points: ArticleKeyPoints['inOrder'];
  highlightsShown: boolean;
  onToggleHighlights: () => void;
  /** Where the marks live (the article content element). */
  contentRoot: () => Element | null;
  /** The article's language and direction, for the sentences themselves. */
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
}

const FLASH_MS = 1600;

/** Scrolls to a key point's sentence, moves focus there for keyboard users, and briefly emphasises it. */
function jumpTo(root: Element | null, id: string): void {
  const marks = Array.from(root?.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}[data-kp="${id}"]`) ?? []);
  const first = marks[0];
  if (!first) return;
  first.scrollIntoView({ block: 'center' });
  first.tabIndex = -1;
  first.focus({ preventScroll: true });
  for (const mark of marks) mark.classList.add('kp-flash');
  setTimeout(() => marks.forEach((mark) => mark.classList.remove('kp-flash')), FLASH_MS);
}

export function KeyPointsPanel({ points, highlightsShown, onToggleHighlights, contentRoot, lang, dir }: Props) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  if (points.length === 0) return null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(points.map((point) => `• ${point.text}`).join('\n'));
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
    setTimeout(() => setCopied('idle'), 2000);
  };

  return (
    <section class="key-points" aria-labelledby="key-points-title">
      <div class="key-points-head">
        <h2 id="key-points-title" class="key-points-title">
          Key points
        </h2>
        <div class="key-points-actions">
          <button type="button" class="chip" aria-pressed={highlightsShown} onClick={onToggleHighlights}>
            {highlightsShown ? 'Hide highlights' : 'Show highlights'}
          </button>
          <button type="button" class="chip" onClick={() => void copy()}>
            {copied === 'copied' ? 'Copied' : copied === 'failed' ? 'Copy failed' : 'Copy key points'}
          </button>
          <span class="visually-hidden" role="status">
            {copied === 'copied' ? 'Key points copied to the clipboard' : ''}
          </span>
        </div>
      </div>
      <ol class="key-points-list" lang={lang ?? undefined} dir={dir ?? 'auto'}>
        {points.map((point) => (
          <li key={point.id}>
            <button
              type="button"
              class="key-point"
              onClick={() => jumpTo(contentRoot(), point.id)}
              aria-label={`${point.text} (go to this sentence in the article)`}
            >
              {point.text}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

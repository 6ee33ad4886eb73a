import { useEffect, useRef, useState } from 'preact/hooks';
import { useSettings } from '../src/ui/use-settings';
import { DEFAULT_SETTINGS } from '../src/settings/schema';
import type { Article } from '../src/reader/types';
import { cleanByline, cleanSiteName, formatPublished, formatReadingTime } from '../src/reader/format';
import { KeyPointsPanel } from './key-points-panel';
import { useKeyPoints } from './use-key-points';
import { ArticleBody } from './article-body';

const DEFAULT_KEY_POINTS = DEFAULT_SETTINGS.keyPoints;

/** The article alone. `article.content` is untrusted: only `ArticleBody` renders it, through the sanitizer. */
export function ArticleView({ article }: { article: Article }) {
  const prefs = useSettings()?.keyPoints ?? DEFAULT_KEY_POINTS;
  const bodyRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLElement>(null);
  // Focus the scrolling article so Space, Page Down and the arrow keys read on at once; Tab reaches the controls.
  useEffect(() => scrollRef.current?.focus({ preventScroll: true }), [article]);
  // Preact runs effects after the browser has painted: the moment the article is on screen (bench:popup reads it).
  useEffect(() => void performance.mark('lede:article-visible'), [article]);
  // The key points are picked from the written body: they wait until all of it is in.
  const [writtenHtml, setWrittenHtml] = useState<string | null>(null);
  const points = useKeyPoints(bodyRef, article, prefs.count, writtenHtml === article.content);
  // The panel's toggle is a quick, per-article override of the "highlight inline" setting.
  const [highlightsShown, setHighlightsShown] = useState(prefs.highlightInline);
  useEffect(() => setHighlightsShown(prefs.highlightInline), [prefs.highlightInline]);
  const byline = cleanByline(article.byline, article.siteName);
  const siteName = cleanSiteName(article.siteName);
  const published = formatPublished(article.publishedTime);
  return (
    <main class="reader-scroll" ref={scrollRef} tabIndex={-1}>
      {/* Lede's own labels are English (left to right); the article's words carry its language and direction. */}
      <article class={`reader${highlightsShown ? '' : ' highlights-off'}`} data-dir={article.dir ?? 'auto'}>
        <header class="reader-header">
          {siteName && <p class="reader-site">{siteName}</p>}
          <h1 class="reader-title" lang={article.lang ?? undefined} dir={article.dir ?? 'auto'}>
            {article.title}
          </h1>
          {/* Each item is isolated (<bdi>): "1 min read" and "By <name>" keep their order in a right-to-left line. */}
          <p class="reader-meta">
            {byline && (
              <span class="reader-byline">
                <bdi>By {byline}</bdi>
              </span>
            )}
            {published && (
              <time dateTime={article.publishedTime ?? undefined}>
                <bdi>{published}</bdi>
              </time>
            )}
            <span class="reader-reading-time">
              <bdi>{formatReadingTime(article.readingMinutes)}</bdi>
            </span>
          </p>
        </header>
        {prefs.showPanel && (
          <KeyPointsPanel
            points={points}
            highlightsShown={highlightsShown}
            onToggleHighlights={() => setHighlightsShown((shown) => !shown)}
            contentRoot={() => bodyRef.current}
            lang={article.lang}
            dir={article.dir}
          />
        )}
        <ArticleBody html={article.content} baseUrl={article.url} bodyRef={bodyRef} lang={article.lang} dir={article.dir} onWritten={setWrittenHtml} />
      </article>
    </main>
  );
}

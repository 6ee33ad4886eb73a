import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useSettings } from '../src/ui/use-settings';
import { DEFAULT_SETTINGS } from '../src/settings/schema';
import type { Article } from '../src/reader/types';
import { cleanByline, formatPublished, formatReadingTime } from '../src/reader/format';
import { KeyPointsPanel } from './key-points-panel';
import { useKeyPoints } from './use-key-points';
import { articleBodyWriter } from '../src/reader/sanitize-in-steps';

const DEFAULT_KEY_POINTS = DEFAULT_SETTINGS.keyPoints;

/**
 * Written before the first paint: more text than the popup's first screen holds, even at the smallest type and
 * tightest lines the options allow (about 26 lines of 90 characters below the title; at the default type, 15
 * lines of 65). The rest follows in steps after the first frame, each small enough to leave the popup
 * responsive (10–25 ms each for a long article here).
 */
const FIRST_STEP_CHARS = 2500;
const LATER_STEP_CHARS = 12000;

/**
 * The article body: the page's untrusted HTML, sanitized as it is written (sanitize-in-steps.ts). The first
 * step runs before the browser paints, so the popup's first frame shows the article's beginning; the others
 * run after it, one task each, and `onWritten` says when all is in (the key points wait for it). The key-point
 * marks are added to this DOM afterwards, and re-rendering the view (a settings change) keeps them: Preact
 * leaves alone children it did not create.
 */
function ArticleBody({ html, baseUrl, bodyRef, lang, dir, onWritten }: {
  html: string;
  baseUrl: string;
  bodyRef: { current: HTMLDivElement | null };
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  onWritten: (html: string) => void;
}) {
  useLayoutEffect(() => {
    const root = bodyRef.current;
    if (!root) return undefined;
    root.replaceChildren();
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      root.removeAttribute('aria-busy');
      // Read by the end-to-end tests: the whole body is in (after the first frame, for a long article).
      performance.mark('lede:body-written');
      onWritten(html);
    };
    const writer = startWriting(html, root, baseUrl);
    if (!writer.next(FIRST_STEP_CHARS)) {
      finish();
    } else {
      root.setAttribute('aria-busy', 'true');
      const next = () => {
        if (writer.next(LATER_STEP_CHARS)) timer = setTimeout(next);
        else finish();
      };
      // After the first frame: a timeout alone could run before the browser paints.
      frame = requestAnimationFrame(() => (timer = setTimeout(next)));
    }
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [html, baseUrl]);
  return <div class="reader-content" ref={bodyRef} lang={lang ?? undefined} dir={dir ?? 'auto'} />;
}

/**
 * The body writer, failing closed: should DOMPurify refuse to clean a part in place, nothing more of the
 * article is written and a line says so.
 */
function startWriting(html: string, root: HTMLElement, baseUrl: string): { next: (chars: number) => boolean } {
  const stop = () => {
    const notice = root.ownerDocument.createElement('p');
    notice.className = 'reader-notice';
    notice.textContent = 'Lede stopped here: the rest of this article could not be cleaned safely.';
    root.append(notice);
    return false;
  };
  try {
    const writer = articleBodyWriter(html, root, baseUrl);
    return { next: (chars) => { try { return writer.writeNext(chars); } catch { return stop(); } } };
  } catch {
    stop();
    return { next: () => false };
  }
}

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
  const byline = cleanByline(article.byline);
  const published = formatPublished(article.publishedTime);
  return (
    <main class="reader-scroll" ref={scrollRef} tabIndex={-1}>
      {/* Lede's own labels are English (left to right); the article's words carry its language and direction. */}
      <article class={`reader${highlightsShown ? '' : ' highlights-off'}`} data-dir={article.dir ?? 'auto'}>
        <header class="reader-header">
          {article.siteName && <p class="reader-site">{article.siteName}</p>}
          <h1 class="reader-title" lang={article.lang ?? undefined} dir={article.dir ?? 'auto'}>
            {article.title}
          </h1>
          <p class="reader-meta">
            {byline && <span class="reader-byline">By {byline}</span>}
            {published && <time dateTime={article.publishedTime ?? undefined}>{published}</time>}
            <span class="reader-reading-time">{formatReadingTime(article.readingMinutes)}</span>
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

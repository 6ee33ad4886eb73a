import type { Article } from '../src/reader/types';
import { cleanByline, formatPublished, formatReadingTime } from '../src/reader/format';

/** The article alone. `article.content` has been sanitized by `loadArticle` before it reaches here. */
export function ArticleView({ article }: { article: Article }) {
  const byline = cleanByline(article.byline);
  const published = formatPublished(article.publishedTime);
  const meta = [byline && `By ${byline}`, published, formatReadingTime(article.readingMinutes)].filter(Boolean);
  return (
    <main class="reader-scroll">
      <article class="reader" lang={article.lang ?? undefined} dir={article.dir ?? 'auto'}>
        <header class="reader-header">
          {article.siteName && <p class="reader-site">{article.siteName}</p>}
          <h1 class="reader-title">{article.title}</h1>
          <p class="reader-meta">{meta.join(' · ')}</p>
        </header>
        <div class="reader-content" dangerouslySetInnerHTML={{ __html: article.content }} />
      </article>
    </main>
  );
}

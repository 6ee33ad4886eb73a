import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';

const doc = (html: string) => new JSDOM(html, { url: 'https://site.example/a/b.html' }).window.document;
const page = (body: string, head = '') => doc(`<html lang="en"><head><title>T</title>${head}</head><body>${body}</body></html>`);
/** A body long enough to be an article. */
const text = '<p>' + 'A sentence of the article body that is long enough. '.repeat(8) + '</p>';

describe("extractArticle: the article's date", () => {
  it('prefers a JSON-LD date (even nested where Readability does not look) to a <time>, and uses <time> without one', () => {
    const body = `<article><time datetime="2021-05-04T10:00:00Z">May 4</time>${text}${text}</article>`;
    const nested = '{"@context":"https://schema.org","@graph":[{"@type":"WebPage","about":{"@type":"Thing","datePublished":"2020-01-02T03:04:05Z"}}]}';
    const withLd = page(`<script type="application/ld+json">${nested}</script>${body}`);
    const noDate = page(`<script type="application/ld+json">{"@type":"Organization","name":"Site"}</script>${body}`);
    const dateOf = (d: Document) => {
      const result = extractArticle(d, { url: 'https://site.example/' });
      return result.kind === 'article' ? result.article.publishedTime : 'no article';
    };
    expect(dateOf(withLd)).toBe('2020-01-02T03:04:05Z');
    expect(dateOf(noDate)).toBe('2021-05-04T10:00:00Z');
  });
  it('reads the hAtom date of blogs (<abbr class="published" title="…">) when nothing else gives one', () => {
    const footer = '<div class="post-footer">Posted at <abbr class="published" title="2016-12-23T05:11:00-05:00">5:11 AM</abbr></div>';
    const result = extractArticle(page(`<article>${text}${text}</article>${footer}`), { url: 'https://site.example/' });
    expect(result.kind === 'article' ? result.article.publishedTime : null).toBe('2016-12-23T05:11:00-05:00');
    const other = extractArticle(page(`<article>${text}${text}</article><abbr class="initialism" title="2016-12-23">D</abbr>`), { url: 'https://site.example/' });
    expect(other.kind === 'article' ? other.article.publishedTime : 'no article').toBeNull();
  });
  it("reads newsroom platforms' own date keys (article_date_original, publication_date)", () => {
    const dateOf = (meta: string) => {
      const result = extractArticle(page(`<article>${text}${text}</article>`, meta), { url: 'https://site.example/' });
      return result.kind === 'article' ? result.article.publishedTime?.slice(0, 10) : 'no article';
    };
    expect(dateOf('<meta name="article_date_original" content="Monday, December 29, 2014,  3:02 PM">')).toBe('2014-12-29');
    expect(dateOf('<meta name="publication_date" content="2015-01-14">')).toBe('2015-01-14');
  });
  it('keeps the day of a published time whose zone no parser reads ("2021-01-03T17:40:00EET")', () => {
    const d = page(`<article>${text}${text}</article>`, '<meta property="article:published_time" content="2021-01-03T17:40:00EET">');
    const result = extractArticle(d, { url: 'https://site.example/' });
    expect(result.kind === 'article' ? result.article.publishedTime : null).toBe('2021-01-03');
  });
  it('drops a published time from before the month in the page\'s address, and falls back to the date line or the address\'s day', () => {
    const meta = '<meta property="article:published_time" content="2009-09-02T00:00:00-04:00">';
    const dateOf = (body: string, url: string) => {
      const result = extractArticle(page(`<article>${body}${text}${text}</article>`, meta), { url });
      return result.kind === 'article' ? [result.article.publishedTime, result.article.textContent.includes('2014')] : [];
    };
    // The page's own date line is then the date, and goes from the text as it would have with no metadata.
    expect(dateOf('<p>May 23, 2014</p>', 'https://site.example/blog/2014/05/how-to-pack.html')).toEqual(['2014-05-23', false]);
    expect(dateOf('', 'https://site.example/blog/2014/05/30/how-to-pack.html')).toEqual(['2014-05-30', false]);
    expect(dateOf('', 'https://site.example/blog/2014/05/how-to-pack.html')).toEqual([null, false]);
    // An address without a date, or one the metadata fits, leaves the metadata's date alone.
    expect(dateOf('', 'https://site.example/blog/how-to-pack.html')).toEqual(['2009-09-02T00:00:00-04:00', false]);
    expect(dateOf('', 'https://site.example/2009/09/how-to-pack.html')).toEqual(['2009-09-02T00:00:00-04:00', false]);
  });
});

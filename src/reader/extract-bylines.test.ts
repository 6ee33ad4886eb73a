import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';

const doc = (html: string) => new JSDOM(html, { url: 'https://site.example/a/b.html' }).window.document;
const page = (body: string, head = '') => doc(`<html lang="en"><head><title>T</title>${head}</head><body>${body}</body></html>`);
/** A body long enough to be an article. */
const text = '<p>' + 'A sentence of the article body that is long enough. '.repeat(8) + '</p>';

describe("extractArticle: the article's byline", () => {
  it('looks for the byline the page prints when the metadata\'s author is the site itself', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","author":{"@type":"Organization","name":"Coast Daily"},"publisher":{"name":"Coast Daily"}}</script>';
    const bylineOf = (shown: string) => {
      const result = extractArticle(page(`${ld}<div class="share"><div class="share__contributors--author">${shown}</div></div><article>${text}${text}</article>`), { url: 'https://site.example/' });
      return result.kind === 'article' ? result.article.byline : 'no article';
    };
    expect(bylineOf('By Michael Hingston')).toBe('By Michael Hingston');
    // With no byline on the page, the site's name stays (the header hides a byline that only names the site).
    expect(bylineOf('')).toBe('Coast Daily');
  });
  it('does not take a picture\'s credit marked as its author for the byline', () => {
    const figure = '<figure><img src="https://img.example/a.jpg"><figcaption><span class="img-caption">The plant.</span> <span class="img-author">Mike Blake/Reuters files</span></figcaption></figure>';
    const bylineOf = (after: string) => {
      const result = extractArticle(page(`<article>${figure}${after}${text}${text}</article>`), { url: 'https://site.example/' });
      return result.kind === 'article' ? result.article.byline : 'no article';
    };
    expect(bylineOf('')).toBeNull();
    expect(bylineOf('<p class="byline">By Jane Doe</p>')).toBe('By Jane Doe');
    // Nor the footer's credit to the site's theme.
    const themed = extractArticle(page(`<article>${text}${text}</article><footer><span class="theme-author"><a href="https://themes.example">Catch Themes</a></span></footer>`), { url: 'https://site.example/' });
    expect(themed.kind === 'article' ? themed.article.byline : 'no article').toBeNull();
  });
  it('takes the "By" line the page shows above the story over a byline from its meta tags, and the date in it', () => {
    const d = doc(`<html lang="en"><head><title>Story</title><meta name="author" content="Example Media"></head>
      <body><article><p>By Jason Tabrys • 12.29.14</p>${text}${text}</article></body></html>`);
    const result = extractArticle(d, { url: 'https://site.example/' });
    expect(result.kind).toBe('article');
    if (result.kind !== 'article') return;
    expect(result.article.byline).toBe('By Jason Tabrys • 12.29.14');
    expect(result.article.publishedTime).toBe('2014-12-29');
    expect(result.article.textContent).not.toContain('Jason Tabrys');
  });
});

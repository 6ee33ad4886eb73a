import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { detectArticle, hasJsonLdArticle, hasOgArticle } from './detect-article';

const ROOT = join(import.meta.dirname, '../..');
const paragraph = (n: number) =>
  `<p>${`Paragraph ${n} of a long story about the city council vote on the new harbour bridge, with quotes and figures. `.repeat(6)}</p>`;
const body = (paragraphs: number) => Array.from({ length: paragraphs }, (_, i) => paragraph(i)).join('\n');

function page(head: string, paragraphs: number): Document {
  return new JSDOM(`<!doctype html><html><head>${head}</head><body><article>${body(paragraphs)}</article></body></html>`).window
    .document;
}
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const OG = '<meta property="og:type" content="article">';
const STORY = 'https://news.example.com/2024/05/harbour-bridge-vote';

describe('JSON-LD and Open Graph signals', () => {
  it.each([
    ['NewsArticle', { '@context': 'https://schema.org', '@type': 'NewsArticle' }],
    ['BlogPosting', { '@type': 'BlogPosting' }],
    ['Article in a type array', { '@type': ['Thing', 'Article'] }],
    ['an array of items', [{ '@type': 'Organization' }, { '@type': 'NewsArticle' }]],
    ['@graph', { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'Article' }] }],
    ['a WebPage mainEntity', { '@type': 'WebPage', mainEntity: { '@type': 'ReportageNewsArticle' } }],
    ['a full IRI type', { '@type': 'https://schema.org/NewsArticle' }],
  ])('finds %s', (_name, data) => {
    expect(hasJsonLdArticle(page(ld(data), 0))).toBe(true);
  });

  it.each([
    ['a WebSite', { '@type': 'WebSite' }],
    ['an Organization', { '@type': 'Organization', name: 'Article' }],
    ['nothing typed', { name: 'x' }],
  ])('ignores %s', (_name, data) => {
    expect(hasJsonLdArticle(page(ld(data), 0))).toBe(false);
  });

  it('survives broken JSON-LD', () => {
    const doc = page('<script type="application/ld+json">{"@type": "NewsArticle",</script>' + ld({ '@type': 'Article' }), 0);
    expect(hasJsonLdArticle(doc)).toBe(true);
    expect(hasJsonLdArticle(page('<script type="application/ld+json">nope</script>', 0))).toBe(false);
  });

  it('reads og:type', () => {
    expect(hasOgArticle(page(OG, 0))).toBe(true);
    expect(hasOgArticle(page('<meta property="og:type" content="website">', 0))).toBe(false);
  });
});

describe('detectArticle', () => {
  it('an article with metadata and one long paragraph is an article', () => {
    expect(detectArticle(page(OG, 2), STORY).isArticle).toBe(true);
    expect(detectArticle(page(ld({ '@type': 'NewsArticle' }), 2), STORY).isArticle).toBe(true);
  });

  it('without metadata, needs clearly more text', () => {
    expect(detectArticle(page('', 1), STORY).isArticle).toBe(false);
    expect(detectArticle(page(OG, 1), STORY).isArticle).toBe(true);
    expect(detectArticle(page('', 6), STORY).isArticle).toBe(true);
  });

  it('metadata alone, without article text, is not enough', () => {
    const result = detectArticle(page(OG + ld({ '@type': 'NewsArticle' }), 0), STORY);
    expect(result).toEqual({
      isArticle: false,
      signals: { homePage: false, jsonLdArticle: true, ogArticle: true, readerable: false },
    });
  });

  it('never on a home page, whatever it declares', () => {
    for (const home of ['https://news.example.com/', 'https://news.example.com', 'https://news.example.com/?ref=x#top']) {
      const result = detectArticle(page(OG + ld({ '@type': 'NewsArticle' }), 20), home);
      expect(result.isArticle, home).toBe(false);
      expect(result.signals.homePage).toBe(true);
    }
  });

  it('never on a browser or file page', () => {
    expect(detectArticle(page(OG, 20), 'chrome://settings/x').isArticle).toBe(false);
    expect(detectArticle(page(OG, 20), 'file:///home/me/story.html').isArticle).toBe(false);
    expect(detectArticle(page(OG, 20), 'not a url').isArticle).toBe(false);
  });

  it('the reference news page is an article; the sign-in fixture is not', () => {
    const reference = new JSDOM(readFileSync(join(ROOT, '../shared/pages/putin-kim-summit.html'), 'utf8')).window.document;
    expect(detectArticle(reference, 'http://127.0.0.1:8000/shared/putin-kim-summit.html').isArticle).toBe(true);
    const signIn = new JSDOM(readFileSync(join(ROOT, 'e2e/pages/not-an-article/index.html'), 'utf8')).window.document;
    expect(detectArticle(signIn, 'http://127.0.0.1:8000/pages/not-an-article/').isArticle).toBe(false);
  });

  it('a story rendered in web components\' shadow trees is an article, as the reader finds it', () => {
    const html = readFileSync(join(ROOT, 'e2e/pages/shadow/index.html'), 'utf8');
    const story = new JSDOM(html).window.document;
    const detection = detectArticle(story, 'http://127.0.0.1:8000/pages/shadow/');
    expect(detection.isArticle).toBe(true);
    // Its light DOM alone holds a headline and one short paragraph.
    const lightOnly = new JSDOM(html.replace(/<template shadowrootmode="open">[\s\S]*?<\/template>/g, '')).window.document;
    expect(detectArticle(lightOnly, 'http://127.0.0.1:8000/pages/shadow/').isArticle).toBe(false);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml, releaseDocument } from './parse-html';
import { sharedPath } from './shared-data';
import { extractArticle } from '../reader/extract';
import { readRaw } from '../reader/raw-read';
import { finishRawRead } from '../reader/finish-article';
import type { ExtractResult } from '../reader/types';

/**
 * A first open reads in two halves (raw-read.ts): the page runs Readability and sends its result as plain data,
 * the popup finishes the article. That must be the whole reader's article, page for page.
 */
const URL = 'https://news.example/2023/09/13/story/';

/** The two-halves read of `html`, with the page's result passed through JSON as it travels to the popup. */
function inTwoHalves(html: string): ExtractResult {
  const doc = parseHtml(html, URL);
  const sent = JSON.parse(JSON.stringify(readRaw(doc, { url: URL })));
  releaseDocument(doc);
  const parsed: Document[] = [];
  const result = finishRawRead(sent, (content) => {
    const inert = parseHtml(content, URL);
    parsed.push(inert);
    return inert.body.firstElementChild;
  });
  parsed.forEach(releaseDocument);
  return result;
}

function whole(html: string): ExtractResult {
  const doc = parseHtml(html, URL);
  const result = extractArticle(doc, { url: URL });
  releaseDocument(doc);
  return result;
}

/**
 * The content as the popup's sanitizer reads it: parsed as HTML. Readability can leave markup HTML cannot hold (a
 * heading inside a paragraph); sent as HTML, the popup gets it as the parser rebuilds it, as the sanitizer would.
 */
function asParsed(result: ExtractResult): ExtractResult {
  if (result.kind !== 'article') return result;
  const doc = parseHtml(result.article.content, URL);
  const content = doc.body.innerHTML;
  releaseDocument(doc);
  return { ...result, article: { ...result.article, content } };
}

describe('the first read in two halves', () => {
  it('gives the whole reader\'s article on the reference page', () => {
    const html = readFileSync(sharedPath('pages/putin-kim-summit.html'), 'utf8');
    const halves = inTwoHalves(html);
    expect(halves.kind).toBe('article');
    expect(halves).toEqual(whole(html));
  });

  it('gives the whole reader\'s result on corpus pages (every fourth of them)', () => {
    const corpus = sharedPath('corpus/readability-0.6.0');
    const pages = readdirSync(corpus).sort().filter((_, i) => i % 4 === 0);
    let articles = 0;
    for (const page of pages) {
      const html = readFileSync(`${corpus}/${page}/source.html`, 'utf8');
      const halves = inTwoHalves(html);
      // No article on the first copy: the popup asks the full reader instead, so only articles must agree.
      if (halves.kind !== 'article') continue;
      articles++;
      expect(asParsed(halves), page).toEqual(asParsed(whole(html)));
    }
    expect(articles).toBeGreaterThan(pages.length * 0.8);
  });

  it('finds no article where the whole reader finds none', () => {
    const html = '<html><head><title>Sign in</title></head><body><nav><a href="/">Home</a></nav><form><input name="q"></form><p>Sign in to continue.</p></body></html>';
    expect(inTwoHalves(html).kind).toBe('no-article');
    expect(whole(html).kind).toBe('no-article');
  });
});

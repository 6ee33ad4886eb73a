import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../reader/extract';
import { sanitizeArticleHtml } from '../reader/sanitize';
import { articleBodyWriter } from '../reader/sanitize-in-steps';
import { CORPUS_PAGES } from './corpus-parity';
import { parseHtml, releaseDocument } from './parse-html';
import { repoPath, sharedPath } from './shared-data';

const BASE = 'https://news.example/2024/story/page.html';
const win = new JSDOM('<!DOCTYPE html><body></body>').window as unknown as Window;

/** Readability's raw (unsanitized) HTML of a page, as the popup receives it from the page. */
function rawContent(html: string, url: string): string {
  const doc = parseHtml(html, url);
  const result = extractArticle(doc, { url, force: true });
  releaseDocument(doc);
  if (result.kind !== 'article') throw new Error(`no article at ${url}`);
  return result.article.content;
}

/** Writes all of `html` in steps of `chars`; returns the reader's HTML and the number of steps. */
function writeAll(html: string, chars: number, baseUrl = BASE): { out: string; steps: number } {
  const target = win.document.createElement('div');
  const writer = articleBodyWriter(html, target, baseUrl);
  let steps = 1;
  while (writer.writeNext(chars)) steps++;
  return { out: target.innerHTML, steps };
}

/** Whitespace between tags is not kept beside Readability's wrappers; it changes nothing on screen. */
const squeeze = (html: string) => html.replace(/>\s+</g, '><').trim();

describe('articleBodyWriter', () => {
  const hostile = rawContent(readFileSync(repoPath('e2e/pages/hostile/index.html'), 'utf8'), 'http://127.0.0.1:4173/hostile/');

  it('writes what sanitizeArticleHtml returns, in one step or in many', () => {
    const cases = [
      hostile,
      '<div id="readability-page-1" class="page"><div><p onclick="x()">a</p><img src="b.jpg" onerror="x()"><p>c <a href="/d">d</a></p></div></div>',
      '<form action="/x"><p>kept</p><input value="v"></form><p style="color:red">t</p>',
      '<div><svg onload="x()"><script>x()</script></svg></div>',
      '<math><mtext><table><mglyph><style><img src=x onerror="x()"></style></mglyph></table></mtext></math><p>after</p>',
      'plain text, no element',
      '',
    ];
    for (const html of cases) {
      const whole = squeeze(sanitizeArticleHtml(html, win, BASE));
      for (const chars of [0, 40, 2000, Infinity]) expect(squeeze(writeAll(html, chars).out), `${chars}: ${html.slice(0, 60)}`).toBe(whole);
    }
  });

  it('leaves nothing of the hostile page’s payloads, however the steps fall', () => {
    for (const chars of [0, 300]) {
      const root = win.document.createElement('div');
      root.innerHTML = writeAll(hostile, chars).out;
      expect(root.querySelectorAll('script, iframe, object, embed, form, input, svg, math, style, meta, base, link, noscript, template')).toHaveLength(0);
      for (const el of Array.from(root.querySelectorAll('*'))) {
        for (const attr of Array.from(el.attributes)) expect(`${el.tagName} ${attr.name}=${attr.value}`).not.toMatch(/ on|^\w+ (?:style|srcdoc)=|javascript:/i);
      }
    }
  });

  it('writes a long article in several steps, each at least one block, the first one a screenful', () => {
    const html = Array.from({ length: 60 }, (_, i) => `<p>Paragraph ${i} ${'word '.repeat(40)}</p>`).join('');
    const target = win.document.createElement('div');
    const writer = articleBodyWriter(`<div id="readability-page-1"><div>${html}</div></div>`, target, BASE);
    expect(writer.writeNext(2000)).toBe(true);
    const first = target.querySelectorAll('p').length;
    expect(first).toBeGreaterThanOrEqual(9);
    expect(first).toBeLessThan(12);
    // Readability's wrappers are recreated once, around all the blocks.
    expect(target.querySelectorAll('#readability-page-1 > div > p')).toHaveLength(first);
    while (writer.writeNext(2000));
    expect(target.querySelectorAll('#readability-page-1 > div > p')).toHaveLength(60);
    expect(writer.writeNext(2000)).toBe(false);
  });

  it('matches sanitizeArticleHtml on real pages of the corpus', () => {
    // Every eighth page, with the longest ones among them: enough shapes of markup without timing out on jsdom.
    const pages = [...CORPUS_PAGES.filter((_, i) => i % 8 === 0), 'wikipedia', 'guardian-1'];
    for (const page of pages) {
      const url = `https://${page}.example/article`;
      const raw = rawContent(readFileSync(sharedPath('corpus/readability-0.6.0', page, 'source.html'), 'utf8'), url);
      const { out, steps } = writeAll(raw, 3000, url);
      expect(squeeze(out), page).toBe(squeeze(sanitizeArticleHtml(raw, win, url)));
      if (raw.length > 100_000) expect(steps, page).toBeGreaterThan(5);
    }
  });
});

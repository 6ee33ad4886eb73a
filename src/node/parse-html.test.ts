import { describe, expect, it } from 'vitest';
import { parseHtml, windowOf } from './parse-html';
import { readDocument } from './read-page';

const page = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body><article>
  <h1>${title}</h1>
  ${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of a story long enough to count as an article, with
  <a href="more/${i}.html">a relative link</a> and <a href="#note">a footnote</a> in it, and more words after.</p>`).join('\n')}
  <p id="note">The footnote.<img src="pic.png" onerror="window.hit = 1"></p>
</article></body></html>`;

describe('parseHtml: every page in one shared jsdom window', () => {
  it('keeps each document at the URL it was parsed with, even after other pages were parsed', () => {
    const first = parseHtml(page('First'), 'https://one.example/news/a.html');
    const second = parseHtml(page('Second'), 'https://two.example/blog/b.html');
    // Enough further pages that parseHtml moves on to a new window before the first page is read.
    for (let i = 0; i < 20; i++) parseHtml(page(`Page ${i}`), `https://three.example/${i}.html`);
    expect(first.URL).toBe('https://one.example/news/a.html');
    expect(second.URL).toBe('https://two.example/blog/b.html');
    // The first document is read after the window was pointed at the second page's URL.
    const { result } = readDocument(first, first.URL);
    expect(result.kind).toBe('article');
    if (result.kind !== 'article') return;
    expect(result.article.content).toContain('href="https://one.example/news/more/0.html"');
    expect(result.article.content).not.toContain('two.example');
    expect(result.article.content).toContain('href="#note"');
    // Sanitized with the first page's own window (DOMPurify given another window's nodes would skip them).
    expect(result.article.content).toContain('src="https://one.example/news/pic.png"');
    expect(result.article.content).not.toContain('onerror');
  });

  it('gives documents of the window DOMPurify is bound to, with scripting off and no frames loaded', () => {
    const doc = parseHtml('<body><noscript><img src="real.jpg"></noscript><iframe src="x.html"></iframe></body>', 'https://a.example/');
    expect(doc.defaultView).toBeNull();
    expect(doc.querySelector('noscript img')).not.toBeNull();
    const win = windowOf(doc) as unknown as { Node: typeof Node };
    expect(doc.body instanceof win.Node).toBe(true);
  });
});

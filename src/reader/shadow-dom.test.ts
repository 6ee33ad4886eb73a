import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { composedCopy } from './shadow-dom';
import { extractArticle } from './extract';
import { readPage } from '../node/read-page';
import { repoPath } from '../node/shared-data';

const PARAGRAPH = (n: number) =>
  `Paragraph ${n} of the story, long enough to count as article text for the reader: it says what happened, ` +
  `where it happened and who said so, in the plain words a newsroom would use for a piece like this one.`;

/** A page whose story a script renders into shadow roots, as web components do (jsdom runs no scripts here). */
function scriptedComponentPage(): Document {
  const { document } = new JSDOM(`<!doctype html><html><head><title>Story</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <story-body><h1 slot="headline">The headline</h1><p>Light paragraph for the default slot.</p>
      <p slot="nowhere">Assigned to no slot: the browser does not render it.</p></story-body>
    <footer>© The Paper</footer></body></html>`, { url: 'https://news.example/2026/story' }).window;
  const host = document.querySelector('story-body')!;
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<article><slot name="headline">Fallback headline</slot>
    ${[1, 2, 3].map((n) => `<p>${PARAGRAPH(n)}</p>`).join('')}
    <inner-note></inner-note>
    <slot></slot><slot name="empty"><p>Fallback shown: nothing was assigned to this slot.</p></slot></article>`;
  // A component inside the shadow tree, with light content of its own and a slot of the outer tree in it.
  const inner = root.querySelector('inner-note')!;
  inner.innerHTML = `<p>${PARAGRAPH(4)}</p>`;
  inner.attachShadow({ mode: 'open' }).innerHTML = '<div class="note"><slot></slot></div>';
  return document;
}

describe('composedCopy', () => {
  it('renders open shadow trees in place, fills slots from the host, nested hosts too', () => {
    const doc = scriptedComponentPage();
    const copy = composedCopy(doc)!;
    expect(copy).not.toBeNull();
    expect(copy.URL).toBe('https://news.example/2026/story');
    const text = copy.body.textContent!.replace(/\s+/g, ' ');
    const order = ['The headline', 'Paragraph 1', 'Paragraph 3', 'Paragraph 4', 'Light paragraph', 'Fallback shown'];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).not.toContain('Fallback headline');
    expect(text).not.toContain('Assigned to no slot');
    expect(copy.querySelectorAll('slot')).toHaveLength(0);
    // The page itself is untouched.
    expect(doc.querySelector('story-body')!.children).toHaveLength(3);
  });

  it('is null for a document without shadow trees', () => {
    const { document } = new JSDOM('<p>Plain page</p><template><p>inert</p></template>').window;
    expect(composedCopy(document)).toBeNull();
  });

  it('reads declarative shadow trees where the parser left them as templates (jsdom)', () => {
    const { document } = new JSDOM(`<x-card><template shadowrootmode="open"><h2><slot>no title</slot></h2><p>Inside</p></template>Card title</x-card>`).window;
    const copy = composedCopy(document)!;
    expect(copy.body.innerHTML.replace(/\s+/g, ' ')).toBe('<x-card><h2>Card title</h2><p>Inside</p></x-card>');
  });
});

describe('extractArticle on pages built from web components', () => {
  it('finds the story in shadow trees when the plain copy has too little text', () => {
    const result = extractArticle(scriptedComponentPage(), { url: 'https://news.example/2026/story' });
    expect(result.kind).toBe('article');
    if (result.kind !== 'article') return;
    for (const n of [1, 2, 3, 4]) expect(result.article.textContent).toContain(`Paragraph ${n} of the story`);
    expect(result.article.textContent).not.toContain('Assigned to no slot');
    expect(result.article.textContent).not.toContain('Home');
  });

  it('"try anyway" also reads the shadow trees', () => {
    const doc = scriptedComponentPage();
    const shadow = doc.querySelector('story-body')!.shadowRoot!;
    // Too little text left in the shadow tree to count as an article on its own.
    shadow.querySelector('article')!.innerHTML = '<p>A short note, only in the shadow tree.</p>';
    const url = 'https://news.example/2026/story';
    expect(extractArticle(doc, { url }).kind).toBe('no-article');
    const result = extractArticle(doc, { url, force: true });
    expect(result.kind).toBe('article');
    if (result.kind === 'article') expect(result.article.textContent).toContain('A short note, only in the shadow tree.');
  });

  it('reads the shadow-DOM fixture page in Node (declarative shadow DOM), title and metadata included', async () => {
    const html = readFileSync(repoPath('e2e/pages/shadow/index.html'), 'utf8');
    const { result } = await readPage(html, 'http://127.0.0.1/pages/shadow/');
    expect(result.kind).toBe('article');
    if (result.kind !== 'article') return;
    const { article } = result;
    expect(article.title).toBe('Lakeside library keeps its doors open all night for exam season');
    expect(article.siteName).toBe('The Valley Courier');
    const text = article.textContent.replace(/\s+/g, ' ');
    expect(text).toContain('stay open around the clock');
    expect(text).toContain('the only warm, quiet room they can count on');
    expect(text).toContain('Tomasz Wieczorek, head librarian');
    expect(text).toContain('show a school or college card');
    expect(text.indexOf('Two security guards')).toBeLessThan(text.indexOf('school or college card'));
    for (const chrome of ['Subscribe', 'Privacy', 'Unattributed', 'Related stories']) expect(text).not.toContain(chrome);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseHtml, releaseDocument } from './parse-html';
import { sharedPath } from './shared-data';
import { CORPUS_PAGES } from './corpus-parity';
import { collectPageElements } from '../reader/page-elements';
import { fixLazyImages } from '../reader/lazy-images';
import { elementsByTag, parseWithReadability } from '../reader/readability-run';

const URL = 'http://fakehost/test/page.html';
const CORPUS = sharedPath('corpus/readability-0.6.0');
const OPTIONS = { classesToPreserve: ['caption'] };

const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Harbour reopens after storm - Coast Daily</title>
<script>window.tracking = 1;</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour reopens after storm",
"author":[{"name":"Ana Reyes"},{"name":"Tom Ito"}],"publisher":{"name":"Coast Daily"},"datePublished":"2024-03-01T08:00:00Z",
"description":"Ferries run again."}</script></head><body><nav>Home News Sport</nav><article><h1>Harbour reopens after storm</h1>
${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story, long enough to count as article text for Readability's scoring, with commas, clauses, and detail.</p>`).join('\n')}
<noscript><p>Enable JavaScript to see the comments.</p></noscript><script>document.write('ad')</script>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://img.example/harbour.jpg"><noscript><img src="https://img.example/harbour.jpg"></noscript>
</article></body></html>`;

/** Readability's own output (metadata and content), comparable between runs. */
function summary(parsed: ReturnType<typeof parseWithReadability>) {
  if (!parsed) return null;
  const { content, ...rest } = parsed;
  return { ...rest, content: (content as unknown as Element | null)?.innerHTML ?? null };
}

describe('parseWithReadability with the page elements collected already', () => {
  it("relies on Readability internals that exist in the pinned version", () => {
    const proto = Readability.prototype as unknown as Record<string, unknown>;
    expect(typeof proto._getJSONLD).toBe('function');
    expect(typeof proto._removeScripts).toBe('function');
    expect(typeof proto._getArticleMetadata).toBe('function');
    expect(typeof proto._isValidByline).toBe('function');
  });

  it('reads JSON-LD and removes scripts from the collected lists, never searching the document for them', () => {
    const plainDoc = parseHtml(PAGE, URL);
    const plain = summary(parseWithReadability(plainDoc, OPTIONS));
    releaseDocument(plainDoc);

    const doc = parseHtml(PAGE, URL);
    const asked: string[] = [];
    const original = doc.querySelectorAll.bind(doc);
    doc.querySelectorAll = ((selectors: string) => (asked.push(selectors), original(selectors))) as typeof doc.querySelectorAll;
    const elements = collectPageElements(doc);
    const fed = summary(parseWithReadability(doc, OPTIONS, { elements }));
    releaseDocument(doc);

    expect(asked).not.toContain('script');
    expect(asked).not.toContain('script,noscript');
    expect(fed).toEqual(plain);
    expect(fed).toMatchObject({ title: 'Harbour reopens after storm', byline: 'Ana Reyes, Tom Ito', siteName: 'Coast Daily', publishedTime: '2024-03-01T08:00:00Z' });
    expect(fed?.content).not.toMatch(/<script|<noscript|tracking|document\.write/);
  });

  // Script removal is covered on every page by the corpus parity test (script text would show in the article).
  it("gives Readability's expected metadata on every corpus page with JSON-LD", () => {
    const keys = ['title', 'byline', 'excerpt', 'siteName', 'publishedTime', 'dir', 'lang'] as const;
    const mismatches: string[] = [];
    const pages = CORPUS_PAGES.map((page) => ({ page, html: readFileSync(join(CORPUS, page, 'source.html'), 'utf8') }))
      .filter(({ html }) => /application\/ld\+json/i.test(html));
    expect(pages.length).toBeGreaterThan(20);
    for (const { page, html } of pages) {
      const expected = JSON.parse(readFileSync(join(CORPUS, page, 'expected-metadata.json'), 'utf8')) as Record<string, unknown>;
      const doc = parseHtml(html, URL, { removeComments: true });
      const elements = collectPageElements(doc);
      fixLazyImages(doc, elements);
      const parsed = parseWithReadability(doc, OPTIONS, { elements }) as Record<string, unknown> | null;
      releaseDocument(doc);
      for (const key of keys) {
        if (key in expected && (parsed?.[key] ?? null) !== expected[key]) mismatches.push(`${page} ${key}: ${String(parsed?.[key])} != ${String(expected[key])}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe("Readability's element lookups answered by tag lists (jsdom)", () => {
  it('relies on the lookup method of the pinned version', () => {
    expect(typeof (Readability.prototype as unknown as Record<string, unknown>)._getAllNodesWithTag).toBe('function');
  });

  it('finds elements in document order, HTML names in any case and SVG names exactly, in a list that stays put', () => {
    const doc = parseHtml(`<body><h2 id="a">A</h2><div id="box"><h1 id="b">B</h1><svg><a id="c"></a><foreignObject id="d"></foreignObject></svg></div>
      <H2 id="e">E</H2><a id="f">F</a></body>`, URL);
    const ids = (list: Element[]) => list.map((el) => el.id).join(' ');
    expect(ids(elementsByTag(doc, ['h1', 'h2']))).toBe('a b e');
    expect(ids(elementsByTag(doc, ['H1', 'H2']))).toBe('a b e');
    expect(ids(elementsByTag(doc, ['a']))).toBe('c f');
    expect(ids(elementsByTag(doc, ['a', 'foreignObject']))).toBe('c d f');
    expect(ids(elementsByTag(doc, ['a', 'foreignobject']))).toBe('c f');
    expect(ids(elementsByTag(doc.getElementById('box')!, ['h1', 'h2', 'a']))).toBe('b c');
    const headings = elementsByTag(doc, ['h2']);
    headings[0]!.remove();
    expect(headings.length).toBe(2);
    releaseDocument(doc);
  });

  it("gives Readability's whole output unchanged on every corpus page", () => {
    const differ: string[] = [];
    for (const page of CORPUS_PAGES) {
      const html = readFileSync(join(CORPUS, page, 'source.html'), 'utf8');
      const output = (tagLists: boolean) => {
        const doc = parseHtml(html, URL, { removeComments: true });
        const parsed = summary(parseWithReadability(doc, OPTIONS, { tagLists }));
        releaseDocument(doc);
        return parsed;
      };
      if (JSON.stringify(output(true)) !== JSON.stringify(output(false))) differ.push(page);
    }
    expect(differ).toEqual([]);
  });
});

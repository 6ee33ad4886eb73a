import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeLinkTables, removeNavigation } from './navigation';
import { contentParts } from './content-parts';

function content(html: string): Element {
  const root = new JSDOM('').window.document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('removeNavigation', () => {
  it('removes navigation landmarks whole, wherever they are in the content', () => {
    const root = content(`<nav aria-label="Table of contents"><ol><li><a href="/one">One</a></li><li><a href="/two">Two</a></li></ol></nav>
      <p>The chapter starts here.</p>
      <div role="navigation"><a href="/prev">Previous post</a> <a href="/next">Next post</a></div>
      <section><p>More of the chapter.</p><nav><a href="/search">Search</a></nav></section>`);
    expect(removeNavigation(root)).toBe(3);
    expect(root.textContent!.replace(/\s+/g, ' ').trim()).toBe('The chapter starts here. More of the chapter.');
  });

  it('leaves the other rules nothing to look at inside them', () => {
    const parts = contentParts(content('<nav><h2>Sections</h2><p>Related: <a href="/x">A story</a></p></nav><h2>Title</h2>'));
    expect(parts.navs).toHaveLength(1);
    expect(parts.headings.map((h) => h.textContent)).toEqual(['Title']);
    expect(parts.texts.map((t) => t.nodeValue)).toEqual(['Title']);
  });

  it('keeps an article without navigation as it is', () => {
    const html = '<p>Navigation in the age of sail relied on the stars.</p><ul><li><a href="/a">A link in a list</a></li></ul>';
    const root = content(html);
    expect(removeNavigation(root)).toBe(0);
    expect(root.innerHTML).toBe(html);
  });
});

describe('removeLinkTables', () => {
  const links = (n: number) => Array.from({ length: n }, (_, i) => `<a href="/wiki/Topic_${i}">Topic ${i}</a>`).join(' ');
  it("removes a wiki's navigation box: a table of many links and little else", () => {
    const root = content(`<table><tr><th>Machine learning</th></tr><tr><td>Problems</td><td>${links(60)}</td></tr></table><p>Given a set of objects, t-SNE builds a distribution.</p>`);
    expect(removeLinkTables(root)).toBe(1);
    expect(root.innerHTML).toBe('<p>Given a set of objects, t-SNE builds a distribution.</p>');
  });

  it('keeps a table of data with links in it, and a short table of links', () => {
    const rows = Array.from({ length: 25 }, (_, i) => `<tr><td><a href="/p/${i}">Player ${i}</a></td><td>scored ${i} goals in ${i + 3} matches</td></tr>`).join('');
    const data = content(`<table>${rows}</table>`);
    expect(removeLinkTables(data)).toBe(0);
    expect(removeLinkTables(content(`<table><tr><td>${links(5)}</td></tr></table>`))).toBe(0);
    const index = Array.from({ length: 30 }, (_, i) => `<tr><td><a href="#index-${i}">entry ${i}</a></td></tr>`).join('');
    expect(removeLinkTables(content(`<table>${index}</table>`))).toBe(0);
  });
});

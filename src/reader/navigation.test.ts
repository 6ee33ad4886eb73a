import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeNavigation } from './navigation';
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

import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { removeLinkHints } from './link-hints';

const rootOf = (html: string) => new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;

describe('removeLinkHints', () => {
  it("removes a screen-reader hint inside a link, so it is not read into the sentence", () => {
    const root = rootOf('<p>The company <a href="/x">said<span class="icon"><em></em>Opens a new window </span></a> that it grew.</p>');
    expect(removeLinkHints(root)).toBe(1);
    expect(root.textContent).toBe('The company said that it grew.');
  });

  it('removes bracketed and translated hints, in their own element or beside the words', () => {
    const root = rootOf(`<p><a href="/a">the report (opens in new tab)</a>, <a href="/b">der Bericht<span>(öffnet in neuem Fenster)</span></a>,
      <a href="/c">le rapport <span><span>lien externe</span></span></a></p>`);
    expect(removeLinkHints(root)).toBe(3);
    expect(root.textContent?.replace(/\s+/g, ' ')).toBe('the report, der Bericht, le rapport ');
  });

  it('keeps the words outside links, and a link that is nothing but the words', () => {
    const html = '<p>Opens a new window</p><p>The door opens a new window onto the bay.</p><p><a href="/x">External link</a></p>';
    const root = rootOf(html);
    expect(removeLinkHints(root)).toBe(0);
    expect(root.innerHTML).toBe(html);
  });
});

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { proseHeadingsAsParagraphs } from './prose-headings';

const rootOf = (html: string) => new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;

describe('proseHeadingsAsParagraphs', () => {
  it('makes a heading that is a whole long sentence a paragraph, keeping its words, links and id', () => {
    const sentence =
      'The U.S. has long been heralded as a land of <a href="/o">opportunity</a> -- a place where anyone can succeed regardless of class.';
    const root = rootOf(`<h2 id="lede" class="x">${sentence}</h2><p>More.</p>`);
    expect(proseHeadingsAsParagraphs(root)).toBe(1);
    expect(root.innerHTML).toBe(`<p id="lede">${sentence}</p><p>More.</p>`);
  });

  it('keeps section titles: short ones, and long ones that do not end as a sentence', () => {
    const html = `<h2>How the council decided.</h2><h3>A train or light at the end of the tunnel: are student newsrooms changing for the better, or is it all over?</h3>
      <h2>The long and winding history of the bridge across the old harbour, from the first ferry to the vote of 2026</h2>`;
    const root = rootOf(html);
    expect(proseHeadingsAsParagraphs(root)).toBe(0);
    expect(root.innerHTML).toBe(html);
  });
});

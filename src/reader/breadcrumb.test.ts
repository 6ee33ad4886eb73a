import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeLeadingBreadcrumb } from './breadcrumb';

const rootOf = (html: string) => new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;
const story = '<p>The city council voted on Tuesday to build a bridge across the old harbour.</p>';

describe('removeLeadingBreadcrumb', () => {
  it('removes a trail of section links above the story, the home link an icon and the title last', () => {
    const trail = '<p><span><a href="/" class="home"><span></span></a></span> &gt; <span><a href="/blog/">Blog</a></span> &gt; '
      + '<span><a href="/blog/laender/">Aus den Ländern</a></span> &gt; <span>Digitalpolitische Jahrestagung 2015</span></p>';
    const root = rootOf(trail + story);
    expect(removeLeadingBreadcrumb(root)).toBe(true);
    expect(root.innerHTML).toBe(story);
    const slashes = rootOf('<div><a href="/">Home</a> / <a href="/news">News</a> / <a href="/news/city">City</a></div>' + story);
    expect(removeLeadingBreadcrumb(slashes)).toBe(true);
  });

  it('keeps a first paragraph that compares with ">" or names its links in a sentence', () => {
    for (const first of [
      '<p>Prices rose: <a href="/a">rent</a> &gt; <a href="/b">wages</a> &gt; savings, the report said in its summary of the year.</p>',
      '<p>Read <a href="/a">Blog</a> and <a href="/b">News</a> for more.</p>',
      '<p><a href="/a">Blog</a> &gt; News</p>',
    ]) {
      const root = rootOf(first + story);
      expect(removeLeadingBreadcrumb(root), first).toBe(false);
    }
  });
});

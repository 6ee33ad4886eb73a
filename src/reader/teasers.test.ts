import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeTeasers } from './teasers';

const PAGE = 'https://news.example/2024/05/bridge-vote.html';

/** Readability's content: an element outside any document. */
function content(html: string): Element {
  const { document } = new JSDOM('').window;
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

const text = (root: Element) => root.textContent!.replace(/\s+/g, ' ').trim();
const STORY =
  '<p>The council voted on Tuesday to build the bridge across the river, after four years of debate about its cost and its place.</p>' +
  '<p>Work starts in the spring. The mayor said the first cars could cross it in 2027, a year later than the plan of 2021 had said.</p>' +
  '<p>Residents of both banks welcomed the vote, and the ferry company said it would keep its boats running until then.</p>';

/** A "next story" card as a news blog prints it under a post: headline, picture, first lines, "READ THE REST". */
function card(slug: string, readMore = 'READ THE REST'): string {
  const url = `https://news.example/2024/05/${slug}.html`;
  return `<div><h2><a href="${url}?utm_source=next">The ${slug} story's headline</a></h2>` +
    `<p><a href="${url}?utm_source=next"><img src="https://img.example/${slug}.jpg" alt=""></a></p>` +
    `<p>The first lines of the ${slug} story, which the site shows as a teaser under every post, end here […]</p>` +
    `<h3><a href="${url}">${readMore}</a></h3></div>`;
}

describe('removeTeasers', () => {
  it("removes the cards of the site's other stories after the story", () => {
    const root = content(STORY + card('ferry') + card('tunnel', 'Read more »') + card('harbour', 'Weiterlesen'));
    expect(removeTeasers(root, PAGE)).toBe(3);
    expect(text(root)).toBe(text(content(STORY)));
    expect(root.querySelector('img')).toBeNull();
  });

  it('removes a card whose "read more" ends its lines', () => {
    const teaser = '<h3><a href="/2024/05/ferry.html">Ferry fares rise</a></h3><p>Fares go up by a tenth from June … <a href="/2024/05/ferry.html">Continue reading</a></p>';
    const root = content(STORY + teaser);
    expect(removeTeasers(root, PAGE)).toBe(1);
    expect(text(root)).toBe(text(content(STORY)));
  });

  it('keeps a "read more" that opens the page itself, or has no headline of its own', () => {
    const samePage = `<h3><a href="${PAGE}#top">The bridge vote</a></h3><p>More lines.</p><p><a href="${PAGE}?full=1">Read more</a></p>`;
    const noHeadline = '<p>The first lines of another story […]</p><p><a href="/2024/05/ferry.html">Read more</a></p>';
    for (const html of [samePage, noHeadline]) {
      const root = content(STORY + html);
      expect(removeTeasers(root, PAGE)).toBe(0);
      expect(text(root)).toBe(text(content(STORY + html)));
    }
  });

  it('keeps a section that only looks like a card: long text, or links elsewhere between headline and "read more"', () => {
    const long = `<h2><a href="/2024/05/ferry.html">Ferry fares rise</a></h2><p>${'The ferry company explained its fares at length. '.repeat(20)}</p><p><a href="/2024/05/ferry.html">Read more</a></p>`;
    const otherLinks = '<h2><a href="/2024/05/ferry.html">Ferry fares rise</a></h2><p>As <a href="https://council.example/minutes">the minutes</a> show, fares rise.</p><p><a href="/2024/05/ferry.html">Read more</a></p>';
    for (const html of [long, otherLinks]) {
      const root = content(STORY + html);
      expect(removeTeasers(root, PAGE)).toBe(0);
    }
  });

  it('leaves a page that is nothing but teasers as it is (there is no story to keep)', () => {
    const root = content(card('ferry') + card('tunnel'));
    expect(removeTeasers(root, PAGE)).toBe(0);
    expect(root.querySelectorAll('h2')).toHaveLength(2);
  });
});

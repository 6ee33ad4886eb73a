import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeAuthorPortraits } from './author-portrait';

const rootOf = (html: string) => new JSDOM(`<div id="r">${html}</div>`, { url: 'https://news.example/2014/story' }).window.document.getElementById('r')!;
const story = '<p>Russia has seen a volatile December: hiked interest rates and a plunging ruble.</p>';

describe('removeAuthorPortraits', () => {
  it('removes a photo linked to the author’s page above the story, with the block it leaves empty', () => {
    const root = rootOf(`<div><p><a href="https://news.example/author/elena-holodny"><img src="/elena.jpg"></a></p></div>${story}`);
    expect(removeAuthorPortraits(root, [...root.querySelectorAll('a')])).toBe(1);
    expect(root.innerHTML).toBe(`<div></div>${story}`);
  });

  it('keeps the lead image, a named link to the author, and portraits inside the story', () => {
    const html =
      '<p><a href="https://upload.example/matryoshka.jpg"><img src="/m.jpg"></a></p>' +
      '<p><a href="/author/elena-holodny">Elena Holodny</a></p>' +
      `${story}<p><a href="/contributors/jane-doe.html"><img src="/jane.jpg"></a></p>`;
    const root = rootOf(html);
    expect(removeAuthorPortraits(root, [...root.querySelectorAll('a')])).toBe(0);
    expect(root.innerHTML).toBe(html);
  });
});

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeSkipLinks } from './skip-links';

const rootOf = (html: string) => new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;
const story = '<p>The city council voted on Tuesday to build a bridge across the old harbour.</p>';

describe('removeSkipLinks', () => {
  it('removes links that jump within the page, with the element that held only them', () => {
    const root = rootOf(
      '<a href="https://example.com/story#start">Skip Article Header. Skip to: Start of Article.</a>' +
        `${story}<p><a href="#top">Go Back to Top.</a></p><a href="#main">Zum Inhalt springen</a>`,
    );
    expect(removeSkipLinks(root)).toBe(3);
    expect(root.innerHTML).toBe(story);
  });

  it('keeps links to other pages and links whose words only start alike', () => {
    const html =
      '<p><a href="https://example.com/skiing">Skip to the best slopes in the Alps</a></p>' +
      `${story}<p><a href="#notes">Back to the notes on the harbour</a></p>`;
    const root = rootOf(html);
    expect(removeSkipLinks(root)).toBe(0);
    expect(root.innerHTML).toBe(html);
  });
});

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeCommentSection } from './comment-section';

const root = (html: string) => new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
const STORY = Array.from({ length: 4 }, (_, i) =>
  `<p>Paragraph ${i} of the story: the council voted on Tuesday to rebuild the old swing bridge, after a decade of debate in the town.</p>`).join('');
const THREAD = '<ol><li><p>Great piece, thanks.</p><p>June 19, 2018 at 8:41 pm - <a href="#respond">Reply</a></p>' +
  '<ol><li><p>Agreed, the ferry matters most.</p><a href="#respond">Reply</a></li></ol></li></ol>';

describe('removeCommentSection', () => {
  it.each([
    ['a counted heading', '<h2>36 Comments</h2>'],
    ['a heading with Reply links after it', '<h3>Leave a Reply</h3>'],
    ['a German heading', '<h2>3 Kommentare</h2>'],
    ['“thoughts on”', '<h3>12 thoughts on “The bridge vote”</h3>'],
  ])('removes the thread after the story: %s', (_name, heading) => {
    const el = root(`<div>${STORY}</div><div>${heading}${THREAD}</div>`);
    expect(removeCommentSection(el)).toBe(true);
    expect(text(el)).toBe(text(root(STORY)));
  });

  it('keeps a section about comments in a guide, and a heading with no story before it', () => {
    const guide = root(`${STORY}<h2>Comments</h2><p>Comments start with two slashes and run to the end of the line.</p><pre>// like this</pre>`);
    expect(removeCommentSection(guide)).toBe(false);
    expect(guide.querySelector('pre')).not.toBeNull();
    const forum = root(`<h2>36 Comments</h2>${THREAD}`);
    expect(removeCommentSection(forum)).toBe(false);
  });
});

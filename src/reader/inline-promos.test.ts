import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeInlinePromos } from './inline-promos';

/** Readability's content: an element outside any document. */
function content(html: string): Element {
  const { document } = new JSDOM('').window;
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

const STORY = '<p>The council voted on Tuesday to build the bridge.</p>';
const text = (root: Element) => root.textContent!.replace(/\s+/g, ' ').trim();

describe('removeInlinePromos', () => {
  it.each([
    ['the label inside the link', '<p><a href="/a"><span>Related: Chicago is America’s most segregated city</span></a></p>'],
    ['the label outside the link', '<p><strong>READ MORE:</strong> <a href="/b">Tunisia’s Islamists get a sobering lesson</a></p>'],
    ['another label and separator', '<p>Don’t miss — <a href="/c">The ten best bridges in Europe</a></p>'],
    ['a list item', '<ul><li>More from the Ledger: <a href="/d">Tide tables for the winter</a></li></ul>'],
    ['a German label', '<p><b>Lesen Sie auch:</b> <a href="/e">Die Brücke kommt 2027</a></p>'],
    ['a German question', '<p>Das Thema könnte dich auch interessieren: <a href="/g">Natur Peelings selber machen</a></p>'],
    ['an editor\'s tip', '<p><b>Redaktionstipp:</b> <a href="/h">Die Suche im Mittelpunkt des Webshops</a></p>'],
    ['a French label', '<p>À lire aussi : <a href="/f">Le pont sera prêt en 2027</a></p>'],
    ['a follow line to social networks', '<p>Follow Backchannel: <a href="https://twitter.com/backchnnl"><em>Twitter</em></a> <em>|</em> <a href="https://www.facebook.com/backchannel">Facebook</a></p>'],
  ])('removes a labelled link between paragraphs: %s', (_name, promo) => {
    const root = content(STORY + promo + STORY);
    expect(removeInlinePromos(root)).toBe(1);
    expect(text(root)).toBe(text(content(STORY + STORY)));
    expect(root.querySelector('ul')).toBeNull();
  });

  it('removes a bare label and the headlines after it, up to the story’s next paragraph', () => {
    const root = content(`${STORY}<p><b>Read more:</b></p><p><a href="/1">First headline</a></p><p><a href="/2">Second headline</a></p>
      <p>A closing paragraph of the story.</p>`);
    expect(removeInlinePromos(root)).toBe(3);
    expect(text(root)).toBe('The council voted on Tuesday to build the bridge. A closing paragraph of the story.');
  });

  it('removes “Like this? You might also be interested in...” and the headlines after it', () => {
    const root = content(`${STORY}<p><strong>Like this? You might also be interested in...</strong></p><p><a href="/1">First headline</a></p><p><a href="/2">Second headline</a></p>`);
    expect(removeInlinePromos(root)).toBe(3);
    expect(text(root)).toBe('The council voted on Tuesday to build the bridge.');
  });

  it('removes the titles of the site’s widgets stacked at the end, their links gone', () => {
    const root = content(`${STORY}<div><div><p><label><i> </i>RECENT ARTICLES</label></p></div><div><p><label>Popular this week</label></p></div></div>`);
    expect(removeInlinePromos(root)).toBe(2);
    expect(text(root)).toBe('The council voted on Tuesday to build the bridge.');
  });

  it('removes a bare label followed by a list of links', () => {
    const root = content(`${STORY}<p>Related coverage</p><ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul>`);
    expect(removeInlinePromos(root)).toBe(2);
    expect(text(root)).toBe('The council voted on Tuesday to build the bridge.');
  });

  it('removes a label over a WordPress embed of another post', () => {
    const root = content(`${STORY}<p>Das Thema könnte dich auch interessieren:</p><blockquote class="wp-embedded-content"><p><a href="/p">Natur Peelings selber machen</a></p></blockquote>`);
    expect(removeInlinePromos(root)).toBe(2);
    expect(text(root)).toBe(text(content(STORY)));
  });

  it('removes a German "further link" box whose link sits in wrappers', () => {
    const root = content(`${STORY}<div><div>Weiterführender Link<br></div><div><div><a href="https://other.example/x">Personal Leadership 5.0</a></div></div></div>${STORY}`);
    expect(removeInlinePromos(root)).toBe(2);
    expect(text(root)).toBe(text(content(STORY + STORY)));
  });

  it('removes a box of its own that a heading labels, holding only links ("Related Story" and a linked headline)', () => {
    const root = content(`${STORY}<article><h4>Related Story</h4><a href="/bill-barr"><h3>Bill Barr To Release Report On Thursday</h3></a></article>${STORY}`);
    expect(removeInlinePromos(root)).toBe(1);
    expect(text(root)).toBe(text(content(STORY + STORY)));
  });

  it('removes a label that ends the article, its widget gone', () => {
    const root = content(`<div>${STORY}<h2><a href="https://ads.example/afs">Related Searches</a></h2></div>`);
    expect(removeInlinePromos(root)).toBe(1);
    expect(text(root)).toBe('The council voted on Tuesday to build the bridge.');
    const images = content(`${STORY}<h3>You may also like</h3><figure><img src="/a.jpg"></figure>`);
    expect(removeInlinePromos(images)).toBe(0);
  });

  it('removes a newsletter sign-up box whole, its offers and prices included', () => {
    const root = content(`${STORY}<div><p><span>SIGN UP</span> FOR OUR NEWSLETTER</p></div>${STORY}
      <div><p>Sign up for <span>Command Line</span>, a paid weekly newsletter about the tech industry. Your first month is free!</p>
        <div><h2>Monthly</h2><p>$7/month</p><p>A flexible plan you can cancel anytime.</p></div></div>`);
    expect(removeInlinePromos(root)).toBe(2);
    expect(text(root)).toBe(text(content(STORY + STORY)));
  });

  it('a sign-up call inside a paragraph of the story takes only its own block', () => {
    const root = content(`<div>${STORY}<p>Subscribe to our newsletter.</p><p>The mayor said the vote was a turning point.</p></div>`);
    expect(removeInlinePromos(root)).toBe(1);
    expect(text(root)).toBe(text(content(`${STORY}<p>The mayor said the vote was a turning point.</p>`)));
  });

  it.each([
    ['a follow line to the site’s own pages', '<p>Follow the tutorial: <a href="/docs/getting-started">Getting started</a></p>'],
    ['a story sentence about a newsletter', '<p>Subscribers to the council’s newsletter learned of the vote a day early.</p>'],
    ['a label followed by the story’s own words', '<p>Related: the council also approved a new ferry timetable, <a href="/t">published here</a>.</p>'],
    ['a bare label with no links after it', '<p>Read more:</p><p>The mayor said the vote was a turning point.</p>'],
    ['a reference work’s own section', '<h2>See also</h2><ul><li><a href="/w/Outline">Outline of New Zealand</a></li></ul>'],
    ['a heading that reads like a label', '<h3>Related coverage</h3><ul><li><a href="/1">One</a></li></ul>'],
    ['a section that a label heads, with text of its own', '<div><h3>Related articles</h3><p>Two other studies came to the same view.</p><ul><li><a href="/1">One</a></li></ul></div>'],
    ['a link that is part of the story', '<p><a href="/ruling.pdf">Read the full ruling (PDF)</a></p>'],
    ['a long paragraph that starts like a label', `<p>Related: <a href="/x">${'a very long linked sentence '.repeat(12)}</a></p>`],
  ])('keeps %s', (_name, html) => {
    const root = content(STORY + html);
    const before = text(root);
    expect(removeInlinePromos(root)).toBe(0);
    expect(text(root)).toBe(before);
  });
});

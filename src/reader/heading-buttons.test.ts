import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeHeadingButtons } from './heading-buttons';

function content(html: string): Element {
  const root = new JSDOM('').window.document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('removeHeadingButtons', () => {
  it.each([
    ['MediaWiki’s [edit]', '<h2>History<span><span>[</span><a href="/w/index.php?action=edit&amp;section=1">edit</a><span>]</span></span></h2>', 'History'],
    ['Sphinx’s ¶', '<h3>Sharing with a single developer<a href="#sharing" title="Permalink">¶</a></h3>', 'Sharing with a single developer'],
    ['a # permalink', '<h2>Write your own JavaScript loader <a href="#loader">#</a></h2>', 'Write your own JavaScript loader'],
    ['a German wiki’s [Bearbeiten]', '<h2>Geschichte <span>[<a href="/edit">Bearbeiten</a>]</span></h2>', 'Geschichte'],
  ])('removes %s and keeps the heading’s words', (_name, html, words) => {
    const root = content(html);
    expect(removeHeadingButtons(root)).toBe(1);
    expect(root.textContent!.trim()).toBe(words);
  });

  it.each([
    ['a heading that is only the sign', '<h2><a href="#x">#</a></h2>'],
    ['the sign as words, not a link', '<h2>Section <span>§</span> 4</h2>'],
    ['a # in a paragraph', '<p>Tagged <a href="#t">#</a></p>'],
    ['a link that says more', '<h2>Notes <a href="/edit">[edit this page]</a></h2>'],
  ])('keeps %s', (_name, html) => {
    const root = content(html);
    expect(removeHeadingButtons(root)).toBe(0);
  });
});

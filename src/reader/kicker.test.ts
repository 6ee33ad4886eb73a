import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeKicker } from './kicker';

const rootOf = (html: string) => new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;
const TITLE = 'The Vatican’s Rare Nod to American Nuns';
const STORY = '<p>VATICAN CITY—Six years ago the Pope aimed to curb a certain spirit in the ranks of American nuns.</p>';

describe('removeKicker', () => {
  it('removes the label over the headline, with the header it leaves empty', () => {
    const root = rootOf(`<header><h3>Sister Act</h3><div>12.16.14</div></header>${STORY}`);
    expect(removeKicker(root, TITLE)).toBe(true);
    expect(root.innerHTML).toBe(`<header><div>12.16.14</div></header>${STORY}`);
    const bare = rootOf(`<header><div><h4>Opinion</h4></div><h1>${TITLE}</h1></header>${STORY}`);
    expect(removeKicker(bare, TITLE)).toBe(true);
    expect(bare.innerHTML).toBe(`<header><div></div><h1>${TITLE}</h1></header>${STORY}`);
  });

  it('keeps a heading that starts the story, the headline itself, and a header with more in it', () => {
    const cases = [
      `<h3>Sister Act</h3>${STORY}`, // no header: the story's first section
      `<header><h2>Rare Nod</h2></header>${STORY}`, // the title's own words: the headline, shorter
      `<header><h1>Hello World</h1></header>${STORY}`, // an <h1> is the headline
      `<header><h3>Sister Act</h3><p>The Church took a softer stance toward the sisters.</p></header>${STORY}`, // a dek
      `<header><div><h3>Sister Act</h3><span>by Jane Doe</span></div></header>${STORY}`, // a byline beside it
      `<header><h3>The council met again on Tuesday</h3></header>${STORY}`, // a sentence, not a label
    ];
    for (const html of cases) {
      const root = rootOf(html);
      expect(removeKicker(root, TITLE)).toBe(false);
      expect(root.innerHTML).toBe(html);
    }
  });
});

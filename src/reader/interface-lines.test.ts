import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeLeadingInterfaceLines } from './interface-lines';

const rootOf = (html: string) => new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;
const story = '<p>The city council voted on Tuesday to build a bridge across the old harbour.</p>';

describe('removeLeadingInterfaceLines', () => {
  it('removes rows of controls above the story', () => {
    const root = rootOf(`<div><span>Listen</span> <span>5 min</span></div><p>5 min read</p><div>Share · Save · Print</div>${story}`);
    expect(removeLeadingInterfaceLines(root)).toBe(3);
    expect(root.innerHTML).toBe(story);
  });

  it('removes a counter’s bare figure above the story, and the list it leaves empty', () => {
    const root = rootOf(`<ul> <li><span title="views">2,127</span></li> </ul><p>1.2K</p>${story}`);
    expect(removeLeadingInterfaceLines(root)).toBe(2);
    expect(root.innerHTML).toBe(story);
    const kept = `<p>2,127 people signed the petition.</p><p>102</p><p>1984</p>${story}`;
    const keptRoot = rootOf(kept);
    expect(removeLeadingInterfaceLines(keptRoot)).toBe(0);
    expect(keptRoot.innerHTML).toBe(kept);
  });

  it('keeps short lines of the story, and rows further down', () => {
    const html = `<p>Listen to the people.</p><p>Read the full report.</p>${story}<p>Share</p>`;
    const root = rootOf(html);
    expect(removeLeadingInterfaceLines(root)).toBe(0);
    expect(root.innerHTML).toBe(html);
  });
});

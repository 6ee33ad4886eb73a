import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeLeadingBylineLine } from './byline-line';

const root = (html: string) => new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;

describe('removeLeadingBylineLine', () => {
  it('removes a leading “By name · date” line', () => {
    const el = root('<p class="byline">By <span>Maren Ostby</span> · <time>October 2, 2026</time></p><p>Port Alder on Tuesday opened a ferry line.</p>');
    expect(removeLeadingBylineLine(el, 'Maren Ostby')).toBe(true);
    expect(el.textContent).toBe('Port Alder on Tuesday opened a ferry line.');
  });

  it('keeps a paragraph that is about the person', () => {
    const el = root('<p>Maren Ostby, the harbour engineer who designed the turbines, said the line would pay for itself.</p>');
    expect(removeLeadingBylineLine(el, 'Maren Ostby')).toBe(false);
  });

  it('only looks at the first blocks, and needs a byline', () => {
    const el = root('<p>One.</p><p>Two.</p><p>Three.</p><p>By Maren Ostby</p>');
    expect(removeLeadingBylineLine(el, 'Maren Ostby')).toBe(false);
    expect(removeLeadingBylineLine(root('<p>By Someone</p>'), null)).toBe(false);
  });
});

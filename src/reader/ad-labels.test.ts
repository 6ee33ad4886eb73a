import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeAdLabels } from './ad-labels';

const doc = (html: string) => new JSDOM(html, { url: 'https://site.example/a/b.html' }).window.document;

describe('removeAdLabels', () => {
  it('removes elements whose whole text is an ad label', () => {
    const root = doc('<div id="r"><p>Text about Advertisement law.</p><div><span>Advertisement</span></div><p> Sponsored </p><div><small>Anzeige:</small></div><div><p>Loading Photo Gallery</p></div><p>Loading…</p></div>').getElementById('r')!;
    expect(removeAdLabels(root)).toBe(5);
    expect(root.innerHTML).toBe('<p>Text about Advertisement law.</p>');
  });
  it('keeps a sentence that starts like a placeholder', () => {
    const root = doc('<div id="r"><p>Loading the ferry took three hours.</p><p>Loading</p></div>').getElementById('r')!;
    expect(removeAdLabels(root)).toBe(1);
    expect(root.innerHTML).toBe('<p>Loading the ferry took three hours.</p>');
  });
  it('keeps a link named like a label: it goes somewhere', () => {
    const root = doc(`<div id="r"><p>Tanaka, J. Science 344, 603 (2014). <a href="https://doi.org/x">Article</a> <a href="http://adsabs.harvard.edu/x">ADS</a></p>
      <p><span>ADS</span></p></div>`).getElementById('r')!;
    expect(removeAdLabels(root)).toBe(1);
    expect(root.textContent!.replace(/\s+/g, ' ').trim()).toBe('Tanaka, J. Science 344, 603 (2014). Article ADS');
  });
  it('removes the lines sites print over an ad slot, and keeps sentences that use the words', () => {
    const root = doc(`<div id="r"><p>One.</p><p><em>Story continues below advertisement</em></p><div>Advertisement - Scroll to continue</div>
      <p>ARTICLE CONTINUES BELOW</p><span>Article continues after this ad</span><p>Continue reading below</p>
      <p>The story continues below the surface of the lake.</p><p>Scroll down to continue the tour of the house.</p></div>`).getElementById('r')!;
    expect(removeAdLabels(root)).toBe(5);
    expect(Array.from(root.children, (el) => el.textContent)).toEqual([
      'One.',
      'The story continues below the surface of the lake.',
      'Scroll down to continue the tour of the house.',
    ]);
  });
  it("removes an ad network's credit, its name in a link or not, and keeps a sponsor's disclosure", () => {
    const root = doc(`<div id="r"><p>The story.</p><p><span>Promoted By</span> <a href="https://zergnet.com">Zergnet</a></p>
      <div>Ads by Revcontent</div><p>Sponsored by the Knight Foundation</p>
      <p>Promoted by his manager, the clerk ran the branch for a decade.</p></div>`).getElementById('r')!;
    expect(removeAdLabels(root)).toBe(2);
    expect(root.textContent!.replace(/\s+/g, ' ').trim())
      .toBe('The story. Sponsored by the Knight Foundation Promoted by his manager, the clerk ran the branch for a decade.');
  });
});

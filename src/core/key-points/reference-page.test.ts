import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { pickKeyPoints } from './index';
import type { TextBlock } from './types';
import { loadStopwords } from '../stopwords';

const PAGE = fileURLToPath(new URL('../../../../shared/pages/putin-kim-summit.html', import.meta.url));

/** Blocks from the article body's paragraphs; a leading <strong> is the lead-in label. */
function blocksFromPage(): { title: string; blocks: TextBlock[] } {
  const doc = new JSDOM(readFileSync(PAGE, 'utf8')).window.document;
  const blocks: TextBlock[] = [];
  for (const p of doc.querySelectorAll('.entry-content p')) {
    const text = p.textContent ?? '';
    const first = p.firstElementChild;
    const lead = first && /^(strong|b)$/i.test(first.tagName) && text.trimStart().startsWith(first.textContent ?? '\0')
      ? text.indexOf(first.textContent ?? '') + (first.textContent ?? '').length
      : 0;
    blocks.push({ kind: 'paragraph', text, leadInLength: lead });
  }
  const title = doc.querySelector('h1')?.textContent ?? doc.title;
  return { title, blocks };
}

describe('reference page: Putin–Kim summit', () => {
  it('picks facts from the article body, never the lead-in or chrome', async () => {
    const { title, blocks } = blocksFromPage();
    expect(blocks.length).toBeGreaterThan(5);
    const stopwords = await loadStopwords('en-US');
    const points = pickKeyPoints({ title, lang: 'en-US', blocks }, { count: 'auto', stopwords });
    expect(points.length).toBeGreaterThanOrEqual(3);
    for (const p of points) {
      expect(p.text).not.toMatch(/here.s what happened/i);
      expect(p.text).not.toMatch(/^[“"]/);
      expect(blocks[p.block]?.text.slice(p.start, p.end)).toBe(p.text);
      expect(p.text.length).toBeGreaterThan(40);
    }
    // The story's core fact (military cooperation / support for the war) is among the points.
    expect(points.some((p) => /military cooperation|support for Russia|Vostochny/i.test(p.text))).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from './read-page';
import { sharedPath } from './shared-data';
import type { Article } from '../reader/types';

const URL = 'https://usanewsindependent.example/2023/09/13/putin-kim-summit/';

async function reference(): Promise<{ article: Article; keyPoints: number }> {
  const html = readFileSync(sharedPath('pages/putin-kim-summit.html'), 'utf8');
  const { result, keyPoints } = await readPage(html, URL);
  if (result.kind !== 'article') throw new Error(`no article: ${result.reason}`);
  return { article: result.article, keyPoints: keyPoints?.length ?? 0 };
}

describe('reference page (putin-kim-summit)', async () => {
  const { article, keyPoints } = await reference();
  const paragraphs = Array.from(JSDOM.fragment(article.content).querySelectorAll('p')).map((p) => p.textContent ?? '');
  const output = `${article.title}\n${article.textContent}`;

  it('shows the title once, not repeated by the content', () => {
    expect(article.title).toBe('Here’s what you need to know about the summit between Vladimir Putin and Kim Jong Un');
    const occurrences = (text: string) => text.toLowerCase().replace(/[’']/g, "'").split("here's what you need to know").length - 1;
    expect(occurrences(output)).toBe(1);
    expect(occurrences(article.content)).toBe(0);
  });

  it('keeps exactly the 13 article paragraphs, in order', () => {
    expect(paragraphs).toHaveLength(13);
    expect(paragraphs[0]).toMatch(/^Vladimir Putin has said Russia/);
    expect(paragraphs[3]).toBe('Here’s what happened at the summit:');
    expect(paragraphs[12]).toMatch(/^Analysts say it’s unusual/);
  });

  it('reads byline, site name and date', () => {
    expect(article.byline).toBe('USA News Independent Staff');
    expect(article.siteName).toBe('USA News Independent');
    expect(article.publishedTime?.slice(0, 10)).toBe('2023-09-13');
    expect(article.lang).toBe('en-US');
    expect(article.readingMinutes).toBe(2);
  });

  it('leaves all site chrome out', () => {
    for (const chrome of ['Site icon', 'Exit mobile version', 'Advertisement', 'Trending', 'Leave a Reply', 'cookies', 'Subscribe']) {
      expect(output, chrome).not.toContain(chrome);
      expect(article.content, chrome).not.toContain(chrome);
    }
  });

  it('has key points', () => {
    expect(keyPoints).toBeGreaterThanOrEqual(2);
  });
});

/**
 * Key points across languages on real pages of Mozilla's corpus, through the same Node pipeline as the CLI:
 * every page gets whole sentences of its own article, in a sensible number, in bounded time.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from './read-page';
import { sharedPath } from './shared-data';

const PAGES = [
  { page: 'lemonde-1', language: 'French' },
  { page: 'liberation-1', language: 'French' },
  { page: 'heise', language: 'German' },
  { page: 'folha', language: 'Portuguese' },
  { page: 'la-nacion', language: 'Spanish' },
  { page: 'aktualne', language: 'Czech' },
  { page: 'qq', language: 'Chinese (simplified)' },
  { page: 'pixnet', language: 'Chinese (traditional)' },
  { page: 'gmw', language: 'Chinese' },
  { page: 'yahoo-4', language: 'Japanese' },
  { page: 'hukumusume', language: 'Japanese' },
  { page: 'rtl-1', language: 'right-to-left' },
];

const squash = (text: string) => text.replace(/\s+/g, '');

describe('key points in many languages', () => {
  for (const { page, language } of PAGES) {
    it(`${page} (${language})`, async () => {
      const html = readFileSync(sharedPath('corpus/readability-0.6.0', page, 'source.html'), 'utf8');
      const started = performance.now();
      const { result, keyPoints = [] } = await readPage(html, 'http://fakehost/test/page.html', { force: true });
      expect(result.kind).toBe('article');
      if (result.kind !== 'article') return;
      expect(keyPoints.length).toBeGreaterThanOrEqual(1);
      expect(keyPoints.length).toBeLessThanOrEqual(7);
      const body = squash(result.article.textContent);
      for (const point of keyPoints) {
        expect(point.text.trim().length).toBeGreaterThan(0);
        expect(point.end).toBeGreaterThan(point.start);
        // A sentence of the article itself, never text from elsewhere.
        expect(body).toContain(squash(point.text));
      }
      // No two key points are the same sentence.
      expect(new Set(keyPoints.map((point) => `${point.block}:${point.start}`)).size).toBe(keyPoints.length);
      expect(performance.now() - started).toBeLessThan(20_000);
    });
  }
});

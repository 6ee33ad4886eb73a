import { describe, expect, it } from 'vitest';
import { chunkText } from './chunks';

describe('chunkText', () => {
  it('covers the text exactly with bounded chunks, cutting after sentence ends', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Sentence number ${i} is here.`).join(' ');
    const chunks = chunkText(text, 500);
    expect(chunks[0]?.start).toBe(0);
    expect(chunks[chunks.length - 1]?.end).toBe(text.length);
    for (let i = 0; i < chunks.length; i++) {
      const c = chunks[i]!;
      expect(c.end - c.start).toBeLessThanOrEqual(500);
      if (i > 0) expect(c.start).toBe(chunks[i - 1]!.end);
      if (i < chunks.length - 1) expect(text.slice(c.start, c.end)).toMatch(/\.\s+$/);
    }
  });

  it('hard-cuts text without any break point', () => {
    const chunks = chunkText('x'.repeat(1200), 500);
    expect(chunks.map((c) => c.end - c.start)).toEqual([500, 500, 200]);
  });

  it('returns one chunk for short or empty text', () => {
    expect(chunkText('')).toEqual([{ start: 0, end: 0 }]);
    expect(chunkText('abc')).toEqual([{ start: 0, end: 3 }]);
  });
});

import { describe, expect, it } from 'vitest';
import { fallbackStopwords, hasStopwords, loadStopwords } from './stopwords';

describe('loadStopwords', () => {
  it('loads per language by base subtag', async () => {
    expect((await loadStopwords('en-US')).has('the')).toBe(true);
    expect((await loadStopwords('de')).has('und')).toBe(true);
    expect((await loadStopwords('zh-Hans')).has('的')).toBe(true);
    expect((await loadStopwords('ru')).size).toBeGreaterThan(50);
  });

  it('falls back to an empty set', async () => {
    expect(hasStopwords('xx')).toBe(false);
    expect((await loadStopwords('xx-YY')).size).toBe(0);
    expect((await loadStopwords(null)).size).toBe(0);
    expect(fallbackStopwords().size).toBe(0);
  });
});

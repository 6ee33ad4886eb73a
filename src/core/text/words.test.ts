import { describe, expect, it } from 'vitest';
import { segmentWords } from './words';

describe('segmentWords', () => {
  it('returns lowercased word-like tokens with offsets', () => {
    const t = 'Putin met Kim, 2 times!';
    const w = segmentWords(t, 'en');
    expect(w.map((x) => x.text)).toEqual(['putin', 'met', 'kim', '2', 'times']);
    for (const x of w) expect(t.slice(x.start, x.end).toLowerCase()).toBe(x.text);
    expect(w[0]?.capitalized).toBe(true);
    expect(w[3]?.numeric).toBe(true);
  });

  it('segments Chinese into words, not one run', () => {
    const w = segmentWords('北京是中国的首都', 'zh').map((x) => x.text);
    expect(w.length).toBeGreaterThan(2);
    expect(w).toContain('北京');
  });

  it('marks shouting but not acronyms', () => {
    const w = segmentWords('NASA said HELLO', 'en');
    expect(w.map((x) => x.shouting)).toEqual([false, false, true]);
  });
});

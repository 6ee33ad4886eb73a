import { describe, expect, it } from 'vitest';
import { autoKeyPointCount, countForWords } from './count';

describe('autoKeyPointCount', () => {
  it('gives 3 for a typical story, fewer for short, up to 7 for long', () => {
    expect(countForWords(60)).toBe(1);
    expect(countForWords(200)).toBe(2);
    expect(countForWords(600)).toBe(3);
    expect(countForWords(1500)).toBe(4);
    expect(countForWords(50000)).toBe(7);
    const text = Array.from({ length: 60 }, () => 'The council met again on Monday to vote.').join(' ');
    expect(autoKeyPointCount({ title: '', lang: 'en', blocks: [{ kind: 'paragraph', text, leadInLength: 0 }] })).toBe(3);
  });
});

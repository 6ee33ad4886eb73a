import { describe, expect, it } from 'vitest';
import { cleanByline, formatPublished, formatReadingTime } from './format';

describe('format', () => {
  it('formats ISO dates and ignores garbage', () => {
    expect(formatPublished('2023-09-13T18:42:00+00:00', 'en-US')).toBe('September 13, 2023');
    expect(formatPublished('yesterday-ish', 'en-US')).toBeNull();
    expect(formatPublished(null)).toBeNull();
  });
  it('rounds reading time to at least a minute', () => {
    expect(formatReadingTime(0.2)).toBe('1 min read');
    expect(formatReadingTime(6.6)).toBe('7 min read');
  });
  it('cleans bylines', () => {
    expect(cleanByline('By  Jane   Doe ')).toBe('Jane Doe');
    expect(cleanByline('   ')).toBeNull();
  });
});

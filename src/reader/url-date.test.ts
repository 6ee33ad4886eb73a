import { describe, expect, it } from 'vitest';
import { dateInUrl, fitsUrlDate, urlDay } from './url-date';

describe('dates in addresses', () => {
  it('reads a year and month, and a day when there is one', () => {
    expect(dateInUrl('http://www.gq.com/style/blogs/the-gq-eye/2014/05/how-to-pack.html')).toEqual({ year: 2014, month: 5, day: null });
    expect(dateInUrl('https://lemire.me/blog/2019/08/02/json-parsing/')).toEqual({ year: 2019, month: 8, day: 2 });
    expect(dateInUrl('https://example.com/news/2019-08-02/story')).toEqual({ year: 2019, month: 8, day: 2 });
  });

  it('finds none in ids, counts and other numbers', () => {
    expect(dateInUrl('https://example.com/article/3046526/title')).toBeNull();
    expect(dateInUrl('https://example.com/2019/13/title')).toBeNull();
    expect(dateInUrl('https://example.com/top-2019/05-things')).toBeNull();
    expect(dateInUrl('https://example.com/page/2/')).toBeNull();
    expect(dateInUrl('not a url')).toBeNull();
  });

  it('rejects a metadata date from before the address was given, or long after it', () => {
    const url = 'http://www.gq.com/style/blogs/the-gq-eye/2014/05/how-to-pack.html';
    expect(fitsUrlDate('2009-09-02T00:00:00-04:00', url)).toBe(false);
    expect(fitsUrlDate('2014-05-23T17:30:00.000Z', url)).toBe(true);
    expect(fitsUrlDate('2014-06-20', url)).toBe(true);
    expect(fitsUrlDate('2016-01-10T10:00:00Z', url)).toBe(false);
  });

  it('allows a day of time zones around the address day', () => {
    const url = 'https://lemire.me/blog/2019/08/02/json-parsing/';
    expect(fitsUrlDate('2019-08-01T22:00:00-04:00', url)).toBe(true);
    expect(fitsUrlDate('2019-08-02', url)).toBe(true);
    expect(fitsUrlDate('2019-07-20T10:00:00Z', url)).toBe(false);
  });

  it('accepts any date when the address has none, and keeps dates it cannot read', () => {
    expect(fitsUrlDate('2009-09-02', 'https://example.com/story')).toBe(true);
    expect(fitsUrlDate('2021-01-03', 'https://example.com/2014/05/story')).toBe(false);
    expect(fitsUrlDate('garbage', 'https://example.com/2014/05/story')).toBe(true);
  });

  it('gives the address day as a date only when it has a day', () => {
    expect(urlDay('https://lemire.me/blog/2019/08/02/json-parsing/')).toBe('2019-08-02');
    expect(urlDay('http://www.gq.com/2014/05/how-to-pack.html')).toBeNull();
  });
});

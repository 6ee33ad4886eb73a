import { describe, expect, it } from 'vitest';
import { stripSiteSuffix } from './site-suffix';

describe('stripSiteSuffix', () => {
  it('drops the site name after a dash, bar or dot', () => {
    expect(stripSiteSuffix('Port Alder opens its first tide-powered ferry line – The Coastal Ledger', 'The Coastal Ledger')).toBe(
      'Port Alder opens its first tide-powered ferry line',
    );
    expect(stripSiteSuffix('Budget passes | Daily News', 'Daily News')).toBe('Budget passes');
    expect(stripSiteSuffix('Budget passes — DAILY NEWS', 'Daily News')).toBe('Budget passes');
    expect(stripSiteSuffix('Budget passes · dailynews', 'Daily News')).toBe('Budget passes');
  });

  it('keeps titles whose last part is not the site name', () => {
    expect(stripSiteSuffix('Rangers – Celtic: the derby in numbers', 'Sports Weekly')).toBe(
      'Rangers – Celtic: the derby in numbers',
    );
    expect(stripSiteSuffix('Half-time report', 'Sports Weekly')).toBe('Half-time report');
    expect(stripSiteSuffix('The Coastal Ledger', 'The Coastal Ledger')).toBe('The Coastal Ledger');
    expect(stripSiteSuffix('Anything – Site', null)).toBe('Anything – Site');
  });
});

import { describe, expect, it } from 'vitest';
import { canonicalHostname, isExcludedHost, parseSiteInput } from './hostnames';

describe('parseSiteInput', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['www.example.com', 'example.com'],
    ['news.bbc.co.uk', 'news.bbc.co.uk'],
    ['https://www.nytimes.com/2024/01/01/world/story.html?x=1#y', 'nytimes.com'],
    ['http://blog.example.org:8080/path', 'blog.example.org'],
    ['example.com/some/path', 'example.com'],
    ['*.example.com', 'example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['example.com.', 'example.com'],
  ])('accepts %j as %s', (input, hostname) => {
    expect(parseSiteInput(input)).toEqual({ ok: true, hostname });
  });

  it.each([
    '',
    '   ',
    'not a site',
    'hello',
    'ftp://example.com',
    'javascript:alert(1)',
    'chrome://extensions',
    'exa_mple.com',
    '-bad.com',
    'http://',
    '999.1.1.1',
    'example.123',
    '..',
    'a'.repeat(64) + '.com',
  ])('rejects %j with a message', (input) => {
    const result = parseSiteInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });
});

describe('canonicalHostname', () => {
  it('keeps www when it is the whole domain', () => {
    expect(canonicalHostname('www.com')).toBe('www.com');
  });
});

describe('isExcludedHost', () => {
  const sites = ['example.com', 'news.org'];
  it('matches the site and its subdomains only', () => {
    expect(isExcludedHost('example.com', sites)).toBe(true);
    expect(isExcludedHost('www.example.com', sites)).toBe(true);
    expect(isExcludedHost('a.b.news.org', sites)).toBe(true);
    expect(isExcludedHost('EXAMPLE.com.', sites)).toBe(true);
    expect(isExcludedHost('notexample.com', sites)).toBe(false);
    expect(isExcludedHost('example.com.evil.net', sites)).toBe(false);
    expect(isExcludedHost('org', sites)).toBe(false);
  });
});

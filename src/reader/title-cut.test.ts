import { describe, expect, it } from 'vitest';
import { bracketsBalanced, undoBrokenTitleCut, undoIdentifierTitle } from './title-cut';
import { parseHtml } from '../node/parse-html';
import { extractArticle } from './extract';

describe('bracketsBalanced', () => {
  it('accepts text whose brackets all close, nested or not', () => {
    expect(bracketsBalanced('Plain words')).toBe(true);
    expect(bracketsBalanced('Types (and [nested] ones) {x}')).toBe(true);
    expect(bracketsBalanced('「見出し」（東京）')).toBe(true);
  });
  it('rejects a bracket left open, or closed before it opened', () => {
    expect(bracketsBalanced('the portable library)')).toBe(false);
    expect(bracketsBalanced('Arrays (libffi')).toBe(false);
    expect(bracketsBalanced(')(')).toBe(false);
  });
});

describe('undoBrokenTitleCut', () => {
  const whole = 'Arrays Unions Enums (libffi: the portable foreign function interface library)';
  it('gives back the whole title when the cut went through a bracketed part', () => {
    expect(undoBrokenTitleCut('the portable foreign function interface library)', whole)).toBe(whole);
  });
  it('keeps a cut that leaves the brackets whole', () => {
    expect(undoBrokenTitleCut('Why the ferry matters (and who pays)', 'Ledger: Why the ferry matters (and who pays)'))
      .toBe('Why the ferry matters (and who pays)');
  });
  it('keeps a title that is not a piece of the page title (from the page metadata)', () => {
    expect(undoBrokenTitleCut('Headline with a stray )', 'Something else entirely')).toBe('Headline with a stray )');
  });
  it('keeps the title when the page title itself is unbalanced', () => {
    expect(undoBrokenTitleCut('part two)', 'Site: part two) and more (')).toBe('part two)');
  });
});

describe('the article title, end to end', () => {
  it('is the page title when Readability cuts it at a colon inside parentheses', () => {
    const paragraph = '<p>' + 'Arrays are passed by pointer and unions by their largest member, so a caller describes each. '.repeat(8) + '</p>';
    const html = `<!doctype html><html><head><title>Arrays and Unions (libffi: the portable foreign function interface library)</title></head>
      <body><div class="chapter"><h4>2.3.4 Arrays and Unions</h4>${paragraph}${paragraph}${paragraph}</div></body></html>`;
    const result = extractArticle(parseHtml(html, 'https://example.org/Arrays.html'), { url: 'https://example.org/Arrays.html' });
    expect(result.kind).toBe('article');
    if (result.kind === 'article') {
      expect(result.article.title).toBe('Arrays and Unions (libffi: the portable foreign function interface library)');
    }
  });
});

describe('undoBrokenTitleCut, a cut at a hyphen', () => {
  it('gives back the whole title when Readability cut inside a hyphenated name', () => {
    const whole = 'Internet-Law » Verstößt der Ausschluss von Pseudonymen bei Google+ gegen deutsches Recht?';
    expect(undoBrokenTitleCut('Law » Verstößt der Ausschluss von Pseudonymen bei Google+ gegen deutsches Recht?', whole)).toBe(whole);
    expect(undoBrokenTitleCut('Verstößt der Ausschluss von Pseudonymen', 'Internet-Law » Verstößt der Ausschluss von Pseudonymen')).toBe('Verstößt der Ausschluss von Pseudonymen');
    expect(undoBrokenTitleCut('Headline here', 'Site - Headline here')).toBe('Headline here');
  });
});

describe('undoIdentifierTitle', () => {
  it("takes the page's title over an id that Readability took from JSON-LD's name", () => {
    expect(undoIdentifierTitle('d-161500790', 'Ein Albtraum - DER SPIEGEL 52/2018')).toBe('Ein Albtraum - DER SPIEGEL 52/2018');
  });
  it('keeps one-word titles the page title contains, words without figures, and titles of several words', () => {
    expect(undoIdentifierTitle('COVID-19', 'COVID-19 - Wikipedia')).toBe('COVID-19');
    expect(undoIdentifierTitle('Albtraum', 'Ein Albtraum - DER SPIEGEL')).toBe('Albtraum');
    expect(undoIdentifierTitle('Apollo 11 at 50', 'Moon landing - Example')).toBe('Apollo 11 at 50');
    expect(undoIdentifierTitle('d-161500790', '')).toBe('d-161500790');
  });
});

// Second half of the corpus; see corpus-parity-1.test.ts.
import { describe, expect, it } from 'vitest';
import { ALLOWED_DIFFERENCES, CORPUS_PAGES, corpusParityTests } from './corpus-parity';

describe('corpus parity (2/2)', () => {
  it('covers the whole corpus and lists only corpus pages', () => {
    expect(CORPUS_PAGES).toHaveLength(128);
    for (const page of Object.keys(ALLOWED_DIFFERENCES)) expect(CORPUS_PAGES).toContain(page);
  });
  corpusParityTests(CORPUS_PAGES.slice(CORPUS_PAGES.length >> 1));
});

import { describe, expect, it } from 'vitest';
import { rouge, rougeLsum, rougeN, rougeTokenize } from './rouge';

describe('rougeTokenize', () => {
  it('lowercases, keeps [a-z0-9] runs and stems tokens longer than 3', () => {
    expect(rougeTokenize("The cats' running-shoes, 2015!")).toEqual(['the', 'cat', 'run', 'shoe', '2015']);
    expect(rougeTokenize('Café ünïcode')).toEqual(['caf', 'n', 'code']);
  });
});

describe('rougeN', () => {
  it('clips n-gram counts (hand-computed)', () => {
    // cand: the the the cat ; ref: the cat sat. Unigram overlap: the(min 3,1)=1 + cat 1 = 2. P=2/4, R=2/3.
    const r = rougeN(['the', 'the', 'the', 'cat'], ['the', 'cat', 'sat'], 1);
    expect(r.precision).toBeCloseTo(0.5);
    expect(r.recall).toBeCloseTo(2 / 3);
    expect(r.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
    // Bigrams: cand {the the ×2, the cat}, ref {the cat, cat sat} → overlap 1, P=1/3, R=1/2.
    const b = rougeN(['the', 'the', 'the', 'cat'], ['the', 'cat', 'sat'], 2);
    expect(b.precision).toBeCloseTo(1 / 3);
    expect(b.recall).toBeCloseTo(1 / 2);
  });

  it('is zero for empty input', () => {
    expect(rougeN([], ['a'], 1).f1).toBe(0);
  });
});

describe('rougeLsum', () => {
  it('takes the union LCS over candidate sentences per reference sentence (hand-computed)', () => {
    // The classic example from Lin (2004): ref w1..w5, cands (w1 w2 w6 w7 w8) and (w1 w3 w8 w9 w5).
    // LCS with c1: w1 w2; with c2: w1 w3 w5; union: w1 w2 w3 w5 → 4 hits. P = 4/10, R = 4/5.
    const r = rougeLsum([['w1', 'w2', 'w6', 'w7', 'w8'], ['w1', 'w3', 'w8', 'w9', 'w5']], [['w1', 'w2', 'w3', 'w4', 'w5']]);
    expect(r.recall).toBeCloseTo(0.8);
    expect(r.precision).toBeCloseTo(0.4);
  });

  it('clips hits by token counts across reference sentences', () => {
    // "a b" appears in both references but only once in the candidate: only 2 hits.
    const r = rougeLsum([['a', 'b']], [['a', 'b'], ['a', 'b']]);
    expect(r.recall).toBeCloseTo(2 / 4);
    expect(r.precision).toBeCloseTo(1);
  });
});

describe('rouge', () => {
  it('scores identical texts 1 and disjoint texts 0', () => {
    const same = rouge(['Police arrested two men.'], ['Police arrested two men.']);
    expect(same.rouge1.f1).toBeCloseTo(1);
    expect(same.rouge2.f1).toBeCloseTo(1);
    expect(same.rougeLsum.f1).toBeCloseTo(1);
    expect(rouge(['alpha beta'], ['gamma delta']).rouge1.f1).toBe(0);
  });

  it('matches stemmed forms', () => {
    expect(rouge(['The miners were trapped'], ['miner trapped']).rouge1.recall).toBeCloseTo(1);
  });
});

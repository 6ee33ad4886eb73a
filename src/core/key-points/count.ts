/**
 * How many key points an article deserves: 3 for a typical news story, more for long reads (up to 7), fewer for
 * short items. Measured in words so that it behaves the same for every script (CJK words come from Intl.Segmenter).
 */
import type { KeyPointInput } from './types';
import { segmentWords } from '../text/words';

/** Word counts at which the count steps up: < 120 → 1, < 250 → 2, < 1000 → 3, then +1 per 700 words. */
const SHORT = 120;
const MEDIUM = 250;
const TYPICAL = 1000;
const PER_EXTRA = 700;
const MAX = 7;

export function countForWords(words: number): number {
  if (words < SHORT) return 1;
  if (words < MEDIUM) return 2;
  if (words < TYPICAL) return 3;
  return Math.min(MAX, 4 + Math.floor((words - TYPICAL) / PER_EXTRA));
}

/** The automatic key-point count for an article (or for a word count). */
export function autoKeyPointCount(input: KeyPointInput | number): number {
  if (typeof input === 'number') return countForWords(input);
  let words = 0;
  for (const b of input.blocks) {
    if (b.kind === 'heading' || b.kind === 'caption') continue;
    words += segmentWords(b.text, input.lang).length;
  }
  return countForWords(words);
}

import { describe, expect, it } from 'vitest';
import { pickKeyPoints } from './index';
import type { TextBlock } from './types';

const block = (text: string): TextBlock => ({ kind: 'paragraph', text, leadInLength: 0 });

describe('a quotation that runs over several sentences', () => {
  const quote = 'Kael wrote in 1994, “I’m frequently asked why I don’t write my memoirs. I think I have.”';
  const blocks = [
    block(`${quote} Her reviews filled eleven books between 1965 and 1991.`),
    block('The critic worked for The New Yorker from 1968 until her retirement in 1991.'),
    block('Her collection For Keeps gathered 30 years of reviews into a single volume of 1,300 pages.'),
  ];

  it('is listed and highlighted whole when one of its sentences is picked, never as a piece', () => {
    const picked = pickKeyPoints({ title: 'Pauline Kael’s reviews', lang: 'en', blocks }, { count: 3 });
    const first = picked.find((p) => p.block === 0 && p.start === 0);
    expect(first?.text).toBe(quote);
    expect(blocks[0]!.text.slice(first!.start, first!.end)).toBe(quote);
    expect(picked.map((p) => p.text)).not.toContain('I think I have.”');
  });

  it('counts once, however many of its pieces were picked', () => {
    const picked = pickKeyPoints({ title: 'Kael memoirs', lang: 'en', blocks: [block(quote)] }, { count: 3 });
    expect(picked).toHaveLength(1);
    expect(picked[0]?.text).toBe(quote);
  });
});

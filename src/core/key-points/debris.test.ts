import { describe, expect, it } from 'vitest';
import { pickKeyPoints } from './index';
import type { TextBlock } from './types';

const block = (text: string, extra: Partial<TextBlock> = {}): TextBlock => ({ kind: 'paragraph', text, leadInLength: 0, ...extra });

const STORY = [
  'The city council approved a new bridge across the harbour on Tuesday after two years of debate.',
  'The bridge will open in 2027 and cost 38 million euros, half of it paid by the region.',
  'Residents of the north bank currently take a twenty-minute detour to reach the centre.',
  'Construction starts in the spring once the environmental review is complete.',
];

describe('page debris is never a key point', () => {
  it('skips blocks that are mostly link text (“Read also: …”, share bars)', () => {
    const blocks = [
      block('Read also: Council leader resigns over harbour bridge funding dispute in the city', { linkShare: 0.85 }),
      ...STORY.map((text) => block(text)),
    ];
    const picked = pickKeyPoints({ title: 'Harbour bridge approved', lang: 'en', blocks }, { count: 3 });
    expect(picked.map((point) => point.block)).not.toContain(0);
    expect(picked).toHaveLength(3);
  });

  it('skips unpunctuated lines such as datelines and button labels when the article is punctuated', () => {
    const blocks = [block('City Desk Agency 14 October 2016 07:17 local time report'), ...STORY.map((text) => block(text))];
    const picked = pickKeyPoints({ title: 'Harbour bridge approved', lang: 'en', blocks }, { count: 3 });
    expect(picked.map((point) => point.block)).not.toContain(0);
  });

  it('skips a post’s own dateline (“Posted on … by …”)', () => {
    const blocks = [...STORY.map((text) => block(text)), block('Posted on Tuesday 15 October 2019 at 09:11 by Jane Doe.'), block('Originally published in The Harbour Gazette on 3 May.')];
    const picked = pickKeyPoints({ title: 'Harbour bridge approved', lang: 'en', blocks }, { count: 5 });
    expect(picked.map((point) => point.block).filter((b) => b >= STORY.length)).toEqual([]);
  });

  it('still reads text that has no punctuation at all', () => {
    const blocks = [block('police arrested two men after a robbery at the central station late on friday night')];
    expect(pickKeyPoints({ title: '', lang: 'en', blocks }, { count: 1 })).toHaveLength(1);
  });
});

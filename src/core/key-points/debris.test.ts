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
const MORE_STORY = [
  'Ferry operators, who carry about four thousand passengers a day, asked for compensation during the works.',
  'The mayor said the region would consider their request once the contracts for the bridge are signed.',
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

  it('skips a pointer to another page (“Find out more … here.”) and a row of figures, keeps a sentence that uses the words', () => {
    const blocks = [
      ...STORY.map((text) => block(text)),
      block('Find out more reasons why the harbour bridge is worth the money here.'),
      block('128,400,000 miles (206,600,000 km).'),
      block('See you on the bridge, the mayor told residents who had waited for years to cross here.'),
    ];
    const picked = pickKeyPoints({ title: 'Harbour bridge approved', lang: 'en', blocks }, { count: 7 });
    const blocksPicked = picked.map((point) => point.block);
    expect(blocksPicked).not.toContain(STORY.length);
    expect(blocksPicked).not.toContain(STORY.length + 1);
    expect(blocksPicked).toContain(STORY.length + 2);
  });

  it('skips a post’s own dateline (“Posted on … by …”)', () => {
    const blocks = [...STORY.map((text) => block(text)), block('Posted on Tuesday 15 October 2019 at 09:11 by Jane Doe.'), block('Originally published in The Harbour Gazette on 3 May.')];
    const picked = pickKeyPoints({ title: 'Harbour bridge approved', lang: 'en', blocks }, { count: 5 });
    expect(picked.map((point) => point.block).filter((b) => b >= STORY.length)).toEqual([]);
  });

  it('skips notes about the article itself: print edition, corrections', () => {
    const notes = [
      'Correction: An earlier version of this article gave the wrong cost for the bridge; it is 38 million euros.',
      'An earlier version of this story misstated the name of the council leader who proposed the bridge.',
      'This article appeared in the Europe print edition under the headline “Crossing over at last”.',
      'This story has been updated to include comment from the regional government on Wednesday.',
      'Stella Doe reported from Harbourville, and Jennifer Roe from Port Elizabeth.',
      'The Associated Press and Reuters contributed to this report.',
      '(Reporting by Jane Doe; Editing by John Roe and Mark Potter)',
      'Contributing: Jane Doe, The Harbour Gazette',
    ];
    const blocks = [...STORY.map((text) => block(text)), ...notes.map((text) => block(text))];
    const picked = pickKeyPoints({ title: 'Harbour bridge approved', lang: 'en', blocks }, { count: 7 });
    expect(picked.map((point) => point.block).filter((b) => b >= STORY.length)).toEqual([]);
    expect(picked.length).toBeGreaterThanOrEqual(3);
    // A sentence of the story that says who reported what is no credit line.
    const reported = [block('The BBC’s correspondent reported from the harbour that the first pier had collapsed on Tuesday, and that two workers were injured.')];
    expect(pickKeyPoints({ title: '', lang: 'en', blocks: reported }, { count: 1 })).toHaveLength(1);
    // A print note ends the story: its pieces after it (the print headline, "Order Reprints") are back matter.
    const printNote = ['A version of this article appears in print on', ', on Page A22 of the New York edition', 'with the headline:', 'Harbour Bridge Wins Its Last Vote After Two Years of Debate.'];
    const withPrint = [...STORY.map((text) => block(text)), ...printNote.map((text) => block(text))];
    const printPicked = pickKeyPoints({ title: 'Harbour bridge approved', lang: 'en', blocks: withPrint }, { count: 7 });
    expect(printPicked.map((point) => point.block).filter((b) => b >= STORY.length)).toEqual([]);
    // At the top, a print note is only a note: the story after it still has its key points.
    const printFirst = [block('This article appeared in the May issue of the Harbour Gazette’s print edition.'), ...STORY.map((text) => block(text))];
    const firstPicked = pickKeyPoints({ title: 'Harbour bridge approved', lang: 'en', blocks: printFirst }, { count: 3 });
    expect(firstPicked.map((point) => point.block).sort()).toEqual([1, 2, 3]);
    expect(pickKeyPoints({ title: '', lang: 'en', blocks: [block('Published in the print edition of the March 5, 2018, issue, with the headline “A Bridge at Last.”'), block(STORY[0]!)] }, { count: 3 }).map((p) => p.block)).toEqual([1]);
    // A long block that merely starts like a note is text (an article pasted as one block).
    const pasted = [block(`Editor's note: this is part of a series on the region's transport. ${STORY.join(' ')} ${MORE_STORY.join(' ')}`)];
    expect(pickKeyPoints({ title: '', lang: 'en', blocks: pasted }, { count: 3 }).length).toBeGreaterThan(0);
    // The same wording inside the story is no note.
    const story = [block('The council said a version of this bridge was first proposed in 1990 and rejected twice since then.')];
    expect(pickKeyPoints({ title: '', lang: 'en', blocks: story }, { count: 1 })).toHaveLength(1);
  });

  it('skips calls to follow a page in Chinese and Japanese', () => {
    const story = ['市议会周二批准在港口上修建一座新桥。', '这座桥将于2027年通车，耗资3800万欧元。', '北岸居民目前需要绕行二十分钟才能到达市中心。'];
    const blocks = [...story.map((text) => block(text)), block('如果您喜歡這篇文章，邀請您到 FB 粉絲團按個讚！'), block('最新消息请关注我们的微信公众号。')];
    const picked = pickKeyPoints({ title: '新桥获批', lang: 'zh', blocks }, { count: 5 });
    expect(picked.map((point) => point.block).filter((b) => b >= story.length)).toEqual([]);
    expect(picked.length).toBeGreaterThan(0);
  });

  it('still reads text that has no punctuation at all', () => {
    const blocks = [block('police arrested two men after a robbery at the central station late on friday night')];
    expect(pickKeyPoints({ title: '', lang: 'en', blocks }, { count: 1 })).toHaveLength(1);
  });
});

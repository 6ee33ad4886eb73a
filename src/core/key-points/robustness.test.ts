import { describe, expect, it } from 'vitest';
import { pickKeyPoints } from './index';
import type { KeyPointInput } from './types';

const para = (text: string, lang: string | null = 'en'): KeyPointInput => ({
  title: '',
  lang,
  blocks: [{ kind: 'paragraph', text, leadInLength: 0 }],
});

function checkOffsets(input: KeyPointInput): void {
  for (const p of pickKeyPoints(input, { count: 3 })) {
    expect(input.blocks[p.block]?.text.slice(p.start, p.end)).toBe(p.text);
  }
}

describe('pickKeyPoints robustness', () => {
  it('handles empty input', () => {
    expect(pickKeyPoints({ title: '', lang: null, blocks: [] })).toEqual([]);
    expect(pickKeyPoints(para(''))).toEqual([]);
    expect(pickKeyPoints(para('   \n  '))).toEqual([]);
  });

  it('handles one sentence and text without punctuation', () => {
    const one = pickKeyPoints(para('Police arrested two men after a robbery in Leeds on Monday.'), { count: 3 });
    expect(one).toHaveLength(1);
    const none = pickKeyPoints(para('police arrested two men after a robbery in leeds on monday night'), { count: 3 });
    expect(none).toHaveLength(1);
  });

  it('handles all caps, only numbers and emoji', () => {
    checkOffsets(para('THE COUNCIL VOTED TO CLOSE THE BRIDGE. REPAIRS WILL TAKE TWO YEARS. TRAFFIC WILL BE DIVERTED.'));
    expect(() => pickKeyPoints(para('1 2 3 4 5. 6 7 8 9 10. 11 12 13.'), { count: 3 })).not.toThrow();
    checkOffsets(para('🎉🎉 The team won the cup again 🏆 today. Fans 🥳 celebrated in the streets all night long.'));
  });

  it('handles CJK and RTL text', () => {
    const zh = para('北京市政府周一宣布了新的交通计划。该计划将在明年实施。市民对此反应不一。专家认为这将缓解拥堵。', 'zh');
    expect(pickKeyPoints(zh, { count: 2 })).toHaveLength(2);
    checkOffsets(zh);
    const ar = para('أعلنت الحكومة اليوم عن خطة جديدة للنقل. ستبدأ الخطة العام المقبل. رحب المواطنون بالقرار.', 'ar');
    expect(pickKeyPoints(ar, { count: 2 }).length).toBe(2);
    const he = para('הממשלה הודיעה היום על תוכנית חדשה לתחבורה. התוכנית תתחיל בשנה הבאה. האזרחים בירכו על ההחלטה.', 'he');
    checkOffsets(he);
  });

  it('handles a very long sentence', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `word${i % 97}`).join(' ') + '.';
    expect(pickKeyPoints(para(long), { count: 3 })).toHaveLength(1);
  });

  it('handles a 5,000-sentence article in bounded time', () => {
    const sents = Array.from({ length: 5000 }, (_, i) =>
      `Officials in district ${i % 50} reported ${i} new cases of the illness on day ${i % 365} of the outbreak.`);
    const t0 = performance.now();
    const pts = pickKeyPoints(para(sents.join(' ')), { count: 'auto' });
    const ms = performance.now() - t0;
    expect(pts.length).toBe(7);
    expect(ms).toBeLessThan(5000);
  });

  it('never picks headings, captions, lead-ins or bylines, and honours summary lists', () => {
    const input: KeyPointInput = {
      title: 'Council closes bridge',
      lang: 'en',
      blocks: [
        { kind: 'paragraph', text: 'By Jane Smith and John Doe.', leadInLength: 0 },
        { kind: 'heading', text: 'The council has voted to close the old bridge for good', leadInLength: 0 },
        { kind: 'caption', text: 'The old bridge, pictured in 1990, was built by the city council.', leadInLength: 0 },
        { kind: 'paragraph', text: 'The council voted on Monday to close the old bridge for two years of repairs.', leadInLength: 0 },
        { kind: 'paragraph', text: 'Here is what happened at the meeting:', leadInLength: 0 },
        { kind: 'heading', text: 'Key points', leadInLength: 0 },
        { kind: 'list-item', text: 'Repairs to the bridge will cost the city 40 million pounds.', leadInLength: 0 },
        { kind: 'paragraph', text: 'Traffic will be diverted through the town centre during the works, officials said.', leadInLength: 0 },
      ],
    };
    const pts = pickKeyPoints(input, { count: 2 });
    expect(pts.map((p) => p.block).sort()).toEqual([3, 6]);
  });

  it('is deterministic', () => {
    const t = para('A storm hit the coast on Sunday. Thousands lost power. Roads were closed. Schools will reopen on Tuesday.');
    expect(pickKeyPoints(t, { count: 2 })).toEqual(pickKeyPoints(t, { count: 2 }));
  });
});

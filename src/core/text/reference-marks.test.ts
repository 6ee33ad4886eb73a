import { describe, expect, it } from 'vitest';
import { withoutReferenceMarks } from './reference-marks';
import { pickKeyPoints } from '../key-points';

describe('reference marks', () => {
  it('are taken out of a sentence, whatever their form', () => {
    expect(withoutReferenceMarks('It became a colony on 1 July 1841.[46]', '')).toBe('It became a colony on 1 July 1841.');
    expect(withoutReferenceMarks('One of 16 realms,[131] it is large.[1][2] It is.[3]: 207', '')).toBe('One of 16 realms, it is large. It is.');
    expect(withoutReferenceMarks('It is old.[citation needed]', '')).toBe('It is old.');
    expect(withoutReferenceMarks('It is old.[a][note 3]', '')).toBe('It is old.');
  });

  it('leave other bracketed text alone', () => {
    const text = 'New Zealand (Māori: Aotearoa [aɔˈtɛaɾɔa]) said he [sic] would come, and [the president] agreed: "[T]he vote [a]lone."';
    expect(withoutReferenceMarks(text, '')).toBe(text);
  });

  it('lend a sentence no facts: its key-point score is the same with or without them', () => {
    const story = ['New Zealand is a sovereign island country in the southwestern Pacific Ocean.', 'Its capital is Wellington, and its largest city is Auckland.'];
    const scored = (second: string) => {
      const blocks = [story[0]!, second].map((text) => ({ kind: 'paragraph' as const, text, leadInLength: 0 }));
      return pickKeyPoints({ title: 'New Zealand', lang: 'en', blocks }, { count: 2 }).find((point) => point.block === 1)?.score;
    };
    expect(scored(`${story[1]}[46][47][48]`)).toBeCloseTo(scored(story[1]!)!, 10);
  });
});

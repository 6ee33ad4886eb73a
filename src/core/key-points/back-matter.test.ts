import { describe, expect, it } from 'vitest';
import { collectCandidates, isBackMatterHeading } from './candidates';
import { pickKeyPoints } from './index';
import type { TextBlock } from './types';

const p = (text: string, leadInLength = 0): TextBlock => ({ kind: 'paragraph', text, leadInLength });
const h = (text: string): TextBlock => ({ kind: 'heading', text, leadInLength: 0 });

describe('back matter and labels', () => {
  it('knows the headings of a page’s back matter, with or without “[edit]”, in several languages', () => {
    for (const heading of ['References', 'References[edit]', 'See also', 'External links:', 'Footnotes', 'Related stories', 'Einzelnachweise', 'Liens externes', 'Примечания', '参考文献']) {
      expect(isBackMatterHeading(heading), heading).toBe(true);
    }
    for (const heading of ['History', 'What the references say about the vote', 'Key points', 'The sources of the river']) {
      expect(isBackMatterHeading(heading), heading).toBe(false);
    }
  });

  it('takes no candidate under a back-matter heading, and takes them again after the next heading', () => {
    const cands = collectCandidates({
      title: 'Harbour',
      lang: 'en',
      blocks: [p('The harbour reopened on Monday after two years of repairs.'), h('References'), p('Baker, Mitchell (3 April 2014).'),
        h('Later history'), p('The harbour was extended again in 2020.')],
    });
    expect(cands.map((c) => c.text)).toEqual(['The harbour reopened on Monday after two years of repairs.', 'The harbour was extended again in 2020.']);
  });

  it('never picks a reference list as key points, however many names and dates it holds', () => {
    const story = ['The city council voted on Tuesday to rebuild the old harbour wall before winter storms arrive.',
      'The work will cost 12 million euros and take two years, the mayor said after the vote.',
      'Fishermen had asked for the repairs since a storm in 2019 broke the wall in three places.',
      'The harbour will stay open during the works, with one berth closed at a time.'];
    const refs = Array.from({ length: 12 }, (_, i) => p(`Smith, John; Brown, Anna (${i + 1} March 2014). Harbour Report No ${i + 7}.`));
    const points = pickKeyPoints({ title: 'Council votes to rebuild the harbour wall', lang: 'en', blocks: [...story.map((t) => p(t)), h('References'), ...refs] }, { count: 3 });
    expect(points).toHaveLength(3);
    for (const point of points) expect(point.block).toBeLessThan(story.length);
  });

  it('takes no candidate from a preformatted block (code, console output)', () => {
    const cands = collectCandidates({
      title: '', lang: 'en',
      blocks: [p('The server crashed when a player sent a deeply nested item.'), { kind: 'other', text: 'rekt: { list: [ list: [ ] ] }. The end of the dump.', leadInLength: 0 }],
    });
    expect(cands.map((c) => c.block)).toEqual([0]);
  });

  it('gives the label boost to a phrase, not to a one-word glossary term', () => {
    const glossary = 'Lambda: A callback implementing business logic.';
    const label = 'What North Korea wants in return: Food and fuel for the winter.';
    const cands = collectCandidates({ title: '', lang: 'en', blocks: [p(glossary, 'Lambda:'.length), p(label, 'What North Korea wants in return:'.length)] });
    expect(cands.map((c) => c.afterLabel)).toEqual([false, true]);
  });
});

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectBlocks } from './blocks';
import { collectCandidates } from '../core/key-points/candidates';

const blocksOf = (html: string) => collectBlocks(new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!).blocks;

describe('line breaks in a block', () => {
  it("are recorded at their offsets in the block's text", () => {
    const [block] = blocksOf('<p>+ Added <b>Slime</b> Block<br>+ Added Banners<br/>+ Added <i>Armor<br>Stands</i></p>');
    expect(block!.text).toBe('+ Added Slime Block+ Added Banners+ Added ArmorStands');
    expect(block!.lineBreaks).toEqual([19, 34, 47]);
    expect(blocksOf('<p>No breaks here.</p>')[0]!.lineBreaks).toBeUndefined();
  });

  it('end a key-point candidate where the next line starts a new item, not where a sentence is wrapped', () => {
    const input = (html: string) => ({ title: 'T', lang: 'en', blocks: blocksOf(html) });
    const items = collectCandidates(input('<p>+ Added granite blocks, with smooth versions<br>+ Added the slime block<br>Fixed the boats</p>'));
    expect(items.map((c) => c.text)).toEqual(['+ Added granite blocks, with smooth versions', '+ Added the slime block', 'Fixed the boats']);
    const wrapped = collectCandidates(input('<p>The council said on Tuesday that<br> the bridge will open in 2027.</p>'));
    expect(wrapped.map((c) => c.text)).toEqual(['The council said on Tuesday that the bridge will open in 2027.']);
  });
});

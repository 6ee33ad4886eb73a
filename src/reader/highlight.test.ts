import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectBlocks } from './blocks';
import { clearHighlights, highlightRanges } from './highlight';

function setup(html: string) {
  const root = new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;
  return { root, ...collectBlocks(root) };
}

const marked = (root: Element, id: string) =>
  Array.from(root.querySelectorAll(`mark[data-kp="${id}"]`)).map((m) => m.textContent).join('');

describe('highlightRanges', () => {
  it('wraps a range that crosses a link, bold and italics, one mark per text piece', () => {
    const { root, blocks, elements } = setup('<p>Start <a href="#">link <b>bold <i>deep</i></b> tail</a> end.</p>');
    const text = blocks[0]!.text;
    const start = text.indexOf('ink');
    const end = text.indexOf(' end');
    highlightRanges(elements, [{ block: 0, start, end, id: 'kp-1' }]);
    expect(marked(root, 'kp-1')).toBe(text.slice(start, end));
    expect(root.textContent).toBe('Start link bold deep tail end.');
    // Structure intact: the link still holds the bold, which still holds the italics.
    expect(root.querySelector('a > b > i')?.textContent).toBe('deep');
    expect(root.querySelectorAll('mark').length).toBe(4);
    for (const mark of Array.from(root.querySelectorAll('mark'))) expect(mark.className).toBe('lede-kp');
  });

  it('wraps exactly the characters asked for, at text-node edges too', () => {
    const { root, elements } = setup('<p><strong>Lead:</strong> one two three.</p>');
    highlightRanges(elements, [{ block: 0, start: 0, end: 5, id: 'a' }, { block: 0, start: 6, end: 9, id: 'b' }]);
    expect(marked(root, 'a')).toBe('Lead:');
    expect(marked(root, 'b')).toBe('one');
    expect(root.querySelector('strong > mark')).not.toBeNull();
  });

  it('never crosses into the next block and ignores bad ranges', () => {
    const { root, elements } = setup('<p>First.</p><p>Second.</p>');
    highlightRanges(elements, [{ block: 0, start: 0, end: 999, id: 'x' }, { block: 5, start: 0, end: 3, id: 'y' }, { block: 1, start: 3, end: 3, id: 'z' }]);
    expect(marked(root, 'x')).toBe('First.');
    expect(root.querySelectorAll('p')[1]!.querySelector('mark')).toBeNull();
  });

  it('leaves table/list structure alone inside a block', () => {
    const { root, elements } = setup('<ul><li>Item with <em>emphasis</em> here</li></ul>');
    highlightRanges(elements, [{ block: 0, start: 0, end: 23, id: 'k' }]);
    expect(marked(root, 'k')).toBe('Item with emphasis here');
    expect(root.querySelector('ul > li')).not.toBeNull();
  });

  it('clearHighlights restores the original markup', () => {
    const html = '<p>Start <a href="#">link <b>bold</b></a> end.</p>';
    const { root, elements } = setup(html);
    highlightRanges(elements, [{ block: 0, start: 2, end: 14, id: 'k' }]);
    clearHighlights(root);
    expect(root.innerHTML).toBe(html);
  });
});

describe('collectBlocks', () => {
  it('collects blocks in order with their kinds, once each', () => {
    const { blocks } = setup(`<h2>Head</h2><p>Para</p><ul><li><p>Item para</p></li><li>Plain item</li></ul>
      <blockquote><p>Quoted</p></blockquote><blockquote>Bare quote</blockquote><figure><img src="a"><figcaption>Cap</figcaption></figure>`);
    expect(blocks.map((b) => [b.kind, b.text.trim()])).toEqual([
      ['heading', 'Head'], ['paragraph', 'Para'], ['list-item', 'Item para'], ['list-item', 'Plain item'],
      ['quote', 'Quoted'], ['quote', 'Bare quote'], ['caption', 'Cap'],
    ]);
  });

  it('measures a bold lead-in label only at the very start of the block', () => {
    const { blocks } = setup(`<p> <strong>What it wants:</strong> more.</p><p>Not <b>lead</b> in.</p><p><a href="#"><b>Linked:</b></a> yes</p>`);
    expect(blocks[0]!.leadInLength).toBe(' What it wants:'.length);
    expect(blocks[0]!.text.slice(0, blocks[0]!.leadInLength).trim()).toBe('What it wants:');
    expect(blocks[1]!.leadInLength).toBe(0);
    expect(blocks[2]!.leadInLength).toBe('Linked:'.length);
  });

  it('takes a bold phrase as a label only when it reads as one, never a bold subject word', () => {
    const { blocks } = setup(
      '<p><b>Mozilla</b> is a free-software community.</p>' +
        '<p><b>Lambda</b>: a callback.</p>' +
        '<p><b>WASHINGTON</b> — The council met.</p>' +
        '<p><b>Queue<br></b> It buffers tasks.</p>' +
        '<p><strong>Heartbeat and Status Controller</strong><br> It serves calls.</p>' +
        '<p><strong>An editor’s note, all in bold.</strong></p>',
    );
    expect(blocks.map((b) => b.text.slice(0, b.leadInLength))).toEqual([
      '', 'Lambda:', 'WASHINGTON —', 'Queue', 'Heartbeat and Status Controller', 'An editor’s note, all in bold.',
    ]);
  });

  it('takes a block that ends with a photo credit as a caption, not a paragraph that only holds a picture', () => {
    const { blocks } = setup(
      '<p><img src="a.jpg"><br><span>Mr Netanyahu visits the Western Wall on March 18. (Thomas Coex/AFP/Getty Images)</span></p>' +
        '<p>The rocket was installed on the launch pad on Tuesday. (AP Photo/Ivan Sekretarev)</p>' +
        '<p><img src="lead.jpg"> The dress was stolen from her hotel room, sources said.</p>' +
        '<p>The party (AP) won 30 seats.</p>' +
        '<p>The telescope snapped this shot of Mars in 2003.<br> <span>Credit: NASA/ESA</span></p>' +
        '<p>Credit: the council said the bridge would pay for itself within ten years.</p>',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['caption', 'caption', 'paragraph', 'paragraph', 'caption', 'paragraph']);
  });

  it('takes a short block over a picture\'s credit line, and the credit line, as captions', () => {
    const { blocks } = setup(
      '<div><p>Goats on Redonda before they were airlifted to Antigua.</p><p>Photograph by <span>Jeremy Holden</span></p></div>' +
        '<p>The first step was relocating the herd of about 60 wild goats, which took most of a year.</p>' +
        '<p>Photographers came by boat, the council said, and stayed for a week.</p>',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['caption', 'caption', 'paragraph', 'paragraph']);
  });

  it('takes an image followed by italic words in the same paragraph as that image’s caption', () => {
    const { blocks } = setup(
      '<p><img src="a.jpg"> <br> <i> The basement on New York Avenue is one of many old shelters. (<a href="/p">Scott Heins</a>/Gothamist)</i></p>' +
        '<p><img src="b.jpg"><em>A still from the 1957 TV movie</em> <small>(Archive)</small></p>' +
        '<p><img src="lead.jpg"> The shelters were <i>never</i> stocked again, officials said.</p>' +
        '<p><i>An italic paragraph with no picture: an editor’s note.</i></p>' +
        '<p><i>Before the picture</i><img src="c.jpg"></p>',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['caption', 'caption', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('takes a short line that opens as captions do as a caption (“Pictured: …”, “图为…”), not prose that mentions a picture', () => {
    const { blocks } = setup(
      '<p>Pictured: the new bridge at dusk, seen from the north bank.</p>' +
        '<p>图为马先生在悉尼游玩时的近影。</p>' +
        '<p>Above: the route of the new tram line through the old town.</p>' +
        '<p>The photo shows the bridge at dusk, and the council published it on Tuesday.</p>' +
        `<p>Pictured from the air for the first time on Tuesday, the bridge ${'spans the harbour and its two piers '.repeat(6)}in one sweep.</p>`,
    );
    expect(blocks.map((b) => b.kind)).toEqual(['caption', 'caption', 'caption', 'paragraph', 'paragraph']);
  });

  it('leaves out the entries of a reference list (mostly a <cite>), not prose that cites a work', () => {
    const { blocks } = setup(
      '<p>The study in <cite>Nature</cite> found that the sea had risen by a full metre since 1900.</p>' +
        '<ol><li id="cite_note-1"><b><a href="#cite_ref-1">^</a></b> <cite>Baker, Mitchell (3 April 2014). "FAQ". The Mozilla Blog.</cite></li></ol>',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph']);
  });

  it('measures how much of a block is link text', () => {
    const { blocks } = setup(`<p>Read also: <a href="#">The council’s plan</a></p><p>Plain prose with <a href="#">one link</a> in it.</p><p>None.</p>`);
    expect(blocks[0]!.linkShare).toBeGreaterThan(0.5);
    expect(blocks[1]!.linkShare).toBeGreaterThan(0);
    expect(blocks[1]!.linkShare).toBeLessThan(0.5);
    expect(blocks[2]!.linkShare).toBe(0);
  });
});

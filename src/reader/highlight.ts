/**
 * Marks key-point sentences in place. A range is a character range of one block's textContent (see
 * blocks.ts); it may cross links, bold and italics, so each text node it touches gets its own <mark>:
 * wrapping text nodes (never elements) keeps every existing element where it was, and a mark never crosses
 * a block's boundary because only that block's text nodes are visited.
 */

export interface HighlightRange {
  /** Index into the `elements` returned by `collectBlocks`. */
  block: number;
  /** Offsets in the block's textContent, end exclusive. */
  start: number;
  end: number;
  /** Key point id, written to `data-kp` so the UI can link a list entry to its marks. */
  id: string;
}

export const MARK_CLASS = 'lede-kp';
/** Parents in which a text node can only be inter-element whitespace; a <mark> there would be misplaced. */
const STRUCTURAL = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup', 'ul', 'ol', 'dl', 'select']);

export function highlightRanges(elements: Element[], ranges: HighlightRange[]): void {
  for (const range of ranges) {
    const el = elements[range.block];
    if (!el || range.end <= range.start) continue;
    wrapRange(el, range);
  }
}

function wrapRange(block: Element, range: HighlightRange): void {
  const doc = block.ownerDocument;
  // Collect first, then wrap: wrapping while walking would move the walk's position.
  const pieces: { node: Text; from: number; to: number }[] = [];
  let offset = 0;
  for (const node of textNodes(block)) {
    const length = node.data.length;
    const from = Math.max(range.start - offset, 0);
    const to = Math.min(range.end - offset, length);
    if (from < to) pieces.push({ node, from, to });
    offset += length;
    if (offset >= range.end) break;
  }
  for (const { node, from, to } of pieces) {
    const parentTag = node.parentElement?.tagName.toLowerCase() ?? '';
    if (STRUCTURAL.has(parentTag) && !node.data.slice(from, to).trim()) continue;
    let target = node;
    if (to < target.data.length) target.splitText(to);
    if (from > 0) target = target.splitText(from);
    const mark = doc.createElement('mark');
    mark.className = MARK_CLASS;
    mark.setAttribute('data-kp', range.id);
    target.replaceWith(mark);
    mark.appendChild(target);
  }
}

/** Text nodes under `root` in document order: exactly the pieces its textContent concatenates. */
function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out.push(child as Text);
      else if (child.nodeType === 1 || child.nodeType === 11) walk(child);
    }
  };
  walk(root);
  return out;
}

/** Removes every mark `highlightRanges` added, restoring the text nodes (e.g. before re-highlighting). */
export function clearHighlights(root: Element): void {
  for (const mark of Array.from(root.querySelectorAll(`mark.${MARK_CLASS}`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
    parent.normalize();
  }
}

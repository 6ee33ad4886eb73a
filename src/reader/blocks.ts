/**
 * The sanitized article DOM as the key-point engine sees it: text blocks in reading order. The text of each
 * block is exactly its element's textContent, so that character offsets chosen on the text map straight back
 * onto the DOM for highlighting (see highlight.ts); `elements[i]` is the element of `blocks[i]`.
 */
import type { TextBlock } from '../core/key-points/types';

type Kind = TextBlock['kind'];

/** Elements that form a block of their own, and what kind of block. */
const BLOCK_KIND: Readonly<Record<string, Kind>> = {
  p: 'paragraph', h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', dt: 'list-item', dd: 'list-item', figcaption: 'caption', caption: 'caption', pre: 'other',
};
/** Containers whose paragraphs become quote blocks; a quote without inner paragraphs is one block. */
const QUOTE = 'blockquote';
/** Bold elements whose text, at the very start of a block, is a lead-in label ("What Kim wants:"). */
const BOLD = new Set(['strong', 'b']);

export interface CollectedBlocks {
  blocks: TextBlock[];
  elements: Element[];
}

export function collectBlocks(root: Element): CollectedBlocks {
  const out: CollectedBlocks = { blocks: [], elements: [] };
  visit(root, null, out);
  return out;
}

/** Inside a quote, paragraphs are quotes; inside a walked list item, they are list items. */
type Context = 'quote' | 'list-item' | null;

function visit(el: Element, context: Context, out: CollectedBlocks): void {
  for (const child of Array.from(el.children)) {
    const tag = child.tagName.toLowerCase();
    // Own properties only: an element named "constructor" is not a block kind (the sanitizer drops such tags too).
    const kind = Object.hasOwn(BLOCK_KIND, tag) ? BLOCK_KIND[tag] : undefined;
    if (tag === QUOTE) {
      // A quote holding paragraphs/lists is walked (its blocks become quotes); a bare one is one block.
      if (child.querySelector('p, li, h1, h2, h3, h4, h5, h6')) visit(child, 'quote', out);
      else push(child, 'quote', out);
    } else if (kind === 'list-item' && isNestingItem(child)) {
      visit(child, 'list-item', out);
    } else if (kind) {
      // Taken whole: a <p> inside an <li> is part of the list item, not a block of its own.
      push(child, context && kind === 'paragraph' ? context : kind, out);
    } else {
      visit(child, context, out);
    }
  }
}

/**
 * An <li> that holds a nested list and no text of its own is walked, so that each sub-item is a block;
 * any other <li> is one block (taking a nested list whole when the item has its own text).
 */
function isNestingItem(li: Element): boolean {
  if (!li.querySelector('ul, ol')) return false;
  for (const node of Array.from(li.childNodes)) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) return false;
    if (node.nodeType === 1 && !BLOCK_KIND[(node as Element).tagName.toLowerCase()]) {
      const tag = (node as Element).tagName.toLowerCase();
      if (tag !== 'ul' && tag !== 'ol' && tag !== 'div' && (node.textContent ?? '').trim()) return false;
    }
  }
  return true;
}

function push(el: Element, kind: Kind, out: CollectedBlocks): void {
  const text = el.textContent ?? '';
  if (!text.trim() || isCitation(el, text)) return;
  if (kind !== 'heading' && (looksLikeCaption(text) || isCaptionUnderImage(el, text) || isCaptionOverCredit(el, text))) kind = 'caption';
  const block: TextBlock = { kind, text, leadInLength: leadInLength(el, text), linkShare: linkShare(el, text) };
  const breaks = lineBreaks(el);
  if (breaks.length > 0) block.lineBreaks = breaks;
  out.blocks.push(block);
  out.elements.push(el);
}

/**
 * A block that is mostly a `<cite>` — an entry of a reference list ("Baker, Mitchell (3 April 2014). …") —
 * names a source; it is not the article's own prose. Readability keeps `<cite>` while it strips classes.
 */
function isCitation(el: Element, text: string): boolean {
  let cited = 0;
  for (const cite of Array.from(el.getElementsByTagName('cite'))) cited += (cite.textContent ?? '').length;
  return cited > 0 && cited >= text.trim().length / 2;
}

/** A photo credit closing a block: "(Thomas Coex/AFP/Getty Images)", "(AP Photo/Ivan Sekretarev)", "(Photo: NASA)". */
const PHOTO_CREDIT = /\((?:[^()]*\b(?:photo|photograph|foto|getty images|reuters|afp|ap|epa|credit)\b[^()]*)\)\s*$/iu;

/** A credit line closing a block, after the caption's sentences: "… in 60,000 years. Credit: NASA/ESA". */
const CREDIT_LINE = /(?:^|[.!?]["”’)]?\s+)(?:(?:photo(?:graph)?|image|picture)\s+)?credits?\s*:\s*[^:!?\n]{2,60}$/iu;

/**
 * The words a caption opens with when it says what a picture shows: "Pictured: …", "Above: …", "Photo: …",
 * Chinese "图为…" ("pictured is …"), Japanese "写真は…". Only a short block counts: captions are a line or two.
 */
const CAPTION_OPENER = /^(?:pictured\b|(?:photo|image|picture|above|below|top|left|right|main picture|inset)\s*[:：]|图为|圖為|图片为|圖片為|上图|上圖|写真は|写真[:：])/iu;
/** A picture's credit on a line of its own: "Photograph by Jeremy Holden", "Photo: AP" ("Credit:" opens sentences too). */
const CREDIT_OPENER = /^(?:(?:photo(?:graph)?s?|images?|pictures?|illustrations?|video)\s+(?:by|courtesy(?:\s+of)?)\b|(?:photo|image|foto|bild)s?\s*[:：])/iu;
const MAX_CAPTION_CHARS = 200;

/**
 * A caption not marked as one (no <figcaption>): a block that ends with a photo credit (in brackets, or on a
 * "Credit:" line of its own) or is a short line that opens as captions do. (A block that merely holds an image is
 * no sign: ledes wrap their lead photo, and encyclopedias draw formulas as images.)
 */
function looksLikeCaption(text: string): boolean {
  const t = text.trim();
  if (PHOTO_CREDIT.test(t) || CREDIT_LINE.test(t)) return true;
  return t.length <= MAX_CAPTION_CHARS && CAPTION_OPENER.test(t);
}

/**
 * A short block right before a picture's credit line ("Goats on Redonda before they were airlifted to Antigua.", then
 * "Photograph by Jeremy Holden"): a caption set as two paragraphs, as magazines' sites set them. The credit line
 * itself counts as one too.
 */
function isCaptionOverCredit(el: Element, text: string): boolean {
  const t = text.trim();
  if (t.length > MAX_CAPTION_CHARS * 2) return false;
  if (CREDIT_OPENER.test(t) && t.length <= MAX_CAPTION_CHARS) return true;
  const next = el.nextElementSibling;
  return next !== null && CREDIT_OPENER.test((next.textContent ?? '').trim()) && (next.textContent ?? '').trim().length <= MAX_CAPTION_CHARS;
}

/** Where a caption's words are set when it shares its block with its picture. */
const CAPTION_STYLE = new Set(['i', 'em', 'small', 'cite']);
/** An image, then a short text all in italics: a caption set in the picture's paragraph (`<p><img><br><i>…</i></p>`). */
const MAX_IMAGE_CAPTION_CHARS = 400;

/**
 * A block that opens with an image and whose words are all in italics (or small print) is that image's caption,
 * as blogs set it without a <figcaption>. A lede that wraps its lead photo is set in the body's roman type.
 */
function isCaptionUnderImage(el: Element, text: string): boolean {
  const words = text.replace(/\s+/g, '');
  if (!words || words.length > MAX_IMAGE_CAPTION_CHARS || el.getElementsByTagName('img').length === 0) return false;
  let sawImage = false;
  let styled = 0;
  for (let node = nextNode(el, el); node; ) {
    if (node.nodeType === 1 && (node as Element).tagName.toLowerCase() === 'img') sawImage = true;
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim() && !sawImage) return false;
    if (node.nodeType === 1 && CAPTION_STYLE.has((node as Element).tagName.toLowerCase())) {
      if (!sawImage && (node.textContent ?? '').trim()) return false;
      styled += (node.textContent ?? '').replace(/\s+/g, '').length;
      node = nextNode(node, el, true);
    } else {
      node = nextNode(node, el);
    }
  }
  return styled === words.length;
}

/** The offsets in `el.textContent` of its `<br>` elements, in order. */
function lineBreaks(el: Element): number[] {
  // Most blocks have none: ask the element's own tag list before walking it.
  if (el.getElementsByTagName('br').length === 0) return [];
  const offsets: number[] = [];
  let offset = 0;
  for (let node = nextNode(el, el); node; node = nextNode(node, el)) {
    if (node.nodeType === 3) offset += (node.nodeValue ?? '').length;
    else if (isBreak(node)) offsets.push(offset);
  }
  return offsets;
}

/** Share of the block's visible characters that sit inside links. */
function linkShare(el: Element, text: string): number {
  const total = text.replace(/\s+/g, '').length;
  if (total === 0) return 0;
  let linked = 0;
  for (const link of Array.from(el.getElementsByTagName('a'))) linked += (link.textContent ?? '').replace(/\s+/g, '').length;
  return Math.min(1, linked / total);
}

/**
 * Length from the start of `text` through the end of a bold label, when that bold element is the first
 * non-blank thing in the block (possibly nested: <p><a><strong>…</strong></a>) and reads as a label (see
 * below), its colon or dash included when it follows the bold text. 0 otherwise.
 */
export function leadInLength(el: Element, text: string): number {
  let offset = 0;
  for (let node: Node | null = el.firstChild; node; ) {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (value.trim()) return 0;
      offset += value.length;
      node = nextNode(node, el);
    } else if (node.nodeType === 1 && BOLD.has((node as Element).tagName.toLowerCase())) {
      const bold = node.textContent ?? '';
      if (!bold.trim()) {
        offset += bold.length;
        node = nextNode(node, el, true);
        continue;
      }
      const end = offset + bold.length;
      if (text.slice(0, end) !== text.slice(0, offset) + bold) return 0;
      // A block all in bold (an editor's note, a standfirst) is taken as a label too, as it always was: no candidate.
      if (!text.slice(end).trim()) return end;
      // A label ends with a colon, is followed by one or by a dash ("<b>WASHINGTON</b> —"), or stands on a line
      // of its own (a run-in heading: "<b>Queue</b><br>"). A bold word that simply starts the sentence
      // ("<b>Mozilla</b> is a …", as encyclopedias write the subject) is not one.
      if (/[:：]\s*$/u.test(bold) || endsInBreak(node) || isBreak(meaningfulNext(node, el))) return end;
      const after = /^\s*[:：—–|]/u.exec(text.slice(end));
      return after ? end + after[0].length : 0;
    } else {
      node = node.firstChild ?? nextNode(node, el, true);
    }
  }
  return 0;
}

const isBlank = (node: Node) => node.nodeType === 3 && !(node.nodeValue ?? '').trim();
const isBreak = (node: Node | null) => node?.nodeType === 1 && (node as Element).tagName.toLowerCase() === 'br';

/** Whether the last non-blank thing inside `node` is a line break. */
function endsInBreak(node: Node): boolean {
  let last = node.lastChild;
  while (last && isBlank(last)) last = last.previousSibling;
  return isBreak(last) || (last?.nodeType === 1 && endsInBreak(last));
}

/** The next non-blank node after `node` within `root`, leaving the elements that end with it. */
function meaningfulNext(node: Node, root: Node): Node | null {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    let next = n.nextSibling;
    while (next && isBlank(next)) next = next.nextSibling;
    if (next) return next;
  }
  return null;
}

/** Next node in document order within `root`, skipping `node`'s own children when `skipChildren`. */
function nextNode(node: Node, root: Node, skipChildren = false): Node | null {
  if (!skipChildren && node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

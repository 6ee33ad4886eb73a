/**
 * The innermost blocks at either end of the article: where the cleaning rules look for what a page prints above
 * its story (byline and date lines, rows of controls) and under it (share rows, tags, copyright lines).
 */

/** Only the first blocks of the content: further down, a name in a short paragraph is part of the story. */
const LEADING_BLOCKS = 3;
const BLOCK_TAGS = new Set(['p', 'div', 'address', 'li']);
/** Under the story a heading can be a control too ("Share This" over a widget the copy lost). */
const TRAILING_BLOCK_TAGS = new Set([...BLOCK_TAGS, 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The first few innermost blocks with text, in document order. A walk that stops as soon as it has them:
 * this runs on every article, and selector queries over the whole content are slow on jsdom.
 */
export function leadingBlocks(root: Element): Element[] {
  return edgeBlocks(root, LEADING_BLOCKS, false, BLOCK_TAGS);
}

/** The last few innermost blocks with text, the last one first. */
export function trailingBlocks(root: Element, count: number): Element[] {
  return edgeBlocks(root, count, true, TRAILING_BLOCK_TAGS);
}

function edgeBlocks(root: Element, count: number, fromEnd: boolean, blockTags: ReadonlySet<string>): Element[] {
  const found: Element[] = [];
  // Returns whether `el` contains a block; pushes each block that contains none (children come first).
  const walk = (el: Element): boolean => {
    let containsBlock = false;
    // Sibling links, not `Array.from(el.children)`: on jsdom that copies the whole child list through a proxy,
    // hundreds of paragraphs long, just to look at the first few.
    for (let child = fromEnd ? el.lastElementChild : el.firstElementChild; child; child = fromEnd ? child.previousElementSibling : child.nextElementSibling) {
      if (found.length >= count) return true;
      const isBlock = blockTags.has(child.tagName.toLowerCase());
      const innerBlock = walk(child);
      if (isBlock && !innerBlock && (child.textContent ?? '').trim() && found.length < count) found.push(child);
      containsBlock ||= isBlock || innerBlock;
    }
    return containsBlock;
  };
  walk(root);
  return found;
}

/** Removes `block`, and the list it leaves with no item. */
export function removeWithEmptyList(block: Element): void {
  const list = block.localName === 'li' ? block.parentElement : null;
  block.remove();
  if (list && (list.localName === 'ul' || list.localName === 'ol') && !list.querySelector('li')) list.remove();
}

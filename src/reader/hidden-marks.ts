/**
 * The marks hidden-blocks.ts sets in the page's copy on the blocks the page hides, and their removal from
 * Readability's content. Apart from hidden-blocks.ts, which reads the live page, so that the popup, which removes
 * them on a first open (finish-article.ts), loads only this.
 */

/** The attribute that marks, in the copy, a block the page hides (the page's own copy of it is never touched). */
export const HIDDEN_MARK = 'data-lede-hidden';

/** Removes from Readability's content the blocks `markHiddenBlocks` marked. Returns how many it removed. */
export function removeMarkedBlocks(root: Element): number {
  const marked = root.querySelectorAll(`[${HIDDEN_MARK}]`);
  for (const el of marked) el.remove();
  return marked.length;
}

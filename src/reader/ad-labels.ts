import { contentParts } from './content-parts';

/**
 * Readability keeps in-article ad slots whose only text is their label ("Advertisement"): the slot's
 * script never ran, so the label is all that is left, and it lands in the middle of the story as a
 * paragraph of its own. An element whose entire text is such a label is never article text.
 */

/** Ad-slot labels in the languages of the pages Lede is tested on; matched against the whole element text. */
const AD_LABEL = /^(?:advertisements?|advertising|advert|ads?|sponsored(?: content)?|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|reclame|advertentie|реклама|広告|广告|광고)$/i;

/** Longer than any label plus the indentation a page may put around it. */
const MAX_LABEL_NODE_CHARS = 200;

/**
 * Removes elements of `root` whose whole text is an ad label. Returns how many it removed.
 * Tests the content's text nodes (labels are rare) and only then climbs to the outermost element holding nothing else.
 */
export function removeAdLabels(root: Element, texts: readonly Text[] = contentParts(root).texts): number {
  const hits: Element[] = [];
  for (const node of texts) {
    // Most text nodes are whole sentences: only a short one can be a label (whitespace around it included).
    const text = node.nodeValue ?? '';
    if (text.length <= MAX_LABEL_NODE_CHARS && node.parentElement && AD_LABEL.test(text.trim())) hits.push(node.parentElement);
  }
  let removed = 0;
  for (const hit of hits) {
    const label = (hit.textContent ?? '').trim();
    if (!AD_LABEL.test(label) || !root.contains(hit)) continue;
    let target = hit;
    while (target.parentElement && target.parentElement !== root && (target.parentElement.textContent ?? '').trim() === label) {
      target = target.parentElement;
    }
    target.remove();
    removed++;
  }
  return removed;
}

import { contentParts, textOf } from './content-parts';

/**
 * Readability keeps in-article ad slots whose only text is their label ("Advertisement"): the slot's
 * script never ran, so the label is all that is left, and it lands in the middle of the story as a
 * paragraph of its own. An element whose entire text is such a label is never article text. The same holds for
 * a widget's loading placeholder ("Loading Photo Gallery").
 */

/** Ad-slot labels in the languages of the pages Lede is tested on; matched against the whole element text. */
const AD_LABEL = /^(?:advertisements?|advertising|advert|ads?|sponsored(?: content)?|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|reclame|advertentie|реклама|広告|广告|광고)\s*:?$/i;
/**
 * The line a site prints over an ad slot in the middle of the story ("Story continues below advertisement",
 * "Advertisement - scroll to continue", "Article continues after this ad"): with the ad gone, it points at nothing.
 */
const CONTINUES_LABEL =
  /^(?:(?:advertisement|ad)\s*[-–—:]?\s*)?(?:(?:the )?(?:story|article|content|text|post) continues|continue reading|scroll (?:down )?to continue(?: with content| reading)?)(?: (?:below|after|under))?(?: (?:this|the))?(?: (?:advertisement|ad))?$/i;
/**
 * An ad network's credit left where its widget was ("Promoted by Zergnet", "Ads by Taboola"): the credit and the
 * network's name, nothing else. `SPONSOR_START` finds where one starts, in a text node. A sponsor's disclosure
 * ("Sponsored by …", "Brought to you by …") is the publisher telling who paid for the story: it stays.
 */
const SPONSOR_CREDIT = /^(?:promoted|ads) by [\p{L}\p{N}][\p{L}\p{N} .&'’-]{0,40}$/iu;
const SPONSOR_START = /^\s*(?:promoted|ads) by\b/i;

/** Longer than any label plus the indentation a page may put around it. */
const MAX_LABEL_NODE_CHARS = 200;
/** Longer than any ad network's credit. */
const MAX_CREDIT_CHARS = 60;

/**
 * A widget's placeholder, shown until its script loads what it holds ("Loading Photo Gallery", "Loading comments…"):
 * in a copy of the page that script never runs, and the placeholder is all that is left of the widget.
 */
const PLACEHOLDER_LABEL =
  /^(?:loading|lade|laden|wird geladen|chargement(?: en cours)?|cargando|caricamento|carregando)(?:\s+(?:the\s+)?(?:photo\s+|video\s+|image\s+)?(?:gallery|galerie|video|player|comments|content|images?|photos?|slideshow|map|widget|inhalte|kommentare))?\s*(?:\.{2,}|…)?$/iu;
const isAdSlotLabel = (text: string) => AD_LABEL.test(text) || CONTINUES_LABEL.test(text) || PLACEHOLDER_LABEL.test(text);
const isLabel = (text: string) => isAdSlotLabel(text) || SPONSOR_CREDIT.test(text);

/**
 * Removes elements of `root` whose whole text is an ad label or an ad network's credit. Returns how many it removed.
 * Tests the content's text nodes (labels are rare) and only then climbs to the outermost element holding nothing else.
 */
export function removeAdLabels(root: Element, texts: readonly Text[] = contentParts(root).texts): number {
  const hits: Element[] = [];
  for (const node of texts) {
    // Most text nodes are whole sentences: only a short one can be a label (whitespace around it included).
    const text = node.nodeValue ?? '';
    if (text.length > MAX_LABEL_NODE_CHARS || !node.parentElement) continue;
    if (isAdSlotLabel(text.trim())) hits.push(node.parentElement);
    else if (SPONSOR_START.test(text)) {
      // The network's name is often a link or a span of its own: the credit is the smallest element holding both.
      const credit = creditAround(node.parentElement, root);
      if (credit) hits.push(credit);
    }
  }
  let removed = 0;
  for (const hit of hits) {
    const label = textOf(hit);
    // A link named like a label goes somewhere: "ADS" in a reference list links to the Astrophysics Data System.
    if (!isLabel(label) || !root.contains(hit) || (isAdSlotLabel(label) && hit.closest('a[href]'))) continue;
    let target = hit;
    while (target.parentElement && target.parentElement !== root && textOf(target.parentElement) === label) {
      target = target.parentElement;
    }
    target.remove();
    removed++;
  }
  return removed;
}

/** The smallest element from `start` up whose whole text is an ad network's credit, if one is. */
function creditAround(start: Element, root: Element): Element | null {
  for (let el: Element | null = start; el && el !== root; el = el.parentElement) {
    const text = textOf(el);
    if (text.length > MAX_CREDIT_CHARS) return null;
    if (SPONSOR_CREDIT.test(text)) return el;
  }
  return null;
}

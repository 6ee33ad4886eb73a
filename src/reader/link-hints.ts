import { contentParts, textOf } from './content-parts';

/**
 * Sites put a hint for screen readers inside their links ("said<span>Opens a new window</span>"), hidden by their
 * own stylesheet. The reader has none of that stylesheet, so the hint would be read into the sentence ("saidOpens a
 * new window that…") and could end up in a key point. Every link in the reader opens in a new tab anyway.
 */

/** The hints: English, German, French, Spanish, Italian, Portuguese. */
const HINTS = [
  '(?:this link )?opens? (?:in )?(?:a )?new (?:browser )?(?:window|tab)',
  'external(?: link| site| website)?',
  'link is external',
  'öffnet (?:in )?(?:einem )?neue[mn] (?:fenster|tab)',
  'externer link',
  "s'ouvre dans (?:une )?nouvel(?:le)? (?:fenêtre|onglet)",
  'lien externe',
  'se abre en (?:una )?nueva (?:ventana|pestaña)',
  'enlace externo',
  'si apre in una nuova (?:finestra|scheda)',
  'link esterno',
  'abre (?:em|numa) nova (?:janela|aba)',
  'link externo',
].join('|');
/** A text that is the hint alone, maybe in brackets. */
const LINK_HINT = new RegExp(`^[([]?\\s*(?:${HINTS})\\s*[)\\]]?\\.?$`, 'iu');
/** A bracketed hint after the link's words in the same text ("the report (opens in new tab)"). */
const TRAILING_HINT = new RegExp(`\\s*[([]\\s*(?:${HINTS})\\s*[)\\]]\\s*$`, 'iu');
/** Longer than any hint plus the spaces a page may put around it. */
const MAX_HINT_NODE_CHARS = 80;

/**
 * Removes link hints from the links of `root`: the element inside a link that holds only the hint, or the hint's
 * own text beside the link's words. A link whose whole text is the hint keeps it (it would be left empty).
 * Returns how many it removed. Only the links' own text is read: on jsdom, every text node costs.
 */
export function removeLinkHints(root: Element, links: readonly Element[] = contentParts(root).links): number {
  let removed = 0;
  for (const link of links) {
    if (!root.contains(link)) continue;
    const hints = hintsIn(link);
    if (hints.length === 0 || LINK_HINT.test(textOf(link))) continue;
    for (const [node, trailing] of hints) {
      if (trailing) {
        node.nodeValue = (node.nodeValue ?? '').slice(0, trailing.index);
      } else {
        let target: Node = node;
        while (target.parentElement && target.parentElement !== link && LINK_HINT.test(textOf(target.parentElement))) {
          target = target.parentElement;
        }
        target.parentNode?.removeChild(target);
      }
      removed++;
    }
  }
  return removed;
}

/** The text nodes of `link` that are a hint, or end with a bracketed one (with that match). */
function hintsIn(link: Element): Array<[Text, RegExpExecArray | null]> {
  const found: Array<[Text, RegExpExecArray | null]> = [];
  const walk = (el: Element): void => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) walk(child as Element);
      if (child.nodeType !== 3) continue;
      const text = child.nodeValue ?? '';
      const trailing = /[)\]]\s*$/.test(text) ? TRAILING_HINT.exec(text) : null;
      if (trailing || (text.length <= MAX_HINT_NODE_CHARS && LINK_HINT.test(text.trim()))) found.push([child as Text, trailing]);
    }
  };
  walk(link);
  return found;
}

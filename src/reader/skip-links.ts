import { contentParts, holdsMedia, textOf } from './content-parts';

/**
 * Pages give keyboard and screen-reader users links that jump within the page: "Skip to: Start of Article",
 * "Go Back to Top", "Zum Inhalt springen". Their stylesheet hides them until focused; in the reader, which has none
 * of it, they would stand above and below the story as lines of text, and their targets are not in the reader.
 */

/** A whole link text that is such a jump (English, German, French, Spanish, Italian, Portuguese). */
const SKIP_TEXT = new RegExp(
  '^(?:' +
    [
      // "Skip to content", "Skip Article Header", "Jump to recipe": any jump that starts with the word.
      '(?:skip|jump)\\b.*',
      '(?:go\\s+)?(?:back|return)\\s+to\\s+(?:the\\s+)?top\\b.*',
      'zum\\s+(?:inhalt|hauptinhalt|seitenanfang)(?:\\s+springen)?',
      '(?:zurück\\s+)?(?:nach\\s+oben|zum\\s+seitenanfang)',
      'aller\\s+au\\s+(?:contenu|menu)(?:\\s+principal)?',
      'retour\\s+en\\s+haut(?:\\s+de\\s+(?:la\\s+)?page)?',
      'saltar\\s+al\\s+contenido(?:\\s+principal)?',
      'volver\\s+arriba',
      'vai\\s+al\\s+contenuto(?:\\s+principale)?',
      'torna\\s+su',
      'ir\\s+para\\s+o\\s+conteúdo(?:\\s+principal)?',
      'voltar\\s+ao\\s+topo',
    ].join('|') +
    ')$',
  'iu',
);
/** Such a link says little. */
const MAX_SKIP_CHARS = 80;

/** Removes jump links (and the element left with nothing in it); returns how many it removed. */
export function removeSkipLinks(root: Element, links: readonly Element[] = contentParts(root).links): number {
  let removed = 0;
  for (const link of links) {
    if (!root.contains(link)) continue;
    const href = link.getAttribute('href');
    // A jump stays on the page: a fragment, or no address at all once Readability has cleaned it.
    if (href !== null && !href.includes('#')) continue;
    const text = textOf(link);
    if (!text || text.length > MAX_SKIP_CHARS || !SKIP_TEXT.test(text) || holdsMedia(link)) continue;
    let target: Element = link;
    while (target.parentElement && target.parentElement !== root && !textOf(target.parentElement).replace(text, '').trim() && !holdsMedia(target.parentElement)) {
      target = target.parentElement;
    }
    target.remove();
    removed++;
  }
  return removed;
}

import { leadingBlocks, removeWithEmptyList } from './edge-blocks';
import { textOf } from './content-parts';

/**
 * Above the story, sites put a row of controls: "Listen · 5 min", "Share", "Save", "Print", "A+ A−", "5 min read".
 * Readability drops the buttons but keeps the words in spans and divs, so the reader would open on "Listen 5 min".
 * The reader has its own reading time and its own controls: a leading block made only of such words goes, and
 * so does a counter's bare figure.
 */

/** Where a row only names networks ("Facebook Twitter Email"), they are its links: two of them make it a row. */
export const NETWORKS = new Set('facebook twitter x whatsapp linkedin reddit pinterest instagram youtube threads bluesky mastodon tiktok email e-mail mail'.split(' '));
/** The words of those rows (English, German, French, Spanish, Italian, Portuguese); a block must be only these. */
const INTERFACE_WORDS = new Set([
  ...NETWORKS,
  ...(
    'listen listening play audio share shares sharing save saved print comment comments gift bookmark ' +
    'copy link follow text size font a aa recommend tweet pin ' +
    'this to the full article story now min mins minute minutes read reading time ' +
    'anhören teilen mitteilen twittern speichern drucken kommentare lesezeit artikel pocket xing flipboard tumblr telegram info ' +
    'écouter partager sauvegarder imprimer commentaires lecture de ' +
    'escuchar compartir guardar imprimir comentarios lectura ' +
    'ascolta condividi salva stampa commenti lettura ' +
    'ouvir compartilhar salvar imprimir comentários leitura'
  ).split(' '),
]);
/** At least one of these: a row of controls does something. */
const ACTIONS = new Set(
  'listen play share save print comment comments gift bookmark recommend tweet anhören teilen mitteilen twittern speichern drucken écouter partager escuchar compartir ascolta condividi ouvir compartilhar min mins minutes lesezeit'.split(' '),
);
/** A row of controls is short. */
export const MAX_ROW_CHARS = 80;

/**
 * A counter's figure alone on its line ("2,127" or "12K" page views, its icon gone with the buttons): no story
 * opens with a bare count of its own. A small figure without separators ("102") may be a chapter's number: kept.
 */
const COUNTER = /^(?:\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d{1,3}(?:[.,]\d)?\s?[km])$/iu;

/** Removes the leading blocks of `root` that are rows of controls or counters; returns how many it removed. */
export function removeLeadingInterfaceLines(root: Element): number {
  let removed = 0;
  for (const block of leadingBlocks(root)) {
    const text = textOf(block).trim();
    if (!isControlRow(text) && !COUNTER.test(text)) continue;
    removeWithEmptyList(block);
    removed++;
  }
  return removed;
}

/**
 * Whether `text` is a row of controls: only their words, and at least one action or two networks' names (which
 * are then its links).
 */
export function isControlRow(text: string): boolean {
  if (!text || text.length > MAX_ROW_CHARS) return false;
  const words = text.toLowerCase().split(/[^\p{L}\p{N}+−-]+/u).filter(Boolean);
  const isControl = (word: string) => INTERFACE_WORDS.has(word) || /^[\d+−-]+$/.test(word);
  if (words.length === 0 || !words.every(isControl)) return false;
  return words.some((word) => ACTIONS.has(word)) || words.filter((word) => NETWORKS.has(word)).length >= 2;
}

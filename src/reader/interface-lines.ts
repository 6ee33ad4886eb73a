import { leadingBlocks, trailingBlocks } from './byline-line';
import { textOf } from './content-parts';

/**
 * Above the story, sites put a row of controls: "Listen · 5 min", "Share", "Save", "Print", "A+ A−", "5 min read".
 * Readability drops the buttons but keeps the words in spans and divs, so the reader would open on "Listen 5 min".
 * The reader has its own reading time and its own controls: a leading block made only of such words goes.
 */

/** The words of those rows (English, German, French, Spanish, Italian, Portuguese); a block must be only these. */
const INTERFACE_WORDS = new Set(
  (
    'listen listening play audio share shares sharing save saved print email e-mail comment comments gift bookmark ' +
    'copy link follow facebook twitter x whatsapp linkedin reddit pinterest instagram youtube threads bluesky mastodon ' +
    'text size font a aa recommend tweet pin mail ' +
    'this to the full article story now min mins minute minutes read reading time ' +
    'anhören teilen speichern drucken kommentare lesezeit artikel ' +
    'écouter partager sauvegarder imprimer commentaires lecture de ' +
    'escuchar compartir guardar imprimir comentarios lectura ' +
    'ascolta condividi salva stampa commenti lettura ' +
    'ouvir compartilhar salvar imprimir comentários leitura'
  ).split(' '),
);
/** At least one of these: a row of controls does something. */
const ACTIONS = new Set(
  'listen play share save print comment comments gift bookmark recommend tweet anhören teilen speichern drucken écouter partager escuchar compartir ascolta condividi ouvir compartilhar min mins minutes lesezeit'.split(' '),
);
/** Where a row only names networks ("Facebook Twitter Email"), they are its links: two of them make it a row. */
const NETWORKS = new Set('facebook twitter x whatsapp linkedin reddit pinterest instagram youtube threads bluesky mastodon email e-mail mail'.split(' '));
/** A row of controls is short. */
const MAX_ROW_CHARS = 80;

/** Removes the leading blocks of `root` that are rows of controls; returns how many it removed. */
export function removeLeadingInterfaceLines(root: Element): number {
  let removed = 0;
  for (const block of leadingBlocks(root)) {
    if (!isControlRow(block, textOf(block))) continue;
    block.remove();
    removed++;
  }
  return removed;
}

/**
 * Under the story, the same rows ("Print · Email · Recommend · Tweet"), the page's tags line ("Tags: alec baldwin,
 * stacy keach": links into the site's tag pages, which say nothing the story has not said) and the site's copyright
 * line ("© 2011 CNBC.com"), which belongs to the page's footer. Only the last few
 * blocks are looked at, and each goes with its enclosing elements as far as they hold nothing else.
 */
const TRAILING_BLOCKS = 4;
const MAX_PASSES = 4;
/** A tags line's label, in the languages of INTERFACE_WORDS. */
const TAGS_LABEL =
  /^(?:tags?|tagged(?:\s+with)?|topics?|related\s+(?:topics|tags|items)|filed\s+under|(?:read\s+)?more\s+(?:about|on)(?=\s*:)|schlagw(?:ö|oe)rter|schlagworte|themen|mots[- ]cl[ée]s|[ée]tiquettes|sujets|etiquetas|temas|argomenti)\b\s*:?/iu;
/** A tags line is a label and a few links. */
const MAX_TAGS_CHARS = 400;
/** Of the text after the label, at least this much is link text. */
const MIN_TAG_LINK_SHARE = 0.6;

/** Removes trailing rows of controls and tags lines; returns how many it removed. */
export function removeTrailingInterfaceLines(root: Element): number {
  let removed = 0;
  // Again while a pass removes something: such rows come stacked (share row, tags, the author's profiles).
  for (let pass = 0, found = 1; found > 0 && pass < MAX_PASSES; pass++) {
    found = 0;
    for (const block of trailingBlocks(root, TRAILING_BLOCKS)) {
      if (!root.contains(block)) continue;
      const target =
        outermostMatching(block, root, MAX_ROW_CHARS, isControlRow) ??
        outermostMatching(block, root, MAX_TAGS_CHARS, isTagsLine) ??
        outermostMatching(block, root, MAX_COPYRIGHT_CHARS, isCopyrightLine);
      if (!target) continue;
      target.remove();
      found++;
    }
    removed += found;
  }
  return removed;
}

/** A site's copyright line is one short sentence: "© 2011 CNBC.com", "Copyright 2024 The Daily News. All rights reserved." */
const MAX_COPYRIGHT_CHARS = 160;
/** "©", or the word with a sign or a year after it: "Copyright law was next" is a sentence of the story. */
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}))/iu;
const isCopyrightLine = (_el: Element, text: string) => COPYRIGHT.test(text);

/** How far up from a trailing block its row's elements are looked for. */
const MAX_ROW_DEPTH = 4;

/** `block` or its outermost ancestor below `root` that passes `test`, looking no further than `maxChars` of text. */
function outermostMatching(block: Element, root: Element, maxChars: number, test: (el: Element, text: string) => boolean): Element | null {
  let match: Element | null = null;
  let el: Element | null = block;
  for (let depth = 0; el && el !== root && depth < MAX_ROW_DEPTH; depth++, el = el.parentElement) {
    const text = wordsOf(el, maxChars);
    if (text.length > maxChars) break;
    if (test(el, text)) match = el;
  }
  return match;
}

/**
 * The element's text with a space between its text nodes: a row of links written without spaces has words too.
 * Reading stops once the raw text passes `limit` (then longer than `limit`).
 */
function wordsOf(el: Element, limit: number): string {
  const parts: string[] = [];
  let length = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data;
    parts.push(text);
    length += text.trim().length;
    if (length > limit) break;
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Whether `text` is a row of controls: only their words, at least one of them an action. */
function isControlRow(_el: Element, text: string): boolean {
  if (!text || text.length > MAX_ROW_CHARS) return false;
  const words = text.toLowerCase().split(/[^\p{L}\p{N}+−-]+/u).filter(Boolean);
  const isControl = (word: string) => INTERFACE_WORDS.has(word) || /^[\d+−-]+$/.test(word);
  if (words.length === 0 || !words.every(isControl)) return false;
  return words.some((word) => ACTIONS.has(word)) || words.filter((word) => NETWORKS.has(word)).length >= 2;
}

/** Whether `el` is a tags label followed by links. */
function isTagsLine(el: Element, text: string): boolean {
  const label = TAGS_LABEL.exec(text);
  if (!label) return false;
  const rest = text.slice(label[0].length).replace(/[\s,;|·•/]+/gu, '');
  // A label alone ("Read More About:") whose links the page fills in by script or Readability dropped.
  if (!rest) return label[0].trim().endsWith(':');
  let linkText = 0;
  for (const link of el.querySelectorAll('a')) linkText += textOf(link).replace(/[\s,;|·•/]+/gu, '').length;
  return linkText >= MIN_TAG_LINK_SHARE * rest.length;
}

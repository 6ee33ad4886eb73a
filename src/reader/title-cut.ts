/**
 * Readability shortens a page title at a separator or a colon ("Site: Headline" → "Headline"). When the colon
 * sits inside brackets, as in "Arrays and Unions (libffi: the portable foreign function interface library)", the
 * cut leaves a fragment with an unmatched bracket ("the portable foreign function interface library)"): that is
 * not the headline, and the page's whole title is the better one.
 */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['（', '）'],
  ['【', '】'],
  ['「', '」'],
];

/** Whether every bracket in `text` is closed after it opens, and every closing one was opened. */
export function bracketsBalanced(text: string): boolean {
  for (const [open, close] of PAIRS) {
    let depth = 0;
    for (const char of text) {
      if (char === open) depth++;
      else if (char === close && --depth < 0) return false;
    }
    if (depth !== 0) return false;
  }
  return true;
}

const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * `title` (Readability's), or the page's own `documentTitle` when `title` is a piece of it cut through a
 * bracketed part: unbalanced where the whole title is balanced.
 */
export function undoBrokenTitleCut(title: string, documentTitle: string): string {
  const piece = collapsed(title);
  const whole = collapsed(documentTitle);
  if (!piece || piece === whole) return title;
  if (cutInsideWord(piece, whole)) return whole;
  if (bracketsBalanced(piece)) return title;
  return whole.includes(piece) && bracketsBalanced(whole) ? whole : title;
}

/**
 * Readability's second try at a short title cuts after the first separator character, hyphens included, so a site
 * named with one loses half its name: "Internet-Law » Verstößt der Ausschluss …" becomes "Law » Verstößt der
 * Ausschluss …". Whether `piece` ends `whole` and starts right after a hyphen inside a word.
 */
function cutInsideWord(piece: string, whole: string): boolean {
  if (!whole.endsWith(piece)) return false;
  const before = whole.slice(0, whole.length - piece.length);
  return /\p{L}-$/u.test(before) && /^\p{L}/u.test(piece);
}

/**
 * A page whose JSON-LD gives both a "name" and a "headline" gets the "name" from Readability unless the headline
 * matches the page's title closely, and some sites' "name" is the story's id ("d-161500790", the headline being
 * "Ein Albtraum" under the title "Ein Albtraum - DER SPIEGEL 52/2018"). An id is one word with figures in it that
 * the page's own title does not contain: then that title is the better one, for the usual cleaning.
 */
export function undoIdentifierTitle(title: string, documentTitle: string): string {
  const word = title.trim();
  const whole = collapsed(documentTitle);
  const isIdentifier = /^[\p{L}\p{N}_.:-]+$/u.test(word) && /\p{N}/u.test(word);
  return isIdentifier && whole && !whole.includes(word) ? whole : title;
}

/**
 * The words that open a byline, in a module of their own: the reader in the page needs only these, and the
 * display helpers in format.ts build their larger patterns when loaded.
 */

/**
 * "By" and its kin in the languages Lede reads ("Written by", "Par", "Von", "Veröffentlicht von", "Por", "Door", "Av"), which the meta
 * line replaces with its own "By".
 */
const BY_WORDS =
  '(?:(?:written|posted|published|words|story|text|reporting|curated|compiled)\\s+by|(?:veröffentlicht|geschrieben|verfasst)\\s+von|' +
  '(?:publié|écrit|rédigé)\\s+par|(?:escrito|publicado)\\s+por|(?:scritto|pubblicato)\\s+da|by|author|curator|par|von|por|door|av|af|przez)';
/** "By ", "Written by ", "Par ", "Von: "… opening a byline. */
export const BY_LEAD = new RegExp(`^${BY_WORDS}(?:\\s*:\\s*|\\s+)`, 'iu');
/** A "byline" that is nothing but the word. */
export const BARE_BY = new RegExp(`^${BY_WORDS}:?$`, 'iu');
/** Whether `text` is only "By" or its kin: what is left of a byline line once Readability took the name out of it. */
export const isBareBy = (text: string) => BARE_BY.test(text.replace(/\s+/g, ' ').trim());

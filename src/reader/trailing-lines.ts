import { trailingBlocks } from './edge-blocks';
import { textOf } from './content-parts';
import { isControlRow, MAX_ROW_CHARS, NETWORKS } from './interface-lines';

/**
 * Under the story, pages leave what belongs to their footer: a row of controls ("Print · Email · Recommend ·
 * Tweet", the author's "Facebook Twitter Email"), the tags line ("Tags: alec baldwin, stacy keach": links into the
 * site's tag pages, which say nothing the story has not said), the site's copyright line ("© 2011 CNBC.com") and a
 * call to sign up for its newsletter ("Subscribe to Deadline Breaking News Alerts"), a media player's keyboard
 * hint ("Press spacebar to pause and continue. Press esc to stop."), an endless page's loader ("Loading…"),
 * what a comment form leaves ("Kommentar schreiben", "Please log in to comment.") and a blog theme's line about the
 * post ("This entry was posted on … and is filed under …"), calls to follow the site ("Like us on Facebook") and a link
 * to the site's section ("MORE POLITICS").
 * Only the last few blocks are looked at, and each goes with its enclosing elements as far as they hold nothing else.
 */

/** How many of the last blocks are looked at, per pass. */
const TRAILING_BLOCKS = 4;
const MAX_PASSES = 4;
/** A tags line's label, in the languages of INTERFACE_WORDS. */
const TAGS_LABEL =
  /^(?:tags?|tagged(?:\s+with)?|topics?|related\s+(?:topics|tags|items)|filed\s+under|(?:read\s+)?more\s+(?:about|on)(?=\s*:)|schlagw(?:ö|oe)rter|schlagworte|themen|mots[- ]cl[ée]s|[ée]tiquettes|sujets|etiquetas|temas|argomenti)\b\s*:?/iu;
/** A tags line is a label and a few links. */
const MAX_TAGS_CHARS = 400;
/** Of the text after the label, at least this much is link text. */
const MIN_TAG_LINK_SHARE = 0.6;

/** Removes the trailing lines of TRAILING_RULES; returns how many it removed. */
export function removeTrailingLines(root: Element): number {
  let removed = 0;
  // Again while a pass removes something: such rows come stacked (share row, tags, the author's profiles).
  for (let pass = 0, found = 1; found > 0 && pass < MAX_PASSES; pass++) {
    found = 0;
    for (const block of trailingBlocks(root, TRAILING_BLOCKS)) {
      if (!root.contains(block)) continue;
      let target: Element | null = null;
      for (const [maxChars, test] of TRAILING_RULES) if ((target = outermostMatching(block, root, maxChars, test))) break;
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

/**
 * A sign-up call is one or two short sentences: "Subscribe to Deadline Breaking News Alerts and keep your inbox
 * happy.", "Get updates in your inbox. Subscribe to … and never miss an update!"
 */
const MAX_SIGNUP_CHARS = 200;
/**
 * It opens with the call itself (English, German, French, Spanish, Italian, Portuguese), maybe after a few words
 * and a colon ("Keine Neuigkeiten mehr verpassen: Abonnieren Sie kostenlos die MEEDIA-Newsletter …").
 */
const SIGNUP_CALL =
  /^(?:[^:.!?]{0,60}:\s*)?(?:subscribe to|sign up (?:for|to|here)|get (?:our|the) [\p{L}\p{N}' ]{0,40}newsletter|get (?:[\p{L}']+\s+){1,4}(?:delivered\s+)?(?:in|to|straight to) your inbox|join our (?:newsletter|mailing list)|abonnieren sie|abonnez-vous|inscrivez-vous|suscr[ií]bete|iscriviti|inscreva-se)\b/iu;
/** And it points somewhere: a link, or the inbox it fills. */
const isSignupLine = (el: Element, text: string) =>
  SIGNUP_CALL.test(text) && (el.querySelector('a') !== null || /newsletter|inbox|alerts?\b|e-?mail/iu.test(text));

/** A player's keyboard hint is one or two short sentences: "Press spacebar to pause and continue. Press esc to stop." */
const MAX_KEY_HINT_CHARS = 120;
/** Every sentence of it tells which key plays, pauses or stops the media (a help dialog's other hints stay whole). */
const KEY_HINT =
  /^(?:press (?:the )?(?:space ?bar|space|esc|escape|enter|return|arrow keys?|[a-z])(?: key)? to (?:play|pause|stop|resume|continue|mute|unmute|seek|skip)\b[^.!]{0,40}[.!]?\s*)+$/iu;
const isKeyHint = (_el: Element, text: string) => KEY_HINT.test(text);

/**
 * An endless page's button or loader for more: "Load more", "Lade weitere Inhalte ...", "Loading more stories…". The
 * next story never comes in the reader. (A bare "Loading…" anywhere is a widget's placeholder: ad-labels.ts.)
 */
const MAX_LOADER_CHARS = 60;
const LOADER =
  /^(?:load more|show more|(?:loading|load) more (?:stories|articles|posts|news|content)|lade weitere (?:inhalte|artikel|beiträge)|mehr (?:laden|anzeigen)|weitere (?:artikel|beiträge|inhalte) laden|charger plus|cargar más|carica altri|carregar mais)\s*(?:\.{2,}|…)?$/iu;
const isLoaderLine = (_el: Element, text: string) => LOADER.test(text);

/**
 * What is left of a comment form once Readability dropped the form: its title ("Kommentar schreiben", "Leave a
 * comment") and the call to log in ("Bitte melden Sie sich an, um diesen Artikel zu kommentieren.").
 */
const MAX_COMMENT_PROMPT_CHARS = 120;
const COMMENT_PROMPT = new RegExp(
  String.raw`^(?:(?:write|leave|post|add) a (?:comment|reply)|kommentar (?:schreiben|verfassen)|(?:schreibe|hinterlasse) einen kommentar`
    + String.raw`|(?:écrire|laisser) un commentaire|(?:escribir|deja) un comentario|(?:scrivi|lascia) un commento|(?:deixe|escreva) um comentário`
    + String.raw`|(?:please )?(?:log ?in|sign in|register) to (?:comment|post a comment|leave a comment)(?: on (?:this|the) (?:article|story|post))?`
    + String.raw`|you must be (?:logged in|signed in) to (?:post a )?comment`
    + String.raw`|bitte (?:melden sie sich an|loggen sie sich ein|melde dich an),? um (?:diesen|den) (?:artikel|beitrag) zu kommentieren|zum kommentieren (?:bitte )?(?:anmelden|einloggen)`
    + String.raw`|connectez-vous pour commenter|inicia sesión para comentar|accedi per commentare)[.:!]?$`,
  'iu',
);
const isCommentPrompt = (_el: Element, text: string) => COMMENT_PROMPT.test(text);

/**
 * A blog theme's line about the post under it: "This entry was posted on Sunday, December 30th, 2012 at 3:00 pm and
 * is filed under Personal, Technology. You can follow any responses to this entry through the RSS 2.0 feed. You can
 * leave a response, or trackback from your own site." (WordPress's classic themes).
 */
const MAX_POST_META_CHARS = 400;
const POST_META = /^(?:this (?:entry|post) was posted\b.{0,120}\b(?:filed under|categori[sz]ed|tagged)|you can follow any responses to this entry\b|both comments and pings are currently closed\b)/iu;
const isPostMeta = (_el: Element, text: string) => POST_META.test(text);

/**
 * The site's and the writer's calls to follow them: "Like us on Facebook", "Follow us on Twitter & Instagram",
 * "Follow Lucia I. Suarez on Twitter @luciasuarezsang", one after the other.
 */
const MAX_FOLLOW_CHARS = 240;
const NETWORK = `(?:${[...NETWORKS].join('|')})`;
const ONE_FOLLOW = String.raw`(?:(?:like|follow|find|join) us on ${NETWORK}(?:\s*(?:&|and|,)\s*${NETWORK})*|follow [\p{L}.'’ -]{2,40}? on ${NETWORK}(?:\s*@\w+)?)`;
const FOLLOW_LINE = new RegExp(String.raw`^${ONE_FOLLOW}(?:[.!]?\s*${ONE_FOLLOW})*[.!]?$`, 'iu');
const isFollowLine = (_el: Element, text: string) => FOLLOW_LINE.test(text);

/** A link to the site's section under the story, alone on its line: "MORE POLITICS", "More from Sports". */
const MAX_SECTION_LINK_CHARS = 40;
const SECTION_LINK = /^more\s+(?:from\s+)?[\p{L}&'’-]+(?:\s+[\p{L}&'’-]+){0,2}$/iu;
function isSectionLink(el: Element, text: string): boolean {
  const links = el.getElementsByTagName('a');
  const link = el.localName === 'a' ? el : links.length === 1 ? links[0]! : null;
  return link !== null && SECTION_LINK.test(text) && textOf(link) === text && !(link.getAttribute('href') ?? '#').startsWith('#');
}

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

/** Whether `el` is a tags label followed by links. */
function isTagsLine(el: Element, text: string): boolean {
  const label = TAGS_LABEL.exec(text);
  // Without a label, the links say it themselves: rel="tag" marks a link to the site's page for that tag.
  if (!label) return isTagLinksOnly(el, text);
  const rest = text.slice(label[0].length).replace(/[\s,;|·•/]+/gu, '');
  // A label alone ("Read More About:") whose links the page fills in by script or Readability dropped.
  if (!rest) return label[0].trim().endsWith(':');
  let linkText = 0;
  for (const link of el.querySelectorAll('a')) linkText += textOf(link).replace(/[\s,;|·•/]+/gu, '').length;
  return linkText >= MIN_TAG_LINK_SHARE * rest.length;
}

/** Whether `el` holds only links marked rel="tag" (and the separators between them). */
function isTagLinksOnly(el: Element, text: string): boolean {
  const links = Array.from(el.getElementsByTagName('a'));
  if (links.length === 0 || !links.every((link) => /(?:^|\s)tag(?:\s|$)/i.test(link.getAttribute('rel') ?? ''))) return false;
  const linkText = links.reduce((sum, link) => sum + textOf(link).replace(/[\s,;|·•/]+/gu, '').length, 0);
  return linkText >= text.replace(/[\s,;|·•/]+/gu, '').length;
}

/**
 * The lines under the story that are not the story, each with the most text such a line has: a row of controls
 * ("Print Email Recommend Tweet"), a tags line, the site's copyright line, a call to sign up, a player's key hint,
 * a loader, what a comment form leaves, a blog theme's line about the post, calls to follow the site, and a link
 * to the site's section. Defined last: the tests above are constants.
 */
const TRAILING_RULES: ReadonlyArray<readonly [number, (el: Element, text: string) => boolean]> = [
  [MAX_ROW_CHARS, (_el, text) => isControlRow(text)],
  [MAX_TAGS_CHARS, isTagsLine],
  [MAX_COPYRIGHT_CHARS, isCopyrightLine],
  [MAX_SIGNUP_CHARS, isSignupLine],
  [MAX_KEY_HINT_CHARS, isKeyHint],
  [MAX_LOADER_CHARS, isLoaderLine],
  [MAX_COMMENT_PROMPT_CHARS, isCommentPrompt],
  [MAX_POST_META_CHARS, isPostMeta],
  [MAX_FOLLOW_CHARS, isFollowLine],
  [MAX_SECTION_LINK_CHARS, isSectionLink],
];

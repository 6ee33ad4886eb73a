/**
 * Site promotion inside the story. Newsrooms put links to their other stories in the middle of an article:
 * "Related: Chicago is America's most segregated city", or a "Read more:" line followed by a few headlines. On
 * the site they are styled as promos; Readability keeps them as paragraphs of the story. A block is such a
 * promo when it opens with a promo label and the rest of it is a link, or when it is a bare label followed by
 * blocks that are links and nothing else. A label followed by text of the story's own (a sentence that starts
 * "Related:" and goes on unlinked) stays, and so do a reference work's own sections ("See also", "Further
 * reading"), which are headings and lists. A newsletter sign-up box is removed whole (see NEWSLETTER_CALL).
 */

import { contentParts, holdsMedia, textOf } from './content-parts';

const LABEL = String.raw`(?:related(?: (?:stor(?:y|ies)|articles?|posts?|content|coverage|links?|reading|news|searches))?|read more|read also|also read|read next|more on this(?: story)?|recommended(?: reading| stories)?|don[’']t miss|must read|(?:like this\?\s*)?you (?:may|might) also (?:like|enjoy|be interested in)|more from [^:]{1,40}`
  // The site's own widgets' titles, left when Readability kept the title and not the widget.
  + String.raw`|(?:most )?(?:recent|popular|latest|trending)(?: (?:articles|posts|stories|news|now|this week|today))?|most (?:read|viewed|shared)`
  // The same labels on German, French, Spanish, Italian, Portuguese, Dutch, Polish and Russian news sites.
  + String.raw`|redaktionstipps?|lesetipps?|lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|weiterführende[rn]? links?|(?:das(?: thema)? )?könnte (?:dich|sie|euch) (?:auch )?interessieren|ähnliche (?:beiträge|artikel)|articles similaires|(?:à |a )?lire aussi|lee también|leer más|te puede interesar`
  + String.raw`|leggi anche|leia (?:também|mais)|lees ook|czytaj (?:także|też)|читайте также)`;
/** A label, a separator, and the rest of the block (the link, for a labelled link). */
const LABELLED = new RegExp(String.raw`^${LABEL}\s*[:|»›>–—-]\s*(.+)$`, 'i');
/** A bare label, a paragraph of its own, heading a few links ("Read more:", "Related coverage"). */
const BARE_LABEL = new RegExp(String.raw`^${LABEL}\s*(?:[:|»›>–—-]|\.{3}|…)?$`, 'i');
/** "Follow Backchannel: Twitter | Facebook": a follow line, when every link in it goes to a social network. */
const FOLLOW = /^follow\b.{1,60}?[:|»›>–—-]\s*(.+)$/i;
const SOCIAL_HOSTS = /(?:^|\.)(?:twitter\.com|x\.com|facebook\.com|instagram\.com|linkedin\.com|youtube\.com|tiktok\.com|threads\.net|bsky\.app|mastodon\.social|pinterest\.com|flipboard\.com|t\.me|whatsapp\.com)$/i;
/** Longer than any promo: a block this long is the story's own text whatever it starts with. */
const MAX_PROMO_CHARS = 300;
/** Share of a promo's text that its links cover (a little room for punctuation and icons' text). */
const MIN_LINK_SHARE = 0.9;
const BLOCKS = new Set(['p', 'div', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol']);

/**
 * A call to sign up for the site's newsletter ("SIGN UP FOR OUR NEWSLETTER", "Sign up for Command Line, a paid
 * weekly newsletter…"): the box it opens goes, offers and prices included.
 */
const NEWSLETTER_CALL = /^(?:sign up|subscribe|register|get)\b.{0,100}?\bnewsletters?\b/i;
/** A newsletter box is at most this long; beyond it, the block holding the call is the story itself. */
const MAX_BOX_CHARS = 700;
/** A text node that opens with a label or a sign-up call: the only places a promo can start. */
const OPENS_WITH_LABEL = new RegExp(String.raw`^\s*(?:${LABEL}|sign up|subscribe|register|get|follow)`, 'i');
/** The blocks a promo can be; lists count only as what follows a bare label. */
const PROMO_BLOCKS = new Set(['p', 'div', 'li', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Removes the promos in `root`; returns how many blocks it removed. */
export function removeInlinePromos(root: Element, texts: readonly Text[] = contentParts(root).texts): number {
  let removed = 0;
  // Last first: widgets' titles stacked at the end ("Recent articles", "Popular this week") each end the content
  // once the ones after them are gone.
  for (const block of blocksOpeningWithLabel(root, texts).reverse()) {
    // Readability's content is not in a document: "still there" is asked of the root, not isConnected.
    if (!root.contains(block) || hasBlockChild(block)) continue;
    const text = textOf(block);
    if (!text || text.length > MAX_PROMO_CHARS) continue;
    if (NEWSLETTER_CALL.test(text)) {
      newsletterBox(block, text, root).remove();
      removed++;
      continue;
    }
    const labelled = LABELLED.exec(text) ?? (linksAllSocial(block) ? FOLLOW.exec(text) : null);
    if (labelled && linkShare(block, labelled[1] ?? '') >= MIN_LINK_SHARE) {
      removeWithEmptyParents(block, root);
      removed++;
    } else if (BARE_LABEL.test(text)) {
      // A label that ends the article heads nothing: what it headed (a widget of links) was never in the page's copy.
      if (endsContent(block, root)) {
        block.remove();
        removed++;
        continue;
      }
      if (block.localName !== 'p' && block.localName !== 'div') {
        // A heading labels a promo only in a box of its own ("<h4>Related Story</h4><a><h3>Headline</h3></a>"): a
        // reference work's "Related articles" section stands among the article's other sections.
        const box = promoBox(block, root);
        if (box) {
          removeWithEmptyParents(box, root);
          removed++;
        }
        continue;
      }
      const links = linkBlocksAfter(block);
      if (links.length === 0) continue;
      for (const el of [block, ...links]) el.remove();
      removed += 1 + links.length;
    }
  }
  return removed;
}

/**
 * The blocks holding a text node that opens with a label, in document order. An anchored test per text node is
 * cheap; reading the text of every block instead cost 2 % of Readability's own time on jsdom.
 */
function blocksOpeningWithLabel(root: Element, texts: readonly Text[]): Element[] {
  const found: Element[] = [];
  for (const node of texts) {
    if (!OPENS_WITH_LABEL.test(node.nodeValue ?? '')) continue;
    let block = node.parentElement;
    while (block && block !== root && !PROMO_BLOCKS.has(block.localName)) block = block.parentElement;
    if (block && block !== root && found[found.length - 1] !== block) found.push(block);
  }
  return found;
}

/** The box a sign-up call opens: the outermost short ancestor whose text starts with the call. */
function newsletterBox(call: Element, text: string, root: Element): Element {
  let box = call;
  for (let parent = call.parentElement; parent && parent !== root; parent = parent.parentElement) {
    const boxText = textOf(parent);
    if (boxText.length > MAX_BOX_CHARS || !boxText.startsWith(text)) break;
    box = parent;
  }
  return box;
}

/** Whether nothing of the article follows `block`: no text and no media after it, up to the end of `root`. */
function endsContent(block: Element, root: Element): boolean {
  for (let el: Element | null = block; el && el !== root; el = el.parentElement) {
    for (let next = el.nextSibling; next; next = next.nextSibling) {
      if ((next.textContent ?? '').trim()) return false;
      if (next.nodeType === 1 && holdsMedia(next as Element)) return false;
    }
  }
  return true;
}

/** Removes `el`, and the list or wrapper it leaves empty (no list without items is left behind). */
function removeWithEmptyParents(el: Element, root: Element): void {
  let target = el;
  while (target.parentElement && target.parentElement !== root && target.parentElement.children.length === 1
    && textOf(target.parentElement) === textOf(target)) {
    target = target.parentElement;
  }
  target.remove();
}

function hasBlockChild(el: Element): boolean {
  return Array.from(el.children).some((child) => BLOCKS.has(child.localName));
}

/** How much of `rest` (the text after the label) is link text, counting letters and digits only. */
function linkShare(block: Element, rest: string): number {
  const linked = wordChars(Array.from(block.querySelectorAll('a'), (a) => a.textContent ?? '').join(''));
  const covered = wordChars(rest);
  // The label may sit inside the link too: count only as much link text as the rest has.
  return covered > 0 ? Math.min(linked, covered) / covered : 0;
}

/** Separators between links ("Twitter | Facebook") and icons' glyphs are neither link nor story. */
function wordChars(text: string): number {
  return text.replace(/[^\p{L}\p{N}]/gu, '').length;
}

/** Whether the block links somewhere and every link goes to a social network's site. */
function linksAllSocial(block: Element): boolean {
  const links = Array.from(block.querySelectorAll('a'));
  return links.length > 0 && links.every((a) => {
    try {
      return SOCIAL_HOSTS.test(new URL(a.getAttribute('href') ?? '', 'https://invalid.invalid/').hostname);
    } catch {
      return false;
    }
  });
}

/** The blocks right after a bare label that are each a link and nothing else (a list of them counts whole). */
function linkBlocksAfter(label: Element): Element[] {
  const found: Element[] = [];
  for (let next = label.nextElementSibling; next && isLinkOnly(next); next = next.nextElementSibling) found.push(next);
  return found;
}

/** The box that holds `label` first and then only blocks that are links, when it is no more than that. */
function promoBox(label: Element, root: Element): Element | null {
  const box = label.parentElement;
  const links = linkBlocksAfter(label);
  if (!box || box === root || label.previousElementSibling || links.length === 0 || links[links.length - 1]!.nextElementSibling) return null;
  const parts = [label, ...links].reduce((sum, el) => sum + wordChars(textOf(el)), 0);
  return wordChars(textOf(box)) === parts ? box : null;
}

function isLinkOnly(el: Element): boolean {
  // A link around a headline ("<a><h3>Headline</h3></a>") is a block that is a link and nothing else.
  if (el.localName === 'a') return textOf(el).length > 0 && textOf(el).length <= MAX_PROMO_CHARS;
  if (el.localName === 'ul' || el.localName === 'ol') {
    const items = Array.from(el.children);
    return items.length > 0 && items.every((item) => item.localName === 'li' && isLinkOnly(item));
  }
  // A wrapper around one such block ("<div class=box><div><a>Headline</a></div></div>", WordPress's embed of another
  // post, "<blockquote class=wp-embedded-content><p><a>Headline</a></p></blockquote>") is that block.
  const only = el.children.length === 1 ? el.firstElementChild! : null;
  if ((el.localName === 'div' || el.localName === 'blockquote') && only && textOf(only) === textOf(el)) return isLinkOnly(only);
  if (!BLOCKS.has(el.localName) || hasBlockChild(el)) return false;
  const text = textOf(el);
  return text.length > 0 && text.length <= MAX_PROMO_CHARS && linkShare(el, text) >= MIN_LINK_SHARE;
}

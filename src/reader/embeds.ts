/**
 * Readability keeps the videos a story embeds (YouTube, Vimeo, Dailymotion… players in iframes). The reader
 * never loads a third-party page (the sanitizer removes every iframe), so a story that says "watch the video
 * below" would show nothing there. Each embedded player becomes a link to it instead, in its place: the
 * reader sees that there is a video and can open it in a tab.
 */

import { contentParts } from './content-parts';

/** Readability's content (an element of the page's copy); `baseUrl` resolves protocol-relative players. */
export function embedsAsLinks(root: Element, baseUrl: string, embeds: readonly Element[] = contentParts(root).embeds): number {
  let replaced = 0;
  for (const embed of embeds) {
    const address = playerAddress(embed, baseUrl);
    if (!address || !root.contains(embed)) continue;
    embed.replaceWith(videoLink(embed, address, 'Video'));
    replaced++;
  }
  return replaced;
}

/**
 * The page's own `<video>` and `<audio>`. One the page plays by script (no address of its own, or a `blob:` one
 * only the page can read) would be a dead box in the reader: it becomes a link to the article's page, like the
 * players above. One with an address is given controls and loads nothing until the reader presses play (no
 * autoplay). `pageUrl`: the article's address. Returns how many it turned into links.
 */
export function mediaForReader(root: Element, pageUrl: string, media: readonly Element[] = contentParts(root).media): number {
  let replaced = 0;
  for (const element of media) {
    if (!root.contains(element)) continue;
    if (hasOwnSource(element, pageUrl)) {
      element.setAttribute('controls', '');
      element.setAttribute('preload', 'none');
      element.removeAttribute('autoplay');
      continue;
    }
    let page: URL;
    try {
      page = new URL(pageUrl);
    } catch {
      continue;
    }
    // The page opens at the player when the player has a name there (the copy keeps the page's ids).
    const anchor = anchorOf(element);
    if (anchor) page.hash = anchor;
    element.replaceWith(videoLink(element, page, element.localName === 'audio' ? 'Audio' : 'Video'));
    replaced++;
  }
  return replaced;
}

/** The id of a video or of the player around it (its parent), if either has one of the page's own. */
function anchorOf(media: Element): string | null {
  for (const el of [media, media.parentElement]) {
    const id = el?.getAttribute('id')?.trim();
    // Readability names its own wrapper "readability-page-1": the page has no such element.
    if (id && !id.startsWith('readability-')) return id;
  }
  return null;
}

/** A link to `address` in the place of `player`: "Video: youtube.com". */
function videoLink(player: Element, address: URL, kind: string): Element {
  const doc = player.ownerDocument;
  // Inside a paragraph a paragraph would not parse back as one: there the link's box is a span.
  const block = doc.createElement(player.parentElement?.localName === 'p' ? 'span' : 'p');
  block.className = 'lede-embed';
  const link = block.appendChild(doc.createElement('a'));
  link.setAttribute('href', address.href);
  link.textContent = `${kind}: ${address.hostname.replace(/^www\./, '')}`;
  return block;
}

/** Whether a video or sound has a web address of its own to play from (its `src` or a `<source>`'s). */
function hasOwnSource(media: Element, pageUrl: string): boolean {
  const sources = [media.getAttribute('src'), ...Array.from(media.querySelectorAll('source'), (s) => s.getAttribute('src'))];
  return sources.some((raw) => webAddress(raw, pageUrl) !== null);
}

/** The player's web address, or null when it has none (a plugin object, a srcdoc frame, a script URL). */
function playerAddress(embed: Element, baseUrl: string): URL | null {
  return webAddress(embed.getAttribute(embed.localName === 'object' ? 'data' : 'src'), baseUrl);
}

/** `raw` resolved against `baseUrl` when it is an http(s) address; null for none, a script or a `blob:` URL. */
function webAddress(raw: string | null, baseUrl: string): URL | null {
  if (!raw?.trim()) return null;
  try {
    const url = new URL(raw.trim(), baseUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

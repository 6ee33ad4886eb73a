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
    const doc = embed.ownerDocument;
    // Inside a paragraph a paragraph would not parse back as one: there the link's box is a span.
    const block = doc.createElement(embed.parentElement?.localName === 'p' ? 'span' : 'p');
    block.className = 'lede-embed';
    const link = block.appendChild(doc.createElement('a'));
    link.setAttribute('href', address.href);
    link.textContent = `Video: ${address.hostname.replace(/^www\./, '')}`;
    embed.replaceWith(block);
    replaced++;
  }
  return replaced;
}

/** The player's web address, or null when it has none (a plugin object, a srcdoc frame, a script URL). */
function playerAddress(embed: Element, baseUrl: string): URL | null {
  const raw = embed.getAttribute(embed.localName === 'object' ? 'data' : 'src')?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw, baseUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

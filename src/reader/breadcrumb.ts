/**
 * A breadcrumb trail above the story ("Home > Blog > Aus den Ländern > Digitalpolitische Jahrestagung 2015"):
 * the links to the sections the page sits in, then maybe the page's own title. Readability drops elements whose
 * class says "breadcrumbs", but not a WordPress plugin's `<p class="breadcrumb-navigation">`, and the reader would
 * open on the trail. A leading block is one when its text is parts between ">", "»", "›", "→" or "/", and every
 * part but the last is one of its links (the home link may be an icon, an empty part).
 */
import { leadingBlocks, removeWithEmptyList } from './edge-blocks';
import { textOf } from './content-parts';

/** A trail is one short line. */
const MAX_TRAIL_CHARS = 300;
const SEPARATOR = /\s*(?:>|»|›|→|\/)\s*/u;

/** Removes a breadcrumb trail among the first blocks of `root`; returns whether it removed one. */
export function removeLeadingBreadcrumb(root: Element): boolean {
  for (const block of leadingBlocks(root)) {
    if (!isTrail(block)) continue;
    removeWithEmptyList(block);
    return true;
  }
  return false;
}

function isTrail(block: Element): boolean {
  const text = textOf(block);
  if (text.length > MAX_TRAIL_CHARS) return false;
  const parts = text.split(SEPARATOR).map((part) => part.trim());
  if (parts.length < 3) return false;
  const links = new Set(Array.from(block.getElementsByTagName('a')).map(textOf));
  if (links.size < 2) return false;
  return parts.slice(0, -1).every((part) => part === '' || links.has(part)) && parts.slice(0, -1).some(Boolean);
}

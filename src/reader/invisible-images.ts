/**
 * Images that show nothing. A spacer whose address a script was to set has none (`<img width="7" height="7">`),
 * and the reader would draw it as an empty box; an image sized a pixel or two is a spacer or a tracking pixel,
 * and loading a tracking pixel again from the reader would tell its owner the article was opened in Lede. Both
 * go, and so does a layout table they leave with nothing in it (its empty cells would draw as a grid of boxes).
 * Runs after lazy images were made real, so an image without an address here has none to get.
 */
import { contentParts, holdsMedia } from './content-parts';

/** At most this many pixels wide and high, by its attributes: a spacer or a tracking pixel. */
const MAX_PIXEL_SIZE = 2;

/**
 * Readability's content; `images` and `tables` from `contentParts(root)`. Returns how many elements it removed.
 * A table with nothing in it (no text, no image), as layout tables are once their spacers are gone, draws as a
 * grid of empty boxes: it goes too, whatever emptied it.
 */
export function removeInvisibleImages(
  root: Element,
  { images, tables }: { images: readonly Element[]; tables: readonly Element[] } = contentParts(root),
): number {
  let removed = 0;
  for (const image of images) {
    if (!root.contains(image) || !showsNothing(image)) continue;
    image.remove();
    removed++;
  }
  for (const table of tables) {
    if (!root.contains(table) || (table.textContent ?? '').trim() || holdsMedia(table)) continue;
    table.remove();
    removed++;
  }
  return removed;
}

function showsNothing(image: Element): boolean {
  // Every size it gives is a pixel or two. One small side alone is not enough: "height=0" often means "auto"
  // beside a real width, and a rule drawn as an image is wide.
  const sizes = [image.getAttribute('width'), image.getAttribute('height')].filter((size) => size !== null);
  if (sizes.length > 0 && sizes.every(isPixel)) return true;
  if (image.getAttribute('src')?.trim() || image.getAttribute('srcset')?.trim()) return false;
  // In a <picture>, the browser takes the address from its <source>s.
  return !(image.parentElement?.localName === 'picture' && image.parentElement.querySelector('source[srcset]'));
}

/** A size attribute of at most MAX_PIXEL_SIZE pixels ("1", "1px", "0"); a percentage or nothing is not one. */
function isPixel(size: string | null): boolean {
  const match = size?.trim().match(/^(\d+)(?:px)?$/i);
  return match !== null && match !== undefined && Number(match[1]) <= MAX_PIXEL_SIZE;
}

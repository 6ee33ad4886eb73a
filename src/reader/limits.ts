import { callNative } from './clobbering';

/**
 * Pages beyond this many elements take seconds to clone and parse and rarely hold one article
 * (infinite-scroll feeds, data dumps). Largest page in Readability's own test corpus: ~31k elements.
 */
export const MAX_ELEMENTS = 150_000;

/** A message for the reader when the document is too large to process, or null when it is fine. */
export function pageTooLarge(doc: Document): string | null {
  const count = callNative<HTMLCollection>(doc, 'getElementsByTagName', '*').length;
  if (count <= MAX_ELEMENTS) return null;
  return `This page has ${count.toLocaleString('en-US')} elements, more than Lede reads (${MAX_ELEMENTS.toLocaleString('en-US')}).`;
}

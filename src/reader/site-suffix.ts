/**
 * Page titles often end with the site's name ("Port Alder opens a ferry line – The Coastal Ledger").
 * Readability 0.6 strips such a suffix after "|", "-", "/", "\", ">" or "»" but not after an en or em dash
 * or a middle dot, which many sites use. Lede strips the site name after any of these separators, but
 * only when what follows is the site's own name, so a title that merely contains a dash keeps it.
 */
/** What sits between a title and the site's name: " | ", " - ", " – ", " · ", " » "… (spaces around). */
export const TITLE_SEPARATOR = /\s+[|\-–—·•:»/\\]\s+/g;

const comparable = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

export function stripSiteSuffix(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const site = comparable(siteName);
  if (!site) return title;
  const separators = [...title.matchAll(TITLE_SEPARATOR)];
  // Try the last separator first: the site's name is the final part.
  for (const match of separators.reverse()) {
    const head = title.slice(0, match.index).trim();
    const tail = title.slice((match.index ?? 0) + match[0].length);
    if (comparable(tail) === site && comparable(head).length > 0) return head;
  }
  return title;
}

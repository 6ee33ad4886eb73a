/** Display helpers shared by the popup and the command-line tool, so both show the same metadata. */

/** "September 13, 2023" in the reader's locale; null for dates that do not parse. */
export function formatPublished(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

export function formatReadingTime(minutes: number): string {
  return `${Math.max(1, Math.round(minutes))} min read`;
}

/** Byline without a leading "By", which the meta line adds back consistently. */
export function cleanByline(byline: string | null): string | null {
  const cleaned = byline?.replace(/\s+/g, ' ').replace(/^by\s+/i, '').trim();
  return cleaned ? cleaned : null;
}

/**
 * Metadata Readability 0.6 may miss, read from the ORIGINAL document (Readability strips scripts and
 * meta tags from its working copy). Each function is a fallback: callers try Readability's value first.
 */

/** Meta tags that carry an article's publication time, most specific first. */
const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

export function findPublishedTime(doc: Document): string | null {
  for (const selector of PUBLISHED_META) {
    const value = doc.querySelector(selector)?.getAttribute('content');
    if (value?.trim()) return value.trim();
  }
  const fromJsonLd = jsonLdDatePublished(doc);
  if (fromJsonLd) return fromJsonLd;
  // A <time datetime> inside the article header is the usual visible date; the first one in the page is
  // the best guess without layout information.
  const time = doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime');
  return time?.trim() || null;
}

function jsonLdDatePublished(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = findKey(JSON.parse(script.textContent ?? ''), 'datePublished', 0);
      if (found) return found;
    } catch {
      // Broken JSON-LD is common; it just offers nothing.
    }
  }
  return null;
}

/** Depth-first search for a string value under `key` ("@graph" arrays nest the article a few levels down). */
function findKey(node: unknown, key: string, depth: number): string | null {
  if (depth > 6 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findKey(item, key, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = node as Record<string, unknown>;
  const value = record[key];
  if (typeof value === 'string' && value.trim()) return value.trim();
  for (const child of Object.values(record)) {
    const found = findKey(child, key, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * A machine-readable date stays as the page wrote it when it is ISO 8601 already (keeps the page's
 * time zone); other parseable dates ("Wed, 13 Sep 2023 …") become ISO; unparseable ones are dropped.
 */
export function normalizeDate(value: string | null | undefined): string | null {
  const raw = value?.trim();
  if (!raw) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(raw)) return raw;
  const time = Date.parse(raw);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** `<html lang>`, then Content-Language, then og:locale ("en_US" → "en-US"). */
export function findLang(doc: Document): string | null {
  const candidates = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
  ];
  for (const value of candidates) {
    const tag = value?.trim().split(',')[0]?.trim().replace(/_/g, '-');
    if (tag && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag)) return tag;
  }
  return null;
}

export function normalizeDir(value: string | null | undefined): 'ltr' | 'rtl' | null {
  const dir = value?.trim().toLowerCase();
  return dir === 'ltr' || dir === 'rtl' ? dir : null;
}

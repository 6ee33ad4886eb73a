/**
 * Metadata Readability 0.6 may miss, read from the ORIGINAL document (Readability strips scripts and
 * meta tags from its working copy). Each function is a fallback: callers try Readability's value first.
 */
import { collectPageElements } from './page-elements';
import { nativeMember } from './clobbering';
import type { PageElements } from './page-elements';

/**
 * Meta keys (name/property/itemprop, lowercased) that carry an article's publication time, most specific
 * first. Looked up in one pass over <meta> elements: on jsdom, one querySelector per key costs a full
 * selector-engine traversal each, which showed up as >10% of the pipeline in profiles.
 */
const PUBLISHED_KEYS = [
  'article:published_time', 'datepublished', 'og:published_time',
  // Newsroom platforms' own keys: Advance Local's sites (al.com, nj.com…), Parse.ly's, Sailthru's, and plain ones.
  'article_date_original', 'parsely-pub-date', 'sailthru.date', 'publication_date', 'publish-date',
  'pubdate', 'date', 'dc.date', 'dc.date.issued',
];

/** What the page says about itself, read before Readability runs (it strips scripts and may drop nodes). */
export interface PageFacts {
  title: string;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** Publication time from meta tags, JSON-LD or the first <time datetime>, resolved only when asked. */
  publishedTime: () => string | null;
  /**
   * The texts of the page's `<h1>` elements, or of its `<h2>`s on a page with no `<h1>` (old blogs set the post's
   * headline in an `<h2>` under the blog's name), read before Readability, which rewrites headings.
   */
  headings: string[];
  /** Every author the meta tags name, in order (papers give one `citation_author` or `dc.creator` each). */
  authors: string[];
}

/** Meta tags that name one author each, repeated for several. */
const AUTHOR_KEYS = new Set(['author', 'dc.creator', 'dc:creator', 'citation_author']);

/** `elements` must have been collected from `doc` itself (it saves a walk when the caller has them already). */
export function readPageFacts(doc: Document, elements: PageElements = collectPageElements(doc)): PageFacts {
  const metas = new Map<string, string>();
  const authors: string[] = [];
  for (const meta of elements.meta) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ??
      meta.getAttribute('http-equiv') ?? '').trim().toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !metas.has(key)) metas.set(key, content);
    if (content && AUTHOR_KEYS.has(key) && !authors.includes(content)) authors.push(content);
  }
  const fromMeta = PUBLISHED_KEYS.map((key) => metas.get(key)).find(Boolean) ?? null;
  // Raw texts only; JSON is parsed later and only when neither Readability nor the metas had a date.
  const jsonLd = fromMeta ? [] : elements.script
    .filter((script) => script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json')
    .map((script) => script.textContent ?? '');
  const time = fromMeta ? null : elements.time.find((t) => t.getAttribute('datetime')?.trim());
  const timeValue = time?.getAttribute('datetime')?.trim() ?? (fromMeta ? null : microformatDate(elements.abbr));
  // Through the prototype: `<img name="title">` would make `doc.title` an element (see clobbering.ts).
  const html = nativeMember<Element | null>(doc, 'documentElement');
  return {
    title: String(nativeMember<string>(doc, 'title') ?? '').trim(),
    lang: findLang(html?.getAttribute('lang'), html?.getAttribute('xml:lang'), metas.get('content-language'), metas.get('og:locale')),
    dir: normalizeDir(html?.getAttribute('dir')),
    // A <time datetime> near the top is the usual visible date; the first one is the best guess without layout.
    publishedTime: () => fromMeta ?? jsonLdDatePublished(jsonLd) ?? timeValue,
    headings: (elements.h1.length > 0 ? elements.h1 : elements.h2).map((heading) => heading.textContent ?? ''),
    authors,
  };
}

/**
 * The hAtom microformat's date, as Blogger and older blog themes print it: `<abbr class="published"
 * title="2016-12-23T05:11:00-05:00">5:11 AM</abbr>`, the full date in the title and only the time on screen.
 */
function microformatDate(abbrs: readonly Element[]): string | null {
  const published = abbrs.find((abbr) => /(?:^|\s)published(?:\s|$)/.test(abbr.getAttribute('class') ?? ''));
  const title = published?.getAttribute('title')?.trim() ?? '';
  return /^\d{4}-\d{2}-\d{2}/.test(title) ? title : null;
}

function jsonLdDatePublished(texts: string[]): string | null {
  for (const text of texts) {
    try {
      const found = findKey(JSON.parse(text), 'datePublished', 0);
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
  // An ISO date whose time or zone no parser reads ("2021-01-03T17:40:00EET") keeps its day.
  if (/^\d{4}-\d{2}-\d{2}/.test(raw)) return Number.isNaN(Date.parse(raw)) ? raw.slice(0, 10) : raw;
  const time = Date.parse(raw);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** The first well-formed language tag of: `<html lang>`, xml:lang, Content-Language, og:locale ("en_US" → "en-US"). */
function findLang(...candidates: (string | null | undefined)[]): string | null {
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

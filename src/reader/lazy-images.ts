/**
 * Lazy-loaded images carry their real address in `data-*` attributes and show a placeholder (a 1x1 GIF,
 * a tiny SVG, a blurred thumbnail) until the page's own script swaps them in. Readability only sees the DOM,
 * and the page's scripts never run on our clone, so we make those images real before extracting.
 *
 * Plain DOM APIs only: this runs in the content script and in Node (jsdom/linkedom) alike.
 * It must run on a CLONE of the page's document: it rewrites attributes.
 */
import { collectPageElements } from './page-elements';
import type { PageElements } from './page-elements';

/** Attributes lazy-loading libraries (lazysizes, lozad, WordPress, Medium, …) use for the real `src`. */
const SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src'];
/** Same for `srcset`. */
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-srcset'];

/**
 * A data: URI under this many characters cannot be a real photo; it is a spacer or a blurred placeholder.
 * (Readability uses a similar cut-off, 133 chars for base64 SVG/GIF pixels; we allow a bit more for tiny PNGs.)
 */
const PLACEHOLDER_DATA_URI_MAX = 200;
/** File names that placeholder images commonly have. */
const PLACEHOLDER_NAME = /(?:^|[/_-])(?:blank|spacer|pixel|placeholder|transparent|lazy|loading|grey|gray)[^/]*\.(?:gif|png|svg)(?:$|\?)/i;
/** What a plausible image URL looks like when a `data-*` attribute we do not know holds one. */
const IMAGE_URL = /^\s*\S+\.(?:jpe?g|png|webp|gif|avif|svg)(?:\?\S*)?(?:\s+\d+[wx])?\s*(?:,|$)/i;

/** True when `src` is missing or is only a stand-in for the real image. */
export function isPlaceholderSrc(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  const value = src.trim();
  if (/^data:/i.test(value)) return value.length < PLACEHOLDER_DATA_URI_MAX;
  return PLACEHOLDER_NAME.test(value);
}

/**
 * Rewrites lazy images in `doc` in place. Returns how many images it changed (for tests and logs).
 * `elements` must have been collected from `doc` itself (it saves a walk when the caller has them already).
 */
export function fixLazyImages(doc: Document, elements: PageElements = collectPageElements(doc)): number {
  const unwrapped = unwrapNoscriptImages(doc, elements.noscript);
  let changed = unwrapped.length;
  // Images that went with their <noscript> or were replaced are no longer in the page; the unwrapped ones are.
  const imgs = [...elements.img.filter((img) => img.isConnected), ...unwrapped];
  for (const img of imgs) {
    if (promoteDataAttributes(img)) changed++;
  }
  for (const source of elements.source) {
    if (source.parentElement?.tagName.toLowerCase() === 'picture' && promoteDataAttributes(source)) changed++;
  }
  return changed;
}

/** Copies the real address from `data-*` onto `src`/`srcset` when the current value is a placeholder. */
function promoteDataAttributes(el: Element): boolean {
  let changed = false;
  const isImg = el.tagName.toLowerCase() === 'img';
  if (isImg && isPlaceholderSrc(el.getAttribute('src'))) {
    const real = firstAttr(el, SRC_ATTRS) ?? guessFromUnknownDataAttr(el);
    if (real) {
      el.setAttribute('src', real);
      changed = true;
    }
  }
  const srcset = firstAttr(el, SRCSET_ATTRS);
  if (srcset && (!el.getAttribute('srcset') || isPlaceholderSrc(el.getAttribute('srcset')))) {
    el.setAttribute('srcset', srcset);
    changed = true;
  }
  // <source data-src> inside <picture>: some libraries put a single URL there instead of data-srcset.
  if (!isImg && !el.getAttribute('srcset')) {
    const single = firstAttr(el, SRC_ATTRS);
    if (single) {
      el.setAttribute('srcset', single);
      changed = true;
    }
  }
  if (changed && isImg) el.removeAttribute('loading');
  return changed;
}

function firstAttr(el: Element, names: readonly string[]): string | null {
  for (const name of names) {
    const value = el.getAttribute(name);
    if (value && value.trim() && !isPlaceholderSrc(value)) return value.trim();
  }
  return null;
}

/** Last resort for unknown libraries: any `data-*` attribute whose value looks like an image URL. */
function guessFromUnknownDataAttr(el: Element): string | null {
  for (const attr of Array.from(el.attributes)) {
    if (attr.name.startsWith('data-') && IMAGE_URL.test(attr.value)) return attr.value.trim().split(/\s+/)[0] ?? null;
  }
  return null;
}

/**
 * `<img placeholder><noscript><img real></noscript>`: the page shows the real image to script-less readers
 * only. Replace the placeholder with the noscript image. The noscript content may arrive as text (when the
 * parser ran with scripting enabled), so it is re-parsed through a template element.
 */
function unwrapNoscriptImages(doc: Document, noscripts: Element[]): Element[] {
  const unwrapped: Element[] = [];
  for (const noscript of noscripts) {
    // One nested inside another one already unwrapped went with it.
    if (!noscript.isConnected) continue;
    // The placeholder is checked first: it is cheap, and most <noscript>s (tracking pixels) have none.
    const prev = noscript.previousElementSibling;
    const placeholder = prev && isSingleImage(prev) ? (prev.tagName.toLowerCase() === 'img' ? prev : prev.querySelector('img')) : null;
    // Without a placeholder beside it, the noscript image is left to Readability, which unwraps it itself.
    if (!placeholder) continue;
    if (!isPlaceholderSrc(placeholder.getAttribute('src')) && !hasLazyData(placeholder)) {
      // The page's script loaded the real image already (a live page's copy): its stand-in may still be beside it.
      removeBlurredStandIns(placeholder);
      continue;
    }
    const real = imageInside(noscript, doc);
    if (!real) continue;
    placeholder.replaceWith(real);
    noscript.remove();
    removeBlurredStandIns(real);
    unwrapped.push(real);
  }
  return unwrapped;
}

/**
 * Some sites (Medium, image plugins of static-site builders) show a blurred, tiny version of the picture in an
 * image of its own beside the lazy one until the real one loads: the same file at 60 px (`…/max/60/1*abc.png?q=20`)
 * or a data: URI. With the real image in place, that stand-in would show above it, stretched and blurred. It
 * goes when it sits in the same figure (or the same wrapper of images) and is the same file or a data: URI.
 */
function removeBlurredStandIns(real: Element): void {
  // Outside a figure, only a wrapper of images: a parent with text around the image is the article's own body.
  const scope = real.closest('figure') ?? (real.parentElement?.textContent?.trim() ? null : real.parentElement);
  const file = fileName(real.getAttribute('src'));
  if (!scope || !file) return;
  for (const img of Array.from(scope.getElementsByTagName('img'))) {
    if (img === real) continue;
    const src = img.getAttribute('src')?.trim() ?? '';
    if (/^data:image\//i.test(src) || fileName(src) === file) img.remove();
  }
}

/** The last segment of an image address's path, without its query ("1*abc.png"); null when there is none. */
function fileName(src: string | null): string | null {
  const path = src?.trim().split(/[?#]/)[0] ?? '';
  if (/^data:/i.test(path)) return null;
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.includes('.') ? name : null;
}

/**
 * The one image inside a <noscript>. Parsers with scripting off (jsdom, linkedom) build elements there;
 * browsers keep the content as text, which is parsed through a template element (inert: nothing loads).
 */
function imageInside(noscript: Element, doc: Document): Element | null {
  let scope: ParentNode = noscript;
  if (!noscript.firstElementChild) {
    const text = noscript.textContent ?? '';
    if (!/<img[\s>]/i.test(text)) return null;
    const holder = doc.createElement('template');
    holder.innerHTML = text;
    scope = holder.content ?? holder;
  }
  const imgs = scope.querySelectorAll('img');
  // Only the simple, common case: exactly one image and no other text in the noscript.
  const img = imgs.length === 1 ? imgs[0] : undefined;
  if (!img || (scope.textContent ?? '').trim()) return null;
  return doc.importNode(img, true);
}

function isSingleImage(el: Element): boolean {
  if (el.tagName.toLowerCase() === 'img') return true;
  return el.getElementsByTagName('img').length === 1 && !(el.textContent ?? '').trim();
}

function hasLazyData(img: Element): boolean {
  return SRC_ATTRS.some((name) => img.hasAttribute(name)) || SRCSET_ATTRS.some((name) => img.hasAttribute(name));
}

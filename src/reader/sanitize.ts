/**
 * Readability's output is the page's own markup, so it can carry anything the page author (or an ad, or a
 * comment) put there. Everything the reader renders passes through here first.
 *
 * `win` is a window DOMPurify can work with: the extension page's own window, or jsdom's window in Node
 * (DOMPurify on linkedom returns its input unchanged, see PLATFORM.md). One DOMPurify instance per window,
 * created lazily and configured once with hooks; hooks are per instance, so nothing leaks between windows.
 */
import DOMPurify from 'dompurify';
import type { DOMPurify as Purifier } from 'dompurify';

/**
 * Tags removed on top of DOMPurify's HTML profile. Forms and controls: a reader shows text, and forms are
 * phishing surface (a fake login inside "the article"). The HTML profile already excludes svg and math: both
 * are the classic mutation-XSS namespaces and articles almost never need them inline (an SVG referenced by
 * <img src> still shows). Iframes: embeds would load third-party pages into the reader.
 */
const FORBID_TAGS = ['form', 'input', 'button', 'textarea', 'select', 'option', 'optgroup', 'datalist', 'output',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'meta', 'base', 'link', 'style', 'script', 'noscript',
  'template', 'dialog', 'portal'];
/** Controls whose text is UI, not article, so their content goes too (a form's content stays: some sites wrap
 * the whole page in one <form>). */
const FORBID_CONTENTS_EXTRA = ['textarea', 'select', 'option', 'optgroup', 'datalist', 'button', 'iframe', 'object',
  'embed', 'applet', 'script', 'style', 'noscript', 'template'];
/** `style`: CSS can exfiltrate and hide/overlay content (and old engines ran expression()). `srcdoc`: iframes. */
const FORBID_ATTR = ['style', 'srcdoc', 'formaction', 'action', 'ping', 'background'];
const URL_ATTRS = ['href', 'src', 'poster', 'cite'];
/** Only raster/vector image data may be inlined, and only as an image source. */
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp|svg\+xml)[;,]/i;
const SAFE_SCHEME = /^(?:https?|mailto|tel):/i;

/**
 * Per window, each made when first used, with the same rules and hooks: the DOMPurify instance that returns
 * strings or cleans elements in place (Node, tests) and the one that returns fragments (the popup); and the
 * base URL of the article being cleaned.
 */
interface Instances {
  base: { url: string };
  inPlace?: Purifier;
  fragments?: Purifier;
}
const instances = new WeakMap<object, Instances>();

const CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  ADD_FORBID_CONTENTS: FORBID_CONTENTS_EXTRA,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  RETURN_TRUSTED_TYPE: false,
} as const;

export function sanitizeArticleHtml(html: string, win: Window, baseUrl: string): string {
  const { purifier, base } = purifierOf(win, 'inPlace');
  base.url = baseUrl;
  return purifier.sanitize(html) as string;
}

/**
 * The same rules, returning the clean nodes themselves: a fragment of DOMPurify's inert document, ready to be
 * appended to a page of `win`. Nothing is serialized and parsed again between cleaning and showing.
 */
export function sanitizeArticleFragment(html: string, win: Window, baseUrl: string): DocumentFragment {
  const { purifier, base } = purifierOf(win, 'fragments');
  base.url = baseUrl;
  return purifier.sanitize(html) as unknown as DocumentFragment;
}

/**
 * Gets the popup's sanitizer (the fragment one) of `win` ready before there is anything to sanitize: creates
 * its DOMPurify instance and runs it once on a small sample with the elements and attributes articles have, so
 * its code is compiled. The popup calls this while the page reads the article; sanitizing the article
 * afterwards no longer pays for the first run. The sample is parsed into an inert document: nothing in it loads.
 */
export function prepareSanitizer(win: Window): void {
  // Once per window: a retry in the same popup finds its sanitizer ready.
  if (instances.get(win)?.fragments) return;
  sanitizeArticleFragment(WARM_UP_SAMPLE, win, 'https://example.com/');
}

const WARM_UP_SAMPLE =
  '<h2 id="a">Heading</h2><p>Text with <a href="/page">a link</a>, <em>emphasis</em> and <strong>weight</strong>.</p>' +
  '<figure><img src="/a.jpg" srcset="/a.jpg 1x, /b.jpg 2x" alt=""><figcaption>Caption</figcaption></figure>' +
  '<ul><li>Item</li></ul><blockquote><p>Quote</p></blockquote><p onclick="x()"><a href="javascript:x()">x</a></p>';

/**
 * The same rules applied in place to an element (e.g. Readability's content element before it is
 * serialized), with the element's own window. Saves serializing and re-parsing the article, which on
 * jsdom costs as much as a tenth of Readability's own time. The root element itself is kept.
 * `win` defaults to the element's window; pass the page's window for a cloned document (clones have none).
 */
export function sanitizeArticleElement(root: Element, baseUrl: string, win: Window | null = root.ownerDocument.defaultView): void {
  if (!win) throw new Error('sanitizeArticleElement needs an element of a document with a window');
  // DOMPurify leaves a node of another window as it is (it is not a Node to it): fail closed instead.
  if (!(root instanceof (win as unknown as { Element: typeof Element }).Element)) {
    throw new Error('sanitizeArticleElement: the element does not belong to the given window');
  }
  const { purifier, base } = purifierOf(win, 'inPlace');
  base.url = baseUrl;
  purifier.sanitize(root);
}

const CONFIGS = {
  // IN_PLACE only applies when a node is passed; strings are sanitized into a new document as usual.
  inPlace: { ...CONFIG, IN_PLACE: true },
  fragments: { ...CONFIG, RETURN_DOM_FRAGMENT: true },
} as const;

function purifierOf(win: Window, kind: keyof typeof CONFIGS): { purifier: Purifier; base: { url: string } } {
  let entry = instances.get(win);
  if (!entry) {
    entry = { base: { url: '' } };
    instances.set(win, entry);
  }
  // Configured once per instance: passing a config to every sanitize() call re-parses it each time.
  const purifier = (entry[kind] ??= configured(win, CONFIGS[kind], entry.base));
  return { purifier, base: entry.base };
}

function configured(win: Window, config: Parameters<Purifier['setConfig']>[0], base: { url: string }): Purifier {
  const purifier = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  purifier.setConfig(config);
  addHooks(purifier, base);
  return purifier;
}

function addHooks(purifier: Purifier, base: { url: string }): void {
  purifier.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    // Most article elements (<p>, <em>, <li>) carry no attributes at all: nothing to check.
    if (typeof el.hasAttributes !== 'function' || !el.hasAttributes()) return;
    const tag = el.tagName.toLowerCase();
    for (const name of URL_ATTRS) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      const fixed = safeUrl(value, base.url, name === 'src' && (tag === 'img' || tag === 'source'));
      if (fixed === null) el.removeAttribute(name);
      else setIfChanged(el, name, value, fixed);
    }
    const srcset = el.getAttribute('srcset');
    if (srcset !== null) {
      const fixed = safeSrcset(srcset, base.url);
      if (fixed) setIfChanged(el, 'srcset', srcset, fixed);
      else el.removeAttribute('srcset');
    }
    // In-page anchors (footnotes) stay in the reader; everything else opens beside it, without an opener.
    const href = tag === 'a' ? el.getAttribute('href') : null;
    if (href !== null && !href.startsWith('#')) {
      setIfChanged(el, 'target', el.getAttribute('target'), '_blank');
      setIfChanged(el, 'rel', el.getAttribute('rel'), 'noopener noreferrer');
    }
  });
}

/** Writing an attribute is a DOM mutation (costly on jsdom): only when the value really changes. */
function setIfChanged(el: Element, name: string, current: string | null, wanted: string): void {
  if (current !== wanted) el.setAttribute(name, wanted);
}

/** Absolute http(s)/mailto/tel URL, an in-page #anchor, or data:image for images; null for anything else. */
function safeUrl(value: string, baseUrl: string, imageSrc: boolean): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  if (trimmed.startsWith('#')) return trimmed;
  if (/^data:/i.test(trimmed)) return imageSrc && DATA_IMAGE.test(trimmed) ? trimmed : null;
  try {
    const url = baseUrl ? new URL(trimmed, baseUrl) : new URL(trimmed);
    return SAFE_SCHEME.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** Each candidate of a srcset made absolute; unsafe candidates dropped. */
function safeSrcset(value: string, baseUrl: string): string {
  return value
    .split(/,\s+/)
    .map((part) => {
      const [url = '', ...descriptor] = part.trim().split(/\s+/);
      if (/^data:/i.test(url)) return null;
      const fixed = safeUrl(url, baseUrl, true);
      return fixed ? [fixed, ...descriptor].join(' ') : null;
    })
    .filter((part): part is string => !!part)
    .join(', ');
}

import { useLayoutEffect } from 'preact/hooks';
import { articleBodyWriter } from '../src/reader/sanitize-in-steps';

/**
 * Written before the first paint: more text than the popup's first screen holds, even at the smallest type and
 * tightest lines the options allow (about 26 lines of 90 characters below the title; at the default type, 15
 * lines of 65). The rest follows in steps after the first frame, each small enough to leave the popup
 * responsive (10–25 ms each for a long article here).
 */
const FIRST_STEP_CHARS = 2500;
const LATER_STEP_CHARS = 12000;

/**
 * The article body: the page's untrusted HTML, sanitized as it is written (sanitize-in-steps.ts). The first
 * step runs before the browser paints, so the popup's first frame shows the article's beginning; the others
 * run after it, one task each, and `onWritten` says when all is in (the key points wait for it). The key-point
 * marks are added to this DOM afterwards, and re-rendering the view (a settings change) keeps them: Preact
 * leaves alone children it did not create.
 */
export function ArticleBody({ html, baseUrl, bodyRef, lang, dir, onWritten }: {
  html: string;
  baseUrl: string;
  bodyRef: { current: HTMLDivElement | null };
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  onWritten: (html: string) => void;
}) {
  useLayoutEffect(() => {
    const root = bodyRef.current;
    if (!root) return undefined;
    root.replaceChildren();
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      root.removeAttribute('aria-busy');
      // Read by the end-to-end tests: the whole body is in (after the first frame, for a long article).
      performance.mark('lede:body-written');
      onWritten(html);
    };
    const writer = startWriting(html, root, baseUrl);
    if (!writer.next(FIRST_STEP_CHARS)) {
      finish();
    } else {
      root.setAttribute('aria-busy', 'true');
      const next = () => {
        if (writer.next(LATER_STEP_CHARS)) timer = setTimeout(next);
        else finish();
      };
      // After the first frame: a timeout alone could run before the browser paints.
      frame = requestAnimationFrame(() => (timer = setTimeout(next)));
    }
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [html, baseUrl]);
  return <div class="reader-content" ref={bodyRef} lang={lang ?? undefined} dir={dir ?? 'auto'} />;
}

/**
 * The body writer, failing closed: should sanitizing a part throw, nothing more of the article is written and
 * a line says so.
 */
function startWriting(html: string, root: HTMLElement, baseUrl: string): { next: (chars: number) => boolean } {
  const stop = () => {
    const notice = root.ownerDocument.createElement('p');
    notice.className = 'reader-notice';
    notice.textContent = 'Lede stopped here: the rest of this article could not be cleaned safely.';
    root.append(notice);
    return false;
  };
  try {
    const writer = articleBodyWriter(html, root, baseUrl);
    return { next: (chars) => { try { return writer.writeNext(chars); } catch { return stop(); } } };
  } catch {
    stop();
    return { next: () => false };
  }
}

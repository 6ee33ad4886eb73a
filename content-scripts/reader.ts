/**
 * Injected on demand (activeTab + scripting) when the user opens Lede on a page; never registered for all
 * pages. It needs no extension API: it defines the reader in the content script's isolated world (which
 * the page's own scripts cannot see), and public/content-scripts/run-reader*.js, injected with it in the
 * same call, runs it and hands the result back as the call's value.
 */
import type { ReaderAnswer, Reply } from '../src/messaging/protocol';
import type { ExtractResult } from '../src/reader/types';
import { extractArticle } from '../src/reader/extract';
import { pageTooLarge } from '../src/reader/limits';
import { pageRendering } from '../src/reader/hidden-blocks';
import { callNative, nativeMember } from '../src/reader/clobbering';

(globalThis as { __ledeRead?: (force: boolean) => ReaderAnswer }).__ledeRead = (force) => ({
  pageUrl: location.href,
  reply: extractHere(force),
});

function extractHere(force: boolean): Reply<ExtractResult> {
  // Everything inside the try: a page that breaks the reader gets a message, never a silent no-answer.
  try {
    // Through the prototype, as everything the reader reads from the live page (see clobbering.ts).
    const pdfEmbed = callNative<Element | null>(document, 'querySelector', 'embed[type="application/pdf"]');
    if (nativeMember<string>(document, 'contentType') === 'application/pdf' || pdfEmbed) {
      return { ok: false, error: { code: 'pdf', message: 'This is a PDF document, which Lede cannot read.' } };
    }
    const size = pageTooLarge(document);
    if (size) return { ok: false, error: { code: 'too-large', message: size } };
    return { ok: true, data: extractArticle(document, { url: location.href, force, rendering: pageRendering(document) }) };
  } catch (error) {
    return { ok: false, error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } };
  }
}

/**
 * Injected on demand (activeTab + scripting) when the user opens Lede on a page; never registered for all
 * pages. It answers one request: run the reader pipeline on a copy of this page.
 */
import { browser } from '../src/platform/browser';
import { createRouter } from '../src/messaging/router';
import type { ContentRequests, Reply } from '../src/messaging/protocol';
import type { ExtractResult } from '../src/reader/types';
import { extractArticle } from '../src/reader/extract';
import { pageTooLarge } from '../src/reader/limits';

// The popup injects this file every time it opens; the isolated world persists, so listen only once.
const installed = globalThis as { __ledeReader?: boolean };
if (!installed.__ledeReader) {
  installed.__ledeReader = true;
  browser.runtime.onMessage.addListener(
    createRouter<ContentRequests>({ 'reader/extract': ({ force }) => extractHere(force) }, browser.runtime.id),
  );
}

function extractHere(force: boolean): Reply<ExtractResult> {
  if (document.contentType === 'application/pdf' || document.querySelector('embed[type="application/pdf"]')) {
    return { ok: false, error: { code: 'pdf', message: 'This is a PDF document, which Lede cannot read.' } };
  }
  const size = pageTooLarge(document);
  if (size) return { ok: false, error: { code: 'too-large', message: size } };
  try {
    return { ok: true, data: extractArticle(document, { url: location.href, force }) };
  } catch (error) {
    return { ok: false, error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } };
  }
}

/**
 * Injected on demand (activeTab + scripting) when the user opens Lede on a page; never registered for all
 * pages. It needs no extension API: it defines the reader in the content script's isolated world (which
 * the page's own scripts cannot see), and public/content-scripts/run-reader*.js, injected with it in the
 * same call, runs it and hands the result back as the call's value.
 *
 * This is the full reader, with its second tries (shadow trees, "try anyway"). A first open injects the
 * smaller first-read.ts instead and falls back to this one when that read finds no article.
 */
import type { ReaderAnswer, Reply } from '../src/messaging/protocol';
import type { ExtractResult } from '../src/reader/types';
import { extractArticle } from '../src/reader/extract';
import { pageRendering } from '../src/reader/hidden-blocks';
import { failureReply, pageRefusal } from './page-checks';

(globalThis as { __ledeRead?: (force: boolean) => ReaderAnswer }).__ledeRead = (force) => ({
  pageUrl: location.href,
  reply: extractHere(force),
});

function extractHere(force: boolean): Reply<ExtractResult> {
  // Everything inside the try: a page that breaks the reader gets a message, never a silent no-answer.
  try {
    return pageRefusal() ?? { ok: true, data: extractArticle(document, { url: location.href, force, rendering: pageRendering(document) }) };
  } catch (error) {
    return failureReply(error);
  }
}

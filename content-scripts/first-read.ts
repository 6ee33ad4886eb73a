/**
 * The page's half of the reader (src/reader/raw-read.ts), injected on a first open: a copy of the page,
 * Readability on it and the page's facts, sent to the popup as plain data; the popup makes the article of it.
 * Injected like reader.ts (on demand, run by public/content-scripts/run-first-read.js in the same call), and
 * about half its size, so the page compiles and runs less while the person waits.
 */
import type { FirstReadAnswer, Reply } from '../src/messaging/protocol';
import type { RawRead } from '../src/reader/raw-read';
import { readRaw } from '../src/reader/raw-read';
import { pageRendering } from '../src/reader/hidden-blocks';
import { failureReply, pageRefusal } from './page-checks';

(globalThis as { __ledeFirstRead?: () => FirstReadAnswer }).__ledeFirstRead = () => ({
  pageUrl: location.href,
  reply: readHere(),
});

function readHere(): Reply<RawRead> {
  try {
    return pageRefusal() ?? { ok: true, data: readRaw(document, { url: location.href, rendering: pageRendering(document) }) };
  } catch (error) {
    return failureReply(error);
  }
}

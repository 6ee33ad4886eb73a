/**
 * The news-page detector. Registered by src/background/detection.ts only while the user has turned
 * detection on AND granted host access; it reads the page once when it has loaded, changes nothing,
 * and tells the service worker whether Lede would find an article here.
 */
import { browser } from '../src/platform/browser';
import type { BackgroundRequests, Envelope } from '../src/messaging/protocol';
import { detectArticle } from '../src/reader/detect-article';

const seen = globalThis as { __ledeDetect?: boolean };
if (!seen.__ledeDetect && window.top === window) {
  seen.__ledeDetect = true;
  let readerable = false;
  try {
    readerable = detectArticle(document, location.href).isArticle;
  } catch {
    // A page Lede cannot judge gets no badge.
  }
  const message: Envelope<BackgroundRequests, 'reader/status'> = { lede: 1, type: 'reader/status', req: { readerable } };
  // The service worker may be updating or the extension reloading: no badge is the right outcome then.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

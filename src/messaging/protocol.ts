import type { ExtractResult } from '../reader/types';
import type { RawRead } from '../reader/raw-read';

/**
 * What the injected reader hands back to the popup: the value of the `scripting.executeScript` call that
 * injects it. `pageUrl` is the page's address when it was read, so the popup can tell a tab that moved on.
 */
export interface ReaderAnswer {
  pageUrl: string;
  reply: Reply<ExtractResult>;
}

/** The same from the first read (content-scripts/first-read.ts): Readability's result, for the popup to finish. */
export interface FirstReadAnswer {
  pageUrl: string;
  reply: Reply<RawRead>;
}

/** Messages the service worker answers, with their payloads (sent by content-scripts/detect.ts). */
export interface BackgroundRequests {
  'reader/status': { req: { readerable: boolean }; res: void };
}

/** Why the content script could not produce a result at all (as opposed to "no article here"). */
export type ContentErrorCode = 'pdf' | 'too-large' | 'failed';

export type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: ContentErrorCode; message: string } };

export type RequestOf<M, K extends keyof M> = M[K] extends { req: infer R } ? R : never;
export type ResponseOf<M, K extends keyof M> = M[K] extends { res: infer R } ? R : never;

/** The envelope on the wire. `lede` tags our messages so listeners ignore anything else. */
export interface Envelope<M, K extends keyof M = keyof M> {
  lede: 1;
  type: K;
  req: RequestOf<M, K>;
}

export function isEnvelope(value: unknown): value is Envelope<unknown, never> {
  return typeof value === 'object' && value !== null && (value as { lede?: unknown }).lede === 1;
}

import type { Reply } from '../src/messaging/protocol';
import { pageTooLarge } from '../src/reader/limits';
import { callNative, nativeMember } from '../src/reader/clobbering';

/** Why this page cannot be read at all (a PDF, a page too large), as the injected readers answer it; null if it can. */
export function pageRefusal(): Extract<Reply<never>, { ok: false }> | null {
  // Through the prototype, as everything the reader reads from the live page (see clobbering.ts).
  const pdfEmbed = callNative<Element | null>(document, 'querySelector', 'embed[type="application/pdf"]');
  if (nativeMember<string>(document, 'contentType') === 'application/pdf' || pdfEmbed) {
    return { ok: false, error: { code: 'pdf', message: 'This is a PDF document, which Lede cannot read.' } };
  }
  const size = pageTooLarge(document);
  return size ? { ok: false, error: { code: 'too-large', message: size } } : null;
}

/** A failure of the reader itself, as an answer: a page that breaks the reader gets a message, never a silent no-answer. */
export function failureReply(error: unknown): Extract<Reply<never>, { ok: false }> {
  return { ok: false, error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } };
}

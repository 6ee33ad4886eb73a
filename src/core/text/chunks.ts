/**
 * V8's Intl.Segmenter gets superlinear on long strings (a 500,000-character article took minutes), so long text is
 * cut into chunks of at most `max` characters at the safest nearby point, segmented chunk by chunk, and offsets are
 * shifted back. Preference: a line break, then whitespace after sentence punctuation, then any whitespace.
 */
export interface Chunk { start: number; end: number }

export const CHUNK_SIZE = 2000;

export function chunkText(text: string, max = CHUNK_SIZE): Chunk[] {
  const out: Chunk[] = [];
  let start = 0;
  while (text.length - start > max) {
    const window = text.slice(start, start + max);
    const cut = lastMatchEnd(window, /\n+/g) || lastMatchEnd(window, /[.!?。！？]["'”’)\]]*\s+/gu) ||
      lastMatchEnd(window, /\s+/g) || max;
    out.push({ start, end: start + cut });
    start += cut;
  }
  if (start < text.length || out.length === 0) out.push({ start, end: text.length });
  return out;
}

/** End offset of the last match in the second half of the window (so chunks never get tiny); 0 when none. */
function lastMatchEnd(window: string, re: RegExp): number {
  let end = 0;
  const half = window.length >> 1;
  for (const m of window.matchAll(re)) {
    const e = (m.index ?? 0) + m[0].length;
    if (e >= half && e < window.length) end = e;
  }
  return end;
}

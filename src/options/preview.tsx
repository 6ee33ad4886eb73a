import type { Settings } from '../settings/schema';

/** A sample paragraph in the reader's type, with one key point highlighted, as the popup would show it. */
export function Preview({ settings }: { settings: Settings }) {
  const highlight = settings.keyPoints.highlightInline;
  return (
    <figure class="preview">
      <figcaption class="preview-caption">Preview</figcaption>
      <div class="preview-page">
        <article class="reader preview-reader" aria-label="Sample article">
          <p class="reader-site">The Harbour Gazette</p>
          <h3 class="reader-title">Council approves the new harbour bridge</h3>
          <p class="reader-meta">
            By Ana Ruiz<span class="reader-reading-time"> · 4 min read</span>
          </p>
          <p>
            After two years of debate, the city council voted on Tuesday to build a cycling and walking bridge
            across the old harbour.{' '}
            {highlight ? (
              <mark class="lede-kp">The bridge will open in 2027 and cost €38 million, half of it paid by the region.</mark>
            ) : (
              'The bridge will open in 2027 and cost €38 million, half of it paid by the region.'
            )}{' '}
            Residents of the north bank, who today take a twenty-minute detour, packed the public gallery to hear the
            result.
          </p>
        </article>
      </div>
    </figure>
  );
}

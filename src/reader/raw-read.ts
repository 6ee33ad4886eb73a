/**
 * The reader in two halves, for the popup's first open. In the page runs only what needs the page: a copy,
 * Readability on it, the page's facts (page-copy.ts). The result travels to the popup as plain data, and the
 * popup makes the article of it with the same code as the full reader (`finishRawRead` in finish-article.ts).
 *
 * Why: the page's half is less than half of the reader's code. Every injected script is compiled anew in each
 * page, and its first run there is cold, while the popup compiles its own code as it loads, during the time it
 * waits for the page anyway. In `.scratch` timings the page's part went from about 26 to 12 ms on the reference page.
 *
 * The same result as `extractArticle` for a page whose first copy holds an article. Anything else (no article on
 * that copy, so perhaps text in shadow trees; "try anyway") is the full reader's, which the popup then injects.
 */
import { pageElementsByTag } from './page-elements';
import { readPageFacts } from './metadata';
import type { PageFacts } from './metadata';
import type { PageRendering } from './hidden-blocks';
import { runReadability, safeCopy } from './page-copy';
import type { Parsed } from './readability-run';

/** Readability's result as plain data: its content element as HTML. */
export type RawParsed = Omit<Parsed, 'content' | 'length'> & { content: string | null };

/** What the page sends to the popup: Readability's result on a copy of the page, and the page's facts. */
export interface RawRead {
  url: string;
  facts: Omit<PageFacts, 'publishedTime'> & { publishedTime: string | null };
  parsed: RawParsed | null;
  /** The copy had the blocks the page hides marked (hidden-blocks.ts). */
  hiddenMarked: boolean;
}

/** The page's half: in the live page (a browser), given how it is rendered. */
export function readRaw(doc: Document, options: { url: string; rendering?: PageRendering | null }): RawRead {
  const elements = pageElementsByTag(doc);
  const facts = readPageFacts(doc, elements);
  const parsed = runReadability(safeCopy(doc, pageElementsByTag, options.rendering), {});
  return {
    url: options.url,
    facts: { ...facts, publishedTime: facts.publishedTime() },
    parsed: parsed && rawParsed(parsed),
    hiddenMarked: !!options.rendering,
  };
}

function rawParsed({ content, length: _length, ...rest }: Parsed): RawParsed {
  // The content's text comes from the element itself once it is parsed again.
  return { ...rest, textContent: content ? '' : rest.textContent, content: content ? content.outerHTML : null };
}

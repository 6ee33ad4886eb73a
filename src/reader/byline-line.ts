/**
 * Pages print their byline and date as a line above the text ("By Maren Ostby · October 2, 2026"). When the
 * byline came from the page's metadata, Readability leaves that line in the content, and the reader's own
 * header already shows both, so the reader would print them twice. When the page marked no byline at all, such
 * a line is the byline, and moves to the header.
 */
import { normalizeTitle } from './title-heading';
import { BY_LEAD, isBareBy } from './by-words';
import { leadingBlocks, trailingBlocks } from './edge-blocks';

/** A byline line is short: a name, a date, maybe a role or a place. */
const MAX_LINE_CHARS = 140;

/**
 * Removes a short leading block that consists of the byline (plus connectives, dates and separators).
 * Returns whether it removed one.
 */
export function removeLeadingBylineLine(root: Element, byline: string | null): boolean {
  const name = byline ? normalizeTitle(byline.replace(/^by\s+/i, '')) : '';
  if (name.length < 3) return false;
  for (const el of leadingBlocks(root).flatMap((block) => [block, ...looseLinesBeside(block)])) {
    // Readability takes the name out of the line it found it in ("by <a class=author>…</a>"): a lone "by" is left.
    if (isBareBy(el.textContent ?? '')) {
      el.remove();
      return true;
    }
    const text = normalizeTitle(el.textContent ?? '');
    if (text.length > MAX_LINE_CHARS || !text.includes(name)) continue;
    // What is left beside the name must read as byline furniture, not as a sentence about that person.
    // A role or a desk in brackets after the name ("(LTV foreign news editor)") is furniture too.
    const rest = text.replace(name, ' ').replace(/\([^()]{0,80}\)/gu, ' ').replace(/\b(by|and|with|in|on|updated|published)\b/g, ' ');
    const words = rest.split(/[^\p{L}]+/u).filter((word) => word.length > 2 && !/^\p{N}/u.test(word));
    if (words.length > 4) continue;
    el.remove();
    return true;
  }
  return false;
}

/** The inline elements that can stand as a line of their own between blocks. */
const INLINE_TAGS = new Set(['span', 'a', 'time', 'small', 'em', 'strong', 'b', 'i', 'cite', 'font']);

/**
 * The lines that stand beside `block` in its parent outside any block: a header's "<p>Standfirst</p><span>von
 * <a>Name</a> am 14. Mai 2014</span>", where the span is a line of its own on the page.
 */
function looseLinesBeside(block: Element): Element[] {
  const lines: Element[] = [];
  for (let el = block.parentElement?.firstElementChild; el; el = el.nextElementSibling) {
    if (el !== block && INLINE_TAGS.has(el.localName) && (el.textContent ?? '').trim()) lines.push(el);
  }
  return lines;
}

/**
 * Some pages sign the story at its end too ("… 17 are on track to close lower. By Paul Ausick"): a last block that
 * is only the byline the header shows goes. Returns whether it removed one.
 */
export function removeTrailingBylineLine(root: Element, byline: string | null): boolean {
  const name = byline ? normalizeTitle(byline.replace(BY_LEAD, '')) : '';
  const [last] = trailingBlocks(root, 1);
  if (name.length < 3 || !last) return false;
  const text = normalizeTitle((last.textContent ?? '').replace(/\s+/g, ' ').trim().replace(BY_LEAD, ''));
  if (text !== name) return false;
  last.remove();
  return true;
}

/** A name line is shorter than this, in characters and in words after its "By". */
const MAX_NAME_LINE_CHARS = 100;
const MAX_NAME_LINE_WORDS = 12;

/**
 * When the page marked no byline, a first block that reads as one ("Posted by Dave Smith, Developer Advocate")
 * is it: it is taken out of the content and returned, for the reader's header. A sentence that starts with "By"
 * stays ("By Monday, the council will vote.", "By the time…"): the line must be short, start its name with a
 * capital and not end as a sentence ends. It may follow a short line that is not a sentence either: a
 * syndicated story's credit ("Courtesy of Forests News", then "Written by: Julie Mollins").
 */
export function takeLeadingBylineLine(root: Element): string | null {
  const [first, second] = leadingBlocks(root);
  const firstText = lineOf(first);
  const line = isNameLine(firstText) ? first : isCreditLine(firstText) && isNameLine(lineOf(second)) ? second : undefined;
  if (!line) return null;
  const text = lineOf(line);
  line.remove();
  return text;
}

const lineOf = (block: Element | undefined) => (block?.textContent ?? '').replace(/\s+/g, ' ').trim();

function isNameLine(text: string): boolean {
  const opener = BY_LEAD.exec(text);
  if (!opener || text.length > MAX_NAME_LINE_CHARS) return false;
  const name = text.slice(opener[0].length);
  return /^\p{Lu}/u.test(name) && !/[.!?…:]$/u.test(name) && name.split(' ').length <= MAX_NAME_LINE_WORDS;
}

/** A credit or a label over the byline is a few words, not a sentence. */
const MAX_CREDIT_LINE_CHARS = 60;
const isCreditLine = (text: string) => text.length > 0 && text.length <= MAX_CREDIT_LINE_CHARS && !/[.!?…]$/u.test(text);

/** Past this many authors, a paper's byline ends with "et al.". */
const MAX_AUTHORS = 6;

/**
 * All the authors, when the page names several in its meta tags and Readability kept one of them (the last
 * tag wins there): "Medvedev, Danila" → "Joshua Conrad Jackson, Danila Medvedev". Names written surname first,
 * as papers tag them ("Jackson, Joshua Conrad"), are turned round so that the commas separate people.
 */
export function allAuthors(byline: string, authors: readonly string[]): string {
  const same = (a: string) => normalizeTitle(a) === normalizeTitle(byline);
  if (authors.length < 2 || !authors.some(same)) return byline;
  const names = authors.slice(0, MAX_AUTHORS).map(forenameFirst);
  return names.join(', ') + (authors.length > MAX_AUTHORS ? ' et al.' : '');
}

/** "Jackson, Joshua Conrad" → "Joshua Conrad Jackson"; any other form stays. */
function forenameFirst(name: string): string {
  const parts = /^([\p{L}'’ .-]{2,40}),\s*([\p{L}'’ .-]{2,40})$/u.exec(name.trim());
  return parts ? `${parts[2]!.trim()} ${parts[1]!.trim()}` : name.trim();
}

import type { KeyPointInput, TextBlock } from './types';
import { splitSentences, type Sentence } from '../text/sentences';
import { segmentWords } from '../text/words';
import { articleNoteKind } from './signals';

/** One sentence of the article, with the structural facts the scorer needs. */
export interface Candidate {
  block: number;
  start: number;
  end: number;
  text: string;
  kind: TextBlock['kind'];
  /** Order among all sentences of the article (0 = first). */
  order: number;
  /** Order of its block among the blocks that contain sentences. */
  blockOrder: number;
  /** Ends with a colon before a block break: introduces what follows ("Here's what happened:"). */
  leadIn: boolean;
  /** First sentence after a bold lead-in label ("What North Korea wants in return: …"). */
  afterLabel: boolean;
  /** Item of a list the article presents as its own summary ("Key points", "What you need to know"). */
  inSummary: boolean;
  /**
   * When the sentence is one of several sentences of a single quotation (which alone misquotes or says nothing),
   * the offsets of the whole quotation in the block; otherwise null.
   */
  quotation: { start: number; end: number } | null;
}

/**
 * Headings/labels with which an article announces its own summary. Matched on the whole, short heading text, in a
 * few major languages; this names a *kind* of section, never a site.
 */
const SUMMARY_HEADING = new RegExp(
  '^(here.?s |here is )?(key (points|takeaways|facts)|(the )?main points|what (you need|to) know|story highlights|highlights|' +
    'in brief|at a glance|tl;? ?dr|the big picture|summary|the gist|quick read|' +
    'das wichtigste|auf einen blick|en bref|l.essentiel|à retenir|puntos clave|lo (más importante|esencial)|' +
    'in sintesi|главное|коротко|要点|重点|ポイント|要約)\\b',
  'iu',
);

export function isSummaryHeading(text: string): boolean {
  const t = text.trim().replace(/[:：.]+$/u, '').trim();
  return t.length > 0 && t.length <= 60 && SUMMARY_HEADING.test(t);
}

/**
 * Headings of a page's back matter: what follows them is references, links and credits, never the story
 * (Wikipedia's "References", a blog's "Footnotes", a news page's "Related stories"). In the same languages as
 * the summary headings. Matched on the whole heading, without bracketed bits such as "[edit]".
 */
const BACK_MATTER_HEADING = new RegExp(
  '^(references|notes( and references)?|footnotes|endnotes|citations|sources|bibliography|works cited|further reading|' +
    'external links|see also|related( articles| stories| coverage| links| reading)?|more on this (story|topic)|read more|' +
    'einzelnachweise|anmerkungen|literatur|weblinks|siehe auch|quellen|' +
    'références|notes et références|liens externes|voir aussi|bibliographie|' +
    'referencias|notas|enlaces externos|véase también|bibliografía|' +
    'note|bibliografia|collegamenti esterni|voci correlate|referências|ligações externas|ver também|' +
    'примечания|литература|ссылки|см\\. также|脚注|参考文献|外部リンク|関連項目|外部链接|参见|注释)$',
  'iu',
);

export function isBackMatterHeading(text: string): boolean {
  const t = text.replace(/\[[^\]]*\]/gu, '').trim().replace(/[:：.]+$/u, '').trim();
  return t.length > 0 && t.length <= 60 && BACK_MATTER_HEADING.test(t);
}

/**
 * Blocks whose text is never a key point by itself: headings, captions (they describe pictures, not the story),
 * and preformatted blocks ("other": code, console output, plain-text documents laid out by hand).
 */
const NEVER: ReadonlySet<TextBlock['kind']> = new Set(['heading', 'caption', 'other']);
/**
 * From this share of link text on, a block is a link list or teaser ("Read also: …", share buttons), not
 * prose. Readability weighs link density the same way when it judges what is content.
 */
const MAX_LINK_SHARE = 0.5;

export function collectCandidates(input: KeyPointInput): Candidate[] {
  const out: Candidate[] = [];
  let order = 0;
  let blockOrder = 0;
  // Set when a summary heading was seen; list items right after it are the article's own summary.
  let summaryOpen = false;
  // Set by a back-matter heading or a print note, until the next heading: nothing under it is a candidate.
  let backMatter = false;
  input.blocks.forEach((b, index) => {
    const text = b.text ?? '';
    if (b.kind === 'heading') backMatter = isBackMatterHeading(text);
    const note = articleNoteKind(text);
    // At the top ("This story appeared in our May issue") it is only a note; at the end it closes the story.
    if (note === 'print' && index >= input.blocks.length / 2) backMatter = true;
    if (backMatter || note) return;
    if (isSummaryHeading(text) && text.length <= 60) { summaryOpen = true; return; }
    if (b.kind !== 'list-item') summaryOpen = false;
    if (NEVER.has(b.kind) || (b.linkShare ?? 0) >= MAX_LINK_SHARE) return;
    const label = Math.max(0, Math.min(b.leadInLength | 0, text.length));
    const body = text.slice(label);
    // A label is a phrase ("What North Korea wants in return:"); one bold word before a colon is a glossary
    // term ("<b>Lambda</b>: a callback …") or a dateline, which mark no key point.
    const labelled = label > 0 && segmentWords(text.slice(0, label), input.lang).length >= 2;
    const sentences = sentencesByLine(body, label, b.lineBreaks, input.lang);
    if (sentences.length === 0) return;
    sentences.forEach((s, i) => {
      out.push({
        block: index,
        start: s.start + label,
        end: s.end + label,
        text: s.text,
        kind: b.kind,
        order: order++,
        blockOrder,
        leadIn: s.leadIn,
        afterLabel: i === 0 && labelled,
        inSummary: summaryOpen && b.kind === 'list-item',
        quotation: s.quotation ? { start: s.quotation.start + label, end: s.quotation.end + label } : null,
      });
    });
    blockOrder++;
  });
  return out;
}

/**
 * The sentences of `body` (the block's text after `label` characters), none running across one of the block's
 * line breaks (offsets in the block's text) into a line that starts as a new item would: not in lowercase. A line
 * that goes on in lowercase is the same sentence wrapped by hand ("sed do eiusmod<br> tempor incididunt").
 * Offsets are `body`'s.
 */
function sentencesByLine(body: string, label: number, breaks: readonly number[] | undefined, lang: string | null): Sentence[] {
  const cuts = (breaks ?? [])
    .map((at) => at - label)
    .filter((at) => at > 0 && at < body.length && !/^\s*\p{Ll}/u.test(body.slice(at, at + 40)));
  if (cuts.length === 0) return splitSentences(body, lang);
  const out: Sentence[] = [];
  let from = 0;
  for (const to of [...cuts, body.length]) {
    for (const s of splitSentences(body.slice(from, to), lang)) {
      const quotation = s.quotation ? { start: s.quotation.start + from, end: s.quotation.end + from } : null;
      out.push({ ...s, start: s.start + from, end: s.end + from, quotation });
    }
    from = to;
  }
  return out;
}

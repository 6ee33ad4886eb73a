/**
 * Parity of Lede's Node pipeline with Readability 0.6.0's expected output on Mozilla's corpus, run the way
 * Mozilla's harness runs it (jsdom, url http://fakehost/test/page.html, comments removed). Text is compared
 * with all whitespace removed (expected.html is pretty-printed).
 *
 * Pages where Lede deliberately differs are listed with the reason; the test checks that each listed page
 * really differs for that reason, and that every other page matches exactly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import { readDocument } from './read-page';
import { parseHtml, releaseDocument } from './parse-html';
import { sharedPath } from './shared-data';
import { normalizeTitle } from '../reader/title-heading';
import { removeInlinePromos } from '../reader/inline-promos';
import { removeAdLabels } from '../reader/ad-labels';
import { embedsAsLinks, mediaForReader } from '../reader/embeds';
import { removeHeadingButtons } from '../reader/heading-buttons';
import { removeNavigation } from '../reader/navigation';
import { removePlayerControls } from '../reader/player-controls';
import { removeSignupForms } from '../reader/signup-forms';
import { removeLinkHints } from '../reader/link-hints';
import { removeLeadingInterfaceLines } from '../reader/interface-lines';
import { removeTrailingLines } from '../reader/trailing-lines';
import { removeSkipLinks } from '../reader/skip-links';
import { removeKicker } from '../reader/kicker';
import { removeLeadingBreadcrumb } from '../reader/breadcrumb';
import { takeLeadingDateLine } from '../reader/date-line';

const CORPUS = sharedPath('corpus/readability-0.6.0');
const URL = 'http://fakehost/test/page.html';

type Reason =
  /** Lede returns no-article (below MIN_ARTICLE_CHARS / too few blocks); with `force` the text matches. */
  | 'below-threshold'
  /** Lede removed a leading heading that repeats the title, or a shorter form of it; the rest matches. */
  | 'title-heading'
  /**
   * Lede removed links to other stories ("Related: …", "Read more:" + headlines), ad networks' credits and the
   * labels left of their widgets ("Promoted by …", "Related Searches" ending the article), newsletter sign-up boxes,
   * headings' buttons ("[edit]", "¶") or a video player's controls ("Current Time 0:00"), and/or made embedded
   * video players links ("Video: youtube.com"), as well as a video the page plays by script, or removed a link's
   * screen-reader hint ("Opens a new window") or a row of controls' words above the story ("Listen 5 min",
   * "Save"), links that jump within the page ("Skip to content") or a row of controls or tags under it ("Print Email",
   * "More about: Hotels"); the same rules
   * applied to expected.html give Lede's text.
   */
  | 'content-rules'
  /** The page marked no byline; Lede took its leading "Posted by …" line as the byline; the rest matches. */
  | 'byline-line'
  /** Lede took out a leading line that is only the article's date, which its header shows; the rest matches. */
  | 'date-line'
  /** Lede took out the section's label over the headline ("Biz & IT —"); the same rule applied to expected.html gives Lede's text. */
  | 'kicker'
  /** Lede took out a breadcrumb trail above the text ("Home > Section > Title"); the same rule applied to expected.html gives Lede's text. */
  | 'breadcrumb';

export const ALLOWED_DIFFERENCES: Readonly<Record<string, Reason>> = {
  '005-unescape-html-entities': 'below-threshold', // 19 characters of text: a parser test, not an article
  'invalid-attributes': 'below-threshold', // 156 characters
  'js-link-replacement': 'below-threshold', // 42 characters
  'lazy-image-3': 'below-threshold', // 52 characters: images only
  ol: 'below-threshold', // 122 characters: a bare list
  'remove-aria-hidden': 'below-threshold', // 282 characters in one block
  tumblr: 'title-heading', // content starts with an h1 "Minecraft 1.8 - The Bountiful Update" = the title
  'medium-1': 'title-heading', // "Better Student Journalism" under the title "The Open Journalism Project: Better Student Journalism"
  'tmz-1': 'title-heading', // "$150K Pearl Oscar Dress ... STOLEN!!!!" under "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!"
  cnn: 'content-rules', // two "Related: <headline>" links between paragraphs
  'wapo-1': 'content-rules', // "Read more:" and three headlines at the end
  'lemonde-1': 'content-rules', // "Lire aussi : <headline>" between paragraphs; a Dailymotion video
  'embedded-videos': 'content-rules', // YouTube and Vimeo players
  engadget: 'content-rules', // a YouTube video
  'liberation-1': 'content-rules', // a Dailymotion video
  msn: 'content-rules', // a video
  'videos-1': 'content-rules', // YouTube videos
  'videos-2': 'content-rules', // a video
  'yahoo-1': 'content-rules', // a YouTube video
  breitbart: 'content-rules', // two "SIGN UP FOR OUR NEWSLETTER" boxes between paragraphs
  theverge: 'content-rules', // a "Sign up for Command Line, a paid weekly newsletter" box with its prices
  wikipedia: 'content-rules', // "[edit]" beside every section title
  'wikipedia-3': 'content-rules', // "[edit]"
  'wikipedia-4': 'content-rules', // "[edit]"; a reference's "Jump up to:" link back into the page
  mercurial: 'content-rules', // Sphinx's "¶" after every heading
  'v8-blog': 'content-rules', // a "#" permalink after every heading
  'keep-images': 'content-rules', // "Follow Backchannel: Twitter | Facebook" at the end
  'nytimes-5': 'content-rules', // the site's <nav> ("Lo más reciente", "Buscar") at the top
  'citylab-1': 'content-rules', // a "Keep up with the CityLab Daily newsletter" box (its form's label is left)
  'ehow-2': 'content-rules', // "Related Searches" (its widget gone) and "Promoted By Zergnet" end the article; a "Save" button's word at the top
  spiceworks: 'content-rules', // a screen-reader hint inside a link read into the sentence ("saidOpens a new window that")
  'nytimes-3': 'date-line', // "Feb. 21, 2019" above the text
  'nytimes-4': 'date-line', // "Sept. 25, 2018"
  'links-in-tables': 'byline-line', // "Posted by Andrew Hayden, Software Engineer on Google Play" above the text
  'ars-1': 'kicker', // "Biz & IT —" over the dek
  hukumusume: 'breadcrumb', // "福娘童話集 > きょうのイソップ童話 > １月のイソップ童話 > 欲張りなイヌ"
  'bug-1255978': 'content-rules', // a video player's controls ("Play", "Current Time 0:00", "Loaded: 0%", …), its video with no source of its own; "More about: Hotels Hygiene" tags at the end
};

export const CORPUS_PAGES = readdirSync(CORPUS).sort();

const squash = (text: string) => text.replace(/\s+/g, '');
const lettersAndDigits = (text: string) => normalizeTitle(text).replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether every character of `part` occurs in `whole` in the same order. */
function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (const char of part) {
    at = whole.indexOf(char, at) + 1;
    if (at === 0) return false;
  }
  return part.length > 0;
}

function expectedRoot(page: string): Element {
  const html = readFileSync(join(CORPUS, page, 'expected.html'), 'utf8');
  return new JSDOM(`<div>${html}</div>`).window.document.body.firstElementChild as Element;
}

function expectedText(page: string, withContentRules = false): string {
  const root = expectedRoot(page);
  if (withContentRules) {
    const changed = removeNavigation(root) + removeSkipLinks(root) + removeHeadingButtons(root) + removeAdLabels(root) + removeInlinePromos(root)
      + removeSignupForms(root) + removePlayerControls(root) + removeLinkHints(root) + removeLeadingInterfaceLines(root)
      + removeTrailingLines(root) + embedsAsLinks(root, URL) + mediaForReader(root, URL);
    expect(changed, 'listed under content-rules but no rule applies').toBeGreaterThan(0);
  }
  return squash(root.textContent ?? '');
}

function run(page: string, force: boolean) {
  const html = readFileSync(join(CORPUS, page, 'source.html'), 'utf8');
  const doc = parseHtml(html, URL, { removeComments: true });
  try {
    return readDocument(doc, URL, { force }).result;
  } finally {
    releaseDocument(doc);
  }
}

/** Registers one test per page of `pages`. */
export function corpusParityTests(pages: string[]): void {
  for (const page of pages) {
    it(page, () => {
      const expected = expectedText(page);
      const result = run(page, false);
      const reason = ALLOWED_DIFFERENCES[page];
      if (reason === 'below-threshold') {
        expect(result.kind, 'listed as below-threshold but Lede accepts it').toBe('no-article');
        const forced = run(page, true);
        expect(forced.kind).toBe('article');
        if (forced.kind === 'article') expect(squash(forced.article.textContent)).toBe(expected);
        return;
      }
      expect(result.kind).toBe('article');
      if (result.kind !== 'article') return;
      const got = squash(result.article.textContent);
      if (reason === 'content-rules') {
        expect(got, 'listed under content-rules but matches').not.toBe(expected);
        expect(got).toBe(expectedText(page, true));
        return;
      }
      if (reason === 'title-heading') {
        expect(got, 'listed as title-heading but matches').not.toBe(expected);
        expect(expected.endsWith(got)).toBe(true);
        const removed = expected.slice(0, expected.length - got.length);
        // The removed heading is the title, or its words in the title's order with some left out.
        expect(isSubsequence(lettersAndDigits(removed), lettersAndDigits(result.article.title))).toBe(true);
        return;
      }
      if (reason === 'date-line') {
        const root = expectedRoot(page);
        expect(takeLeadingDateLine(root, null), 'listed as date-line but no date line').toBe(result.article.publishedTime?.slice(0, 10));
        expect(got).toBe(squash(root.textContent ?? ''));
        return;
      }
      if (reason === 'kicker') {
        const root = expectedRoot(page);
        expect(removeKicker(root, result.article.title), 'listed as kicker but no kicker').toBe(true);
        expect(got).toBe(squash(root.textContent ?? ''));
        return;
      }
      if (reason === 'breadcrumb') {
        const root = expectedRoot(page);
        expect(removeLeadingBreadcrumb(root), 'listed as breadcrumb but no trail').toBe(true);
        expect(got).toBe(squash(root.textContent ?? ''));
        return;
      }
      if (reason === 'byline-line') {
        expect(result.article.byline, 'listed as byline-line but Lede found no byline').toBeTruthy();
        expect(expected).toBe(squash(result.article.byline ?? '') + got);
        return;
      }
      expect(got).toBe(expected);
    });
  }
}

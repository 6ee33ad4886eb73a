/**
 * Keeps Readability from throwing the article away with a wrapper whose class names a layout part.
 *
 * Why: before it scores anything, Readability removes every element whose class or id contains a word such as
 * "footer", "header", "sidebar", "menu" or "social" (unless it also contains "article", "content", "main"…),
 * with everything inside it. Sites put such words on the columns and wrappers that hold the story too: "col-1
 * highfooter", "row site_header", "container js-social-anchor-start". Readability then reads what is left, and
 * retries without the rule only when that is under 500 characters; on a page whose remains are longer (a list
 * of video teasers) the reader showed the teasers instead of the story.
 *
 * Rule: when an <article> or <main> holds most of the page's paragraph text and does not look unlikely
 * itself, the words that would make Readability remove one of its ancestors are taken off that ancestor, in
 * Readability's copy of the page. Everything else, inside the article too (its share bar, its comments), is
 * removed as before. A page whose paragraphs are mostly elsewhere (a short story under a long comment thread)
 * is left as it is.
 *
 * The patterns are Readability's own, read from the pinned version, so the rule follows what it removes.
 */
import { Readability } from '@mozilla/readability';

interface UnlikelyRules {
  REGEXPS: { unlikelyCandidates: RegExp; okMaybeItsACandidate: RegExp };
  UNLIKELY_ROLES: string[];
}
const rules = Readability.prototype as unknown as UnlikelyRules;
const { unlikelyCandidates, okMaybeItsACandidate } = rules.REGEXPS;

/** The holder must have more than this share of the text of the page's paragraphs. */
const MIN_PROSE_SHARE = 0.5;

/** Whether Readability's unlikely-candidate pass would remove `el` (its table and code exceptions aside). */
function looksUnlikely(el: Element): boolean {
  const matchString = `${el.className} ${el.id}`;
  return (unlikelyCandidates.test(matchString) && !okMaybeItsACandidate.test(matchString))
    || rules.UNLIKELY_ROLES.includes(el.getAttribute('role') ?? '');
}

/**
 * `el`'s ancestors that Readability would remove, below <body>: by their class words, or as an <aside> (it
 * removes every aside from the content it grabbed, with the story inside when that is where the page put it).
 */
function unlikelyAncestors(el: Element): Element[] {
  const found: Element[] = [];
  for (let up = el.parentElement; up && up.localName !== 'body' && up.localName !== 'html'; up = up.parentElement) {
    if (looksUnlikely(up) || up.localName === 'aside') found.push(up);
  }
  return found;
}

/**
 * The length of the text of the paragraphs in `root`, each text counted once: a page may print its lead twice, as
 * the story's summary above it and in it.
 */
const proseLength = (root: Document | Element) => {
  const texts = new Set<string>();
  for (const p of Array.from(root.getElementsByTagName('p'))) texts.add((p.textContent ?? '').trim());
  let length = 0;
  for (const text of texts) length += text.length;
  return length;
};

/**
 * In `doc` (Readability's copy), takes the unlikely words off the ancestors of the element among `holders`
 * (the page's <article> and <main> elements) that holds most of the page's paragraph text. Returns how many
 * ancestors changed.
 */
export function keepArticleHolder(doc: Document, holders: readonly Element[]): number {
  // The usual page has no such ancestor, and pays only for these checks.
  const suspects = holders
    .filter((el) => !looksUnlikely(el))
    .map((el) => ({ el, ancestors: unlikelyAncestors(el) }))
    .filter(({ ancestors }) => ancestors.length > 0);
  if (!suspects.length) return 0;
  const pageProse = proseLength(doc);
  const holder = suspects.find(({ el }) => proseLength(el) > pageProse * MIN_PROSE_SHARE);
  if (!holder) return 0;
  for (const el of holder.ancestors) {
    clearUnlikelyWords(el);
    if (el.localName === 'aside') renameToDiv(el);
  }
  return holder.ancestors.length;
}

/** Puts a <div> with `el`'s attributes and children in `el`'s place. */
function renameToDiv(el: Element): void {
  const div = el.ownerDocument.createElement('div');
  for (const { name, value } of Array.from(el.attributes)) div.setAttribute(name, value);
  while (el.firstChild) div.appendChild(el.firstChild);
  el.replaceWith(div);
}

/** Takes off `el` the class words, id and role that make it look unlikely; its other classes stay. */
function clearUnlikelyWords(el: Element): void {
  if (unlikelyCandidates.test(el.id)) el.removeAttribute('id');
  if (rules.UNLIKELY_ROLES.includes(el.getAttribute('role') ?? '')) el.removeAttribute('role');
  const kept = (el.getAttribute('class') ?? '').split(/\s+/).filter((word) => word && !unlikelyCandidates.test(word));
  el.setAttribute('class', kept.join(' '));
  // A pattern that spans two words ("ad-break" is one, but a page may split others) leaves no class at all.
  if (looksUnlikely(el)) el.removeAttribute('class');
}

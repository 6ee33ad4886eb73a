/**
 * Readers' comments under the story. Readability drops an element whose class says "comment", but a theme that
 * names its comment list otherwise, or wraps it with the story, leaves the whole thread in the article: "36
 * Comments", then every reply with its "Reply" link. A comment section is recognized by its heading ("36
 * Comments", "Leave a Reply", "12 thoughts on …", "3 Kommentare") after a story of its own, when the heading counts
 * the comments or what follows it has "Reply" links. From that heading on, the rest of the content goes. A
 * section about comments in a programmer's guide ("Comments", followed by code) has neither, and stays.
 */

import { contentParts, matchingSelfAndDescendants, textOf } from './content-parts';

const HEADING = new RegExp(
  String.raw`^(?:\d+\s+)?(?:comments?|responses?|replies|reader comments|discussion|leave a (?:reply|comment)|join the discussion`
    + String.raw`|\d+\s+thoughts? on\b.*|one thought on\b.*|kommentare?|(?:schreibe|hinterlasse) einen kommentar|commentaires?|laisser un commentaire`
    + String.raw`|comentarios?|deja un comentario|commenti|lascia un commento|reacties|coment[áa]rios?|komentarze)\s*(?:\(\d+\))?[:.]?$`,
  'iu',
);
/** The link under each comment that answers it. */
const REPLY = /^(?:reply|antworten|répondre|responder|rispondi|reageren|odpowiedz)$/iu;
/** The story before the comments must be at least this long; otherwise the heading is the page's own subject. */
const MIN_STORY_CHARS = 500;

/** Removes the comment section at the end of `root`; returns whether it removed one. */
export function removeCommentSection(root: Element, headings: readonly Element[] = contentParts(root).headings): boolean {
  for (const heading of headings) {
    if (!root.contains(heading)) continue;
    const title = textOf(heading);
    if (!HEADING.test(title)) continue;
    const after = followingNodes(heading, root);
    const afterChars = after.reduce((sum, node) => sum + textOf(node).length, 0);
    // The whole text is read only here: most articles have no such heading.
    if (textOf(root).length - afterChars - title.length < MIN_STORY_CHARS) continue;
    const counted = /^\d/u.test(title);
    if (!counted && !after.some(hasReplyLink)) continue;
    for (const node of [heading, ...after]) node.parentNode?.removeChild(node);
    return true;
  }
  return false;
}

/** Everything after `el` up to the end of `root`, as the siblings that follow `el` and each of its ancestors. */
function followingNodes(el: Element, root: Element): ChildNode[] {
  const nodes: ChildNode[] = [];
  for (let level: Element | null = el; level && level !== root; level = level.parentElement) {
    for (let next = level.nextSibling; next; next = next.nextSibling) nodes.push(next);
  }
  return nodes;
}

function hasReplyLink(node: ChildNode): boolean {
  return node.nodeType === 1 && matchingSelfAndDescendants(node as Element, 'a, button').some((link) => REPLY.test(textOf(link)));
}

/**
 * The parts of Readability's content that Lede's cleaning rules look at, gathered in one walk: every text node,
 * the headings, the embedded players, the videos and sounds, the images and tables, the form labels, the links and the
 * navigation landmarks (the walk does not enter those: they are removed whole). Each rule used to walk the
 * content on its own, and on jsdom every walk or selector query costs about half a percent of Readability's own
 * time (`npm run bench`). The rules run one after another on these lists, so each checks that a node is still in
 * the content.
 */
export interface ContentParts {
  texts: Text[];
  headings: Element[];
  embeds: Element[];
  media: Element[];
  images: Element[];
  tables: Element[];
  labels: Element[];
  links: Element[];
  navs: Element[];
}

type ElementList = Exclude<keyof ContentParts, 'texts' | 'navs'>;

/** Which list an element goes to, by its tag name (a Map: a page may name an element `<constructor>`). */
const LIST_OF: ReadonlyMap<string, ElementList> = new Map([
  ['h1', 'headings'], ['h2', 'headings'], ['h3', 'headings'], ['h4', 'headings'], ['h5', 'headings'], ['h6', 'headings'],
  ['iframe', 'embeds'], ['embed', 'embeds'], ['object', 'embeds'],
  ['video', 'media'], ['audio', 'media'],
  ['img', 'images'],
  ['table', 'tables'],
  ['label', 'labels'],
  ['a', 'links'],
]);

export function contentParts(root: Element): ContentParts {
  const parts: ContentParts = { texts: [], headings: [], embeds: [], media: [], images: [], tables: [], labels: [], links: [], navs: [] };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.texts.push(child as Text);
      else if (child.nodeType === 1) {
        const element = child as Element;
        if (element.localName === 'nav' || element.getAttribute('role') === 'navigation') {
          parts.navs.push(element);
          continue;
        }
        const list = LIST_OF.get(element.localName);
        if (list) parts[list].push(element);
        walk(element);
      }
    }
  };
  walk(root);
  return parts;
}

/** What shows something in the article without any text: pictures, players, drawings. */
const MEDIA = 'img, picture, video, audio, svg, canvas, iframe, embed, object';

/** Whether `el` is, or holds, an image, a player or a drawing: what the cleaning rules never take for empty. */
export function holdsMedia(el: Element): boolean {
  return el.matches(MEDIA) || el.querySelector(MEDIA) !== null;
}

/** A node's text with its whitespace collapsed, as a reader sees it: what the cleaning rules compare. */
export function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** `el` itself if it matches `selectors`, then its descendants that do, in document order. */
export function matchingSelfAndDescendants(el: Element, selectors: string): Element[] {
  const found = [...el.querySelectorAll(selectors)];
  return el.matches(selectors) ? [el, ...found] : found;
}

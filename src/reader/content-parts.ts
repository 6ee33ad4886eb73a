/**
 * The parts of Readability's content that Lede's cleaning rules look at, gathered in one walk: every text
 * node, the headings, the embedded players, the form labels and the navigation landmarks (the walk does not enter those: they
 * are removed whole). Each rule used to walk the content on its own, and on jsdom
 * every walk or selector query costs about half a percent of Readability's own time (`npm run bench`).
 * The rules run one after another on these lists, so each checks that a node is still in the content.
 */
export interface ContentParts {
  texts: Text[];
  headings: Element[];
  embeds: Element[];
  labels: Element[];
  navs: Element[];
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const EMBEDS = new Set(['iframe', 'embed', 'object']);

export function contentParts(root: Element): ContentParts {
  const parts: ContentParts = { texts: [], headings: [], embeds: [], labels: [], navs: [] };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.texts.push(child as Text);
      else if (child.nodeType === 1) {
        const name = (child as Element).localName;
        if (name === 'nav' || (child as Element).getAttribute('role') === 'navigation') {
          parts.navs.push(child as Element);
          continue;
        }
        if (HEADINGS.has(name)) parts.headings.push(child as Element);
        else if (EMBEDS.has(name)) parts.embeds.push(child as Element);
        else if (name === 'label') parts.labels.push(child as Element);
        walk(child);
      }
    }
  };
  walk(root);
  return parts;
}

/** A node's text with its whitespace collapsed, as a reader sees it: what the cleaning rules compare. */
export function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

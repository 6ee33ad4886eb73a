/**
 * The sanitized article DOM as text for a terminal: one paragraph per block, wrapped to the width,
 * list items bulleted, quotes prefixed with "> ", preformatted text kept as it is.
 */

const BLOCK = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'figure', 'figcaption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr',
  'hr', 'details', 'summary', 'caption']);

interface Paragraph {
  text: string;
  prefix: string;
  pre: boolean;
}

export function articleToText(root: Element, width: number): string {
  const out: Paragraph[] = [];
  let current = '';
  const flush = (prefix: string) => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) out.push({ text, prefix, pre: false });
    current = '';
  };
  const walk = (node: Node, prefix: string): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toLowerCase();
      if (tag === 'br') current += '\n';
      else if (tag === 'img' && el.getAttribute('alt')?.trim() && !el.closest('figure')) current += `[${el.getAttribute('alt')?.trim()}]`;
      else if (tag === 'pre') {
        flush(prefix);
        out.push({ text: (el.textContent ?? '').replace(/\s+$/, ''), prefix, pre: true });
      } else if (BLOCK.has(tag)) {
        flush(prefix);
        const inner = tag === 'li' ? `${prefix}• ` : tag === 'blockquote' ? `${prefix}> ` : prefix;
        if (tag === 'hr') out.push({ text: '* * *', prefix, pre: true });
        else walk(el, inner);
        flush(inner);
      } else if (tag === 'td' || tag === 'th') {
        walk(el, prefix);
        current += ' | ';
      } else {
        walk(el, prefix);
      }
    }
  };
  walk(root, '');
  flush('');
  return out.map((p) => (p.pre ? indent(p.text, p.prefix) : wrap(p.text, width, p.prefix))).join('\n\n');
}

function indent(text: string, prefix: string): string {
  return text.split('\n').map((line) => prefix + line).join('\n');
}

/** Greedy word wrap; the first line carries the prefix ("• "), the rest align under its text. */
export function wrap(text: string, width: number, prefix = ''): string {
  const hanging = prefix.replace(/•/g, ' ');
  const lines: string[] = [];
  let line = prefix;
  for (const word of text.split(' ')) {
    const start = line === prefix || line === hanging;
    if (!start && line.length + 1 + word.length > width) {
      lines.push(line);
      line = hanging + word;
    } else {
      line += (start ? '' : ' ') + word;
    }
  }
  lines.push(line);
  return lines.join('\n');
}

import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HIDDEN_MARK, markHiddenBlocks } from './hidden-blocks';
import type { PageRendering } from './hidden-blocks';
import { extractArticle } from './extract';

const FIXTURE = readFileSync(new URL('../../e2e/pages/hidden-interface/index.html', import.meta.url), 'utf8');

/** The page's rendering as jsdom computes it from the page's own stylesheet (no layout, `display` only). */
function jsdomRendering(window: JSDOM['window']): PageRendering {
  const display = (el: Element) => window.getComputedStyle(el).display;
  return {
    rendered: (el) => {
      for (let at: Element | null = el; at; at = at.parentElement) if (display(at) === 'none') return false;
      return display(el) !== 'contents';
    },
    display,
  };
}

const page = () => new JSDOM(FIXTURE, { url: 'https://handbook.example/tides/' }).window;

/** The copy's text without the blocks marked as hidden interface. */
const unmarkedText = (copy: Document) => {
  const body = copy.body.cloneNode(true) as HTMLElement;
  body.querySelectorAll(`[${HIDDEN_MARK}]`).forEach((el) => el.remove());
  return body.textContent!.replace(/\s+/g, ' ');
};

describe('markHiddenBlocks', () => {
  it('marks the interface the page hides, and not what it hides that may be the article', () => {
    const window = page();
    const live = window.document;
    const copy = live.cloneNode(true) as Document;
    const before = live.documentElement.outerHTML;
    expect(markHiddenBlocks(live, copy, jsdomRendering(window))).toBe(4);
    const text = unmarkedText(copy);
    // Hidden interface: the help dialog, the share box, the other tab, the mobile-only line.
    for (const gone of ['Keyboard shortcuts', 'Share this chapter', 'Neap tides panel', 'pocket version']) expect(text).not.toContain(gone);
    // Kept: the visible text (also the children of a `display: contents` wrapper), a hidden slide (it has an
    // image), a closed <details> and a long hidden passage of prose.
    for (const kept of ['Spring tides', 'Corrections for wind', 'pencilled in the margin', 'Worked example', 'whole point of the method']) {
      expect(text).toContain(kept);
    }
    expect(live.documentElement.outerHTML).toBe(before);
  });

  it('marks a long hidden block when it is mostly links (a closed menu)', () => {
    const links = Array.from({ length: 60 }, (_, i) => `<li><a href="/s/${i}">Section number ${i} of the site</a></li>`).join('');
    const window = new JSDOM(`<style>.menu{display:none}</style><nav class="menu"><ul>${links}</ul></nav><p>Visible.</p>`).window;
    const copy = window.document.cloneNode(true) as Document;
    expect(markHiddenBlocks(window.document, copy, jsdomRendering(window))).toBe(1);
    expect(unmarkedText(copy).trim()).toBe('Visible.');
  });

  it('leaves a copy that differs from the page alone', () => {
    const window = page();
    const copy = window.document.cloneNode(true) as Document;
    copy.body.append(copy.createElement('div'));
    expect(markHiddenBlocks(window.document, copy, jsdomRendering(window))).toBe(0);
  });
});

describe('extractArticle with the page rendering', () => {
  it('reads the article without the hidden interface; without a rendering (Node) it is as Readability finds it', () => {
    const window = page();
    const url = 'https://handbook.example/tides/';
    const rendered = extractArticle(window.document, { url, rendering: jsdomRendering(window) });
    const plain = extractArticle(window.document, { url });
    expect(rendered.kind).toBe('article');
    expect(plain.kind).toBe('article');
    if (rendered.kind !== 'article' || plain.kind !== 'article') return;
    expect(rendered.article.title).toBe('Tide Tables by Hand');
    expect(rendered.article.textContent).not.toContain('Neap tides panel');
    expect(rendered.article.textContent).toContain('Harbour masters who learned the method');
    expect(rendered.article.content).not.toContain(HIDDEN_MARK);
    expect(plain.article.textContent).toContain('Neap tides panel');
  });
});

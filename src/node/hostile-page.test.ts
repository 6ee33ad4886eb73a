import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from './read-page';
import { repoPath } from './shared-data';

const DANGEROUS_TAGS = 'script, iframe, frame, object, embed, form, input, button, textarea, select, meta, base, link, style, svg, math, noscript, template';

describe('hostile page through the Node pipeline', async () => {
  const html = readFileSync(repoPath('e2e/pages/hostile/index.html'), 'utf8');
  const { result } = await readPage(html, 'http://127.0.0.1:4173/hostile/');
  if (result.kind !== 'article') throw new Error(`hostile page gave no article: ${result.reason}`);
  const { article } = result;
  const root = new JSDOM(`<div id="root">${article.content}</div>`).window.document.getElementById('root')!;

  it('is accepted as an article with its text', () => {
    expect(article.title).toBe('Harbour town votes to restore its old lighthouse');
    expect(article.textContent).toContain('Kestrel Bay voted on Tuesday evening');
    expect(article.textContent).toContain('second public meeting is planned');
  });

  it('keeps no dangerous element', () => {
    expect(Array.from(root.querySelectorAll(DANGEROUS_TAGS)).map((el) => el.tagName)).toEqual([]);
  });

  it('keeps no event handler, style or srcdoc attribute', () => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name, `${el.tagName} ${attr.name}`).not.toMatch(/^on|^style$|^srcdoc$|^formaction$/i);
      }
    }
  });

  it('keeps no script or data:text URL', () => {
    for (const el of Array.from(root.querySelectorAll('[href], [src], [srcset], [action], [data], [poster]'))) {
      for (const name of ['href', 'src', 'srcset', 'action', 'data', 'poster']) {
        const value = (el.getAttribute(name) ?? '').replace(/\s+/g, '').toLowerCase();
        expect(value, `${el.tagName} ${name}`).not.toMatch(/^(?:javascript|vbscript):|^data:(?!image\/)/);
      }
    }
    expect(article.content.toLowerCase()).not.toContain('javascript:');
    expect(article.content).not.toContain('__ledePwned');
  });

  it('opens remaining links in a new tab without an opener', () => {
    for (const a of Array.from(root.querySelectorAll('a[href]'))) {
      if (a.getAttribute('href')?.startsWith('#')) continue;
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });
});

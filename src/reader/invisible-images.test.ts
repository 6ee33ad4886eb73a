import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeInvisibleImages } from './invisible-images';
import { contentParts } from './content-parts';

function content(html: string): Element {
  const root = new JSDOM('').window.document.createElement('div');
  root.innerHTML = html;
  return root;
}
const STORY = '<p>The fox crossed the river with a piece of meat.</p>';

describe('removeInvisibleImages', () => {
  it('removes tracking pixels and spacers without an address, and the layout tables they leave empty', () => {
    const root = content(`<table><tbody><tr><td><img width="7" height="7"></td><td></td><td><img width="7" height="7"></td></tr></tbody></table>
      <table><tbody><tr><td>&nbsp;</td></tr></tbody></table>
      ${STORY}
      <p>It saw its reflection.<img src="https://tracker.example/p.gif?id=1" width="1" height="1"></p>
      <img src="https://cdn.example/pixel.png" style="display:none" height="0px">`);
    expect(removeInvisibleImages(root)).toBe(6);
    expect(root.querySelectorAll('img, table')).toHaveLength(0);
    expect(root.textContent!.replace(/\s+/g, ' ').trim()).toBe('The fox crossed the river with a piece of meat. It saw its reflection.');
  });

  it('keeps real images, images with only a srcset or in a <picture>, and tables with text or images', () => {
    const html = `${STORY}<figure><img src="https://cdn.example/fox.jpg" width="640" height="480" alt="A fox"></figure>
      <img src="https://cdn.example/570x0/river.jpg" width="570" height="0"><img src="https://cdn.example/line.jpg" width="464" height="2">
      <img srcset="https://cdn.example/a.jpg 1x" width="100%"><picture><source srcset="https://cdn.example/b.avif"><img alt="B"></picture>
      <table><tbody><tr><td>Fox</td><td><img src="https://cdn.example/icon.png" width="16" height="16"></td></tr></tbody></table>`;
    const root = content(html);
    expect(removeInvisibleImages(root)).toBe(0);
    expect(root.querySelectorAll('img')).toHaveLength(6);
    expect(root.querySelectorAll('table')).toHaveLength(1);
  });

  it('removes a table with nothing in it, and keeps one with text in a single cell', () => {
    const root = content(`${STORY}<table><tbody><tr><td></td><td> </td></tr></tbody></table>
      <table><tbody><tr><td></td><td>Fox</td></tr></tbody></table>`);
    expect(removeInvisibleImages(root)).toBe(1);
    expect(root.querySelectorAll('table')).toHaveLength(1);
  });
});

describe('contentParts', () => {
  it('takes element names that are also Object properties in its stride', () => {
    const parts = contentParts(content('<constructor>a</constructor><__proto__>b</__proto__><tostring></tostring><img src="x.png">'));
    expect(parts.images).toHaveLength(1);
    expect(parts.texts).toHaveLength(2);
  });
});

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { prepareSanitizer, sanitizeArticleElement, sanitizeArticleHtml } from './sanitize';

const win = new JSDOM('<!DOCTYPE html>').window as unknown as Window;
const BASE = 'https://news.example/2024/story/page.html';
const clean = (html: string) => sanitizeArticleHtml(html, win, BASE);

describe('sanitizeArticleHtml', () => {
  it('removes scripts, handlers and script URLs', () => {
    const out = clean('<p onclick="x()">a<script>x()</script><img src="a.jpg" onerror="x()"><a href="javascript:x()">l</a></p>');
    expect(out).toBe('<p>a<img src="https://news.example/2024/story/a.jpg"><a>l</a></p>');
  });

  it('allows data:image only as an image source', () => {
    expect(clean('<img src="data:image/png;base64,iVBORw0KGgo=">')).toContain('src="data:image/png');
    expect(clean('<a href="data:text/html,<script>x()</script>">d</a>')).toBe('<a>d</a>');
    expect(clean('<a href="data:image/png;base64,AA">d</a>')).toBe('<a>d</a>');
  });

  it('drops forms and controls, iframes, embeds, styles and meta elements', () => {
    const out = clean('<form action="/x"><p>kept</p><input value="v"><button>Go</button><textarea>t</textarea><select><option>o</option></select></form>'
      + '<iframe srcdoc="<script>x()</script>"></iframe><object data="x"></object><embed src="x"><style>p{}</style><meta http-equiv="refresh"><base href="/"><link rel="stylesheet" href="s.css">');
    expect(out).toBe('<p>kept</p>');
  });

  it('drops style attributes and svg/math entirely', () => {
    expect(clean('<p style="width:expression(x())">t</p><svg onload="x()"><script>x()</script></svg><math><mtext>m</mtext></math>')).toBe('<p>t</p>');
  });

  it('survives the mXSS math/style/mglyph payload', () => {
    const out = clean('<math><mtext><table><mglyph><style><img src=x onerror="x()"></style></mglyph></table></mtext></math>');
    expect(out).not.toMatch(/onerror|<img|<math|<style/);
  });

  it('is ready before the first article and keeps no trace of its warm-up', () => {
    const fresh = new JSDOM('<!DOCTYPE html>').window as unknown as Window;
    prepareSanitizer(fresh);
    // Relative URLs resolve against the article's address, not the warm-up sample's.
    expect(sanitizeArticleHtml('<p><a href="/x">l</a><img src="y.jpg" onerror="x()"></p>', fresh, BASE)).toBe(
      '<p><a href="https://news.example/x" target="_blank" rel="noopener noreferrer">l</a><img src="https://news.example/2024/story/y.jpg"></p>',
    );
  });

  it('makes links absolute and opens them in a new tab; keeps in-page anchors', () => {
    expect(clean('<a href="../other.html">o</a>')).toBe('<a href="https://news.example/2024/other.html" target="_blank" rel="noopener noreferrer">o</a>');
    expect(clean('<a href="#fn1">1</a>')).toBe('<a href="#fn1">1</a>');
    expect(clean('<img srcset="a.jpg 1x, /b.jpg 2x">')).toBe('<img srcset="https://news.example/2024/story/a.jpg 1x, https://news.example/b.jpg 2x">');
  });

  it('sanitizes an element in place the same way', () => {
    const dom = new JSDOM('<div id="r"><p onclick="x()">a<script>x()</script><a href="b.html">b</a></p></div>', { url: BASE });
    const root = dom.window.document.getElementById('r')!;
    sanitizeArticleElement(root, BASE);
    expect(root.outerHTML).toBe('<div id="r"><p>a<a href="https://news.example/2024/story/b.html" target="_blank" rel="noopener noreferrer">b</a></p></div>');
  });

  it('refuses an element of another window instead of passing it through uncleaned', () => {
    const dom = new JSDOM('<div id="r"><img src="x" onerror="x()"></div>', { url: BASE });
    const root = dom.window.document.getElementById('r')!;
    expect(() => sanitizeArticleElement(root, BASE, win)).toThrow(/does not belong/);
  });
});

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { callNative, nativeMember, removeClobbering } from './clobbering';
import { collectPageElements, pageElementsByTag } from './page-elements';

const doc = (html: string) => new JSDOM(html).window.document;

describe('removeClobbering', () => {
  it('removes the names and ids that would shadow a member of the document or of a form, and no others', () => {
    const d = doc(`<form name="querySelector" id="search"><input name="getAttribute" id="q"><button id="submit">Go</button>
      <input name="query"></form><img name="title" id="body" src="a.jpg"><img name="photo" id="lead" src="b.jpg">
      <iframe name="cloneNode"></iframe><embed name="clip"><object id="createElement"></object><p id="title">Kept: not exposed</p>`);
    for (const collect of [collectPageElements, pageElementsByTag]) {
      const copy = d.cloneNode(true) as Document;
      removeClobbering(copy, collect(copy));
      const attrs = (selector: string) => {
        const el = copy.querySelector(selector)!;
        return [el.getAttribute('name'), el.getAttribute('id')];
      };
      expect(attrs('form')).toEqual([null, 'search']);
      expect(attrs('input')).toEqual([null, 'q']);
      expect(attrs('button')).toEqual([null, null]);
      expect(attrs('input:last-child')).toEqual(['query', null]);
      expect(attrs('img')).toEqual([null, null]);
      expect(attrs('img[src="b.jpg"]')).toEqual(['photo', 'lead']);
      expect(attrs('iframe')).toEqual([null, null]);
      expect(attrs('embed')).toEqual(['clip', null]);
      expect(attrs('object')).toEqual([null, null]);
      expect(attrs('p')).toEqual([null, 'title']);
    }
  });
});

describe('nativeMember / callNative', () => {
  it("read a member from the prototype, past one the page put on the object itself", () => {
    const d = doc('<title>Real title</title><p>x</p>');
    // What a clobbering element does in a browser, done by hand (jsdom does not expose named elements).
    Object.defineProperty(d, 'title', { value: d.body });
    Object.defineProperty(d, 'querySelector', { value: d.body });
    expect(nativeMember<string>(d, 'title')).toBe('Real title');
    expect(callNative<Element>(d, 'querySelector', 'p').textContent).toBe('x');
  });
});

/**
 * DOM clobbering: HTML exposes some elements as properties of the document (`<img name="title">` makes
 * `document.title` that image, `<form name="querySelector">` replaces the method) and form controls as
 * properties of their form (`<input name="getAttribute">`). A page may do it by accident or to break readers;
 * either way Readability and Lede's own code would find an element where they expect a string or a method.
 *
 * So Lede reads the live page only through its prototype's own members (`nativeMember`, `callNative`), and
 * in the copy of the page that Readability consumes, the names and ids that shadow a built-in member of the
 * document or of a form are removed (`removeClobbering`). jsdom, which parses Node's pages, exposes no
 * elements this way, so a page Node parsed is read as it is.
 */
import type { PageElements } from './page-elements';

/** `target[key]` as its prototype defines it, past any named property the page has put on `target` itself. */
export function nativeMember<T>(target: object, key: string): T {
  return Reflect.get(Object.getPrototypeOf(target) as object, key, target) as T;
}

/** `target[key](...args)` with the method its prototype defines. */
export function callNative<T>(target: object, key: string, ...args: unknown[]): T {
  return nativeMember<(...a: unknown[]) => T>(target, key).apply(target, args);
}

/**
 * Removes, in `doc`, every name or id by which HTML would let an element shadow a member of the document
 * (embed, form, iframe, img and object elements) or of its form (anything inside a form). `elements`: the
 * page elements collected from `doc`.
 */
export function removeClobbering(doc: Document, elements: PageElements): void {
  const documentMembers = Object.getPrototypeOf(doc) as object;
  for (const list of [elements.embed, elements.form, elements.iframe, elements.img, elements.object]) {
    for (const el of list) removeShadowingNames(el, documentMembers);
  }
  for (const form of elements.form) {
    const formMembers = Object.getPrototypeOf(form) as object;
    for (const el of callNative<NodeListOf<Element>>(form, 'querySelectorAll', '[name], [id]')) {
      removeShadowingNames(el, formMembers);
    }
  }
}

function removeShadowingNames(el: Element, members: object): void {
  for (const attribute of ['name', 'id']) {
    const value = callNative<string | null>(el, 'getAttribute', attribute);
    if (value && value in members) callNative<void>(el, 'removeAttribute', attribute);
  }
}

/**
 * Articles inside shadow DOM. Some sites render their text in web components, inside shadow roots: the page
 * shows the article, but `cloneNode` copies none of it and Readability finds nothing (Firefox's and Safari's
 * readers fail there too). `composedCopy` copies the document as the browser renders it instead: every open
 * shadow tree in place of its host's children, each `<slot>` filled with the host's content assigned to it.
 *
 * Saved pages and server-rendered components carry their shadow trees as declarative
 * `<template shadowrootmode>`. A browser's parser attaches those, so in a browser a template still in the DOM
 * was never rendered and is left out; a parser without declarative shadow DOM (jsdom, in Node) keeps every
 * one as a template, and there they are the page's shadow trees.
 *
 * Closed shadow roots stay closed: a page's script cannot read them, and neither does Lede.
 * The live page is read through native members only (see clobbering.ts).
 */
import { callNative, nativeMember } from './clobbering';

/** What the host's light DOM puts in each slot of its shadow tree, by slot name ('' is the default slot). */
interface SlotScope {
  content: Map<string, Node[]>;
  /** The scope the host itself is in: its light content's own slots belong to that tree. */
  outer: SlotScope | null;
}

/** The document being written, and whether its source's parser attached declarative shadow trees itself. */
interface Copying {
  owner: Document;
  attachesTemplates: boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * A copy of `doc` with its shadow trees rendered in place, ready for Readability (which may mutate it), or
 * null when the document has no shadow tree, so the caller keeps the plain copy.
 */
export function composedCopy(doc: Document): Document | null {
  const attachesTemplates = parserAttachesShadowRoots(doc);
  const root = nativeMember<Element | null>(doc, 'documentElement');
  if (!root || !hasShadowTree(doc, attachesTemplates)) return null;
  // A shallow copy keeps the document's address, which Readability resolves relative links against.
  const copy = callNative<Document>(doc, 'cloneNode', false);
  appendComposed(copy, root, null, { owner: copy, attachesTemplates });
  return copy;
}

/** Whether this document's kind of parser turns `<template shadowrootmode>` into shadow roots (browsers do). */
function parserAttachesShadowRoots(doc: Document): boolean {
  const view = nativeMember<(Window & typeof globalThis) | null>(doc, 'defaultView');
  const template = view?.HTMLTemplateElement ?? globalThis.HTMLTemplateElement;
  return template !== undefined && 'shadowRootMode' in template.prototype;
}

function hasShadowTree(doc: Document, attachesTemplates: boolean): boolean {
  if (!attachesTemplates && callNative<Element | null>(doc, 'querySelector', 'template[shadowrootmode]')) return true;
  for (const el of callNative<HTMLCollectionOf<Element>>(doc, 'getElementsByTagName', '*')) {
    if (nativeMember<ShadowRoot | null>(el, 'shadowRoot')) return true;
  }
  return false;
}

/** The shadow tree the browser renders for `el`: its open shadow root, or (see above) a declarative template. */
function shadowTreeOf(el: Element, attachesTemplates: boolean): DocumentFragment | null {
  const root = nativeMember<ShadowRoot | null>(el, 'shadowRoot');
  if (root) return root;
  if (attachesTemplates) return null;
  for (const child of childNodesOf(el)) {
    if (isDeclarativeShadowTemplate(child)) return nativeMember<DocumentFragment>(child, 'content');
  }
  return null;
}

function isDeclarativeShadowTemplate(node: Node): node is HTMLTemplateElement {
  return tagOf(node) === 'template' && isDeclarativeShadowTree(node as Element);
}

/** A `<template shadowrootmode>`: a shadow tree written in HTML. */
export function isDeclarativeShadowTree(template: Element): boolean {
  return callNative<boolean>(template, 'hasAttribute', 'shadowrootmode');
}

/** An element's local name, or null for any other node (a form's `<input name="nodeType">` changes neither). */
function tagOf(node: Node): string | null {
  return nativeMember<number>(node, 'nodeType') === ELEMENT_NODE ? nativeMember<string>(node, 'localName') : null;
}

function childNodesOf(node: Node): Node[] {
  return Array.from(nativeMember<NodeListOf<ChildNode>>(node, 'childNodes'));
}

/** Appends to `into` a copy of `node` as rendered: shadow trees in place of light content, slots filled. */
function appendComposed(into: Node, node: Node, scope: SlotScope | null, copying: Copying): void {
  const { owner, attachesTemplates } = copying;
  const tag = tagOf(node);
  if (tag === null) {
    callNative<Node>(into, 'appendChild', callNative<Node>(owner, 'importNode', node, false));
    return;
  }
  const el = node as Element;
  if (!attachesTemplates && isDeclarativeShadowTemplate(el)) return;
  if (scope && tag === 'slot') {
    const assigned = takeSlotContent(scope, callNative<string | null>(el, 'getAttribute', 'name') ?? '');
    // Assigned content belongs to the tree around the host; a slot with none shows its fallback content.
    if (assigned) for (const child of assigned) appendComposed(into, child, scope.outer, copying);
    else for (const child of childNodesOf(el)) appendComposed(into, child, scope, copying);
    return;
  }
  // Any other template is inert, shown nowhere: copied whole (a deep copy includes its content).
  const deep = tag === 'template';
  const copy = callNative<Element>(owner, 'importNode', el, deep);
  callNative<Node>(into, 'appendChild', copy);
  if (deep) return;
  const shadow = shadowTreeOf(el, attachesTemplates);
  const inner: SlotScope | null = shadow ? { content: slotContent(el, attachesTemplates), outer: scope } : scope;
  for (const child of childNodesOf(shadow ?? el)) appendComposed(copy, child, inner, copying);
}

/**
 * The host's light content by the slot it goes to: an element's `slot` attribute names it; other elements and
 * text go to the default slot. (Whitespace-only text renders nothing either way.)
 */
function slotContent(host: Element, attachesTemplates: boolean): Map<string, Node[]> {
  const content = new Map<string, Node[]>();
  for (const child of childNodesOf(host)) {
    if (!attachesTemplates && isDeclarativeShadowTemplate(child)) continue;
    let name = '';
    if (tagOf(child) !== null) name = callNative<string | null>(child, 'getAttribute', 'slot') ?? '';
    else if (nativeMember<number>(child, 'nodeType') !== TEXT_NODE) continue;
    const list = content.get(name);
    if (list) list.push(child);
    else content.set(name, [child]);
  }
  return content;
}

/** A name's content goes to the first slot of that name only, as in the browser; later ones show fallback. */
function takeSlotContent(scope: SlotScope, name: string): Node[] | null {
  const assigned = scope.content.get(name);
  if (!assigned) return null;
  scope.content.delete(name);
  return assigned;
}

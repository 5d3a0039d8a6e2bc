// Building the page without ever parsing HTML: elements are created one by one and
// every piece of text goes in as a text node. Article text is untrusted (a page may
// hold "<script>" or "onerror="); here it can only ever be shown, never run.
// (test/ui-safety.test.ts fails if anything in web/src parses a string as HTML.)

type Child = Node | string | number | null | undefined | false;
type Handler = (event: Event) => void;

export interface Attrs {
  [name: string]: string | number | boolean | Handler | null | undefined;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function apply(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') {
      if (!name.startsWith('on')) throw new Error(`handler for "${name}" must be named on…`);
      el.addEventListener(name.slice(2), value);
    } else if (name.startsWith('on')) {
      // An "on…" attribute would be script: refused whatever its value.
      throw new Error(`refusing to set ${name} as an attribute`);
    } else if (name === 'href' && !/^(#|\/|\.\/)/.test(String(value))) {
      // Only links inside this app: no javascript: or data: URLs from data.
      throw new Error(`refusing href ${String(value).slice(0, 40)}`);
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
}

/** Appends children, skipping null, undefined and false. */
export function append(el: Element, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** An HTML element: h('a', {href: '#/x', class: 'y'}, 'text', child). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

/** An SVG element. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

export function clear(el: Element): void {
  el.replaceChildren();
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el as T;
}

/** Text with [start, end) wrapped in <mark>, as three text nodes. */
export function highlighted(text: string, start: number, end: number, attrs: Attrs = {}): Child[] {
  return [text.slice(0, start), h('mark', attrs, text.slice(start, end)), text.slice(end)];
}

// RSS 2.0 / RSS 1.0 / Atom feeds → one RawDoc per item (source `path#N`). Safety
// first: a feed that declares entities in a DOCTYPE is refused before parsing, so
// neither "billion laughs" expansion nor external entities (XXE) can happen; the
// parser (linkedom's XML mode) never fetches anything and expands no custom entity.
import type { RawDoc, ReadFailure, ReadResult } from './raw-doc.ts';
import { htmlToText } from './html-text.ts';
import { dom } from './linkedom.ts';
import { toIsoDate } from './iso-date.ts';

const ENTITY_DECLARATION = /<!ENTITY|<!DOCTYPE[^>[]*\[/i;

const name = (el: Element) => el.tagName.toLowerCase();
const childrenNamed = (el: Element, names: string[]) => Array.from(el.children).filter((c) => names.includes(name(c)));

function htmlStringToText(html: string): string {
  const { document } = dom().parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return htmlToText(document.body as unknown as Node);
}

/** Text of an element whose content may be escaped HTML, XHTML children or plain text. */
function elementText(el: Element): string {
  const type = el.getAttribute('type')?.toLowerCase();
  if (type === 'xhtml' || el.children.length > 0) return htmlToText(el);
  const raw = el.textContent ?? '';
  if (type === 'text') return raw.trim();
  return /<[a-z!/]/i.test(raw) || /&[a-z#0-9]+;/i.test(raw) ? htmlStringToText(raw) : raw.trim();
}

function firstText(item: Element, names: string[]): string | null {
  for (const wanted of names) {
    for (const el of childrenNamed(item, [wanted])) {
      const text = elementText(el);
      if (text) return text;
    }
  }
  return null;
}

function link(item: Element): string | null {
  for (const el of childrenNamed(item, ['link'])) {
    const rel = el.getAttribute('rel');
    const href = el.getAttribute('href') ?? (el.textContent ?? '').trim();
    if (href && (!rel || rel === 'alternate')) return href;
  }
  return null;
}

/** Items and entries anywhere under the root (RSS 1.0 puts them beside the channel). */
function items(root: Element): Element[] {
  const found: Element[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (name(el) === 'item' || name(el) === 'entry') found.push(el);
    else stack.push(...Array.from(el.children).reverse());
  }
  return found;
}

export function readFeed(xml: string, source: string): ReadResult {
  if (ENTITY_DECLARATION.test(xml)) return { ok: false, failure: { source, reason: 'feed declares XML entities; refused for safety' } };
  const doc = new (dom().DOMParser)().parseFromString(xml, 'text/xml') as unknown as Document;
  const root = doc.documentElement;
  if (!root || !['rss', 'feed', 'rdf:rdf'].includes(name(root))) {
    return { ok: false, failure: { source, reason: 'XML file is not an RSS or Atom feed' } };
  }
  const channel = childrenNamed(root, ['channel'])[0] ?? root;
  const outlet = firstText(channel, ['title']);
  const docs: RawDoc[] = [];
  const failures: ReadFailure[] = [];
  for (const [i, item] of items(root).entries()) {
    const itemSource = `${source}#${i + 1}`;
    const text = firstText(item, ['content:encoded', 'content', 'description', 'summary']);
    if (!text) {
      failures.push({ source: itemSource, reason: `item ${i + 1} has no text (no description or content)` });
      continue;
    }
    const published = ['pubdate', 'published', 'dc:date', 'updated'].map((n) => firstText(item, [n])).map(toIsoDate).find(Boolean);
    docs.push({
      source: itemSource,
      text,
      meta: { title: firstText(item, ['title']), url: link(item), published: published ?? null, outlet },
    });
  }
  if (docs.length === 0 && failures.length === 0) return { ok: false, failure: { source, reason: 'feed has no items' } };
  return { ok: true, docs, failures };
}

// Metadata of an HTML page: title, publication date, outlet and canonical URL, from
// the places publishers put them, in order of reliability.
import type { RawDocMeta } from './raw-doc.ts';
import { toIsoDate } from './iso-date.ts';

const clean = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() || null;

function attribute(doc: Document, selectors: string[], name: string): string | null {
  for (const selector of selectors) {
    const value = clean(doc.querySelector(selector)?.getAttribute(name));
    if (value) return value;
  }
  return null;
}

/** Values of `key` anywhere in the JSON-LD blocks (objects, arrays, @graph), in document order. */
function jsonLdValues(doc: Document, key: string): unknown[] {
  const found: unknown[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is common and harmless: other sources remain
    }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && i < 1000; i++) {
      const item = queue[i];
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        if (key in record) found.push(record[key]);
        queue.push(...Object.values(record).filter((v) => v && typeof v === 'object'));
      }
    }
  }
  return found;
}

function published(doc: Document): string | null {
  const candidates: unknown[] = [
    attribute(doc, ['meta[property="article:published_time"]', 'meta[name="article:published_time"]'], 'content'),
    ...jsonLdValues(doc, 'datePublished'),
    attribute(doc, ['time[datetime]'], 'datetime'),
    attribute(doc, ['meta[name="date"]', 'meta[name="pubdate"]', 'meta[itemprop="datePublished"]', 'meta[name="DC.date.issued"]'], 'content'),
  ];
  for (const candidate of candidates) {
    const date = toIsoDate(candidate);
    if (date) return date;
  }
  return null;
}

function outlet(doc: Document): string | null {
  const site = attribute(doc, ['meta[property="og:site_name"]'], 'content');
  if (site) return site;
  const publisher = jsonLdValues(doc, 'publisher').find((p) => p && typeof p === 'object' && 'name' in p);
  return typeof (publisher as { name?: unknown } | undefined)?.name === 'string' ? clean((publisher as { name: string }).name) : null;
}

/** Drops a trailing " | Outlet" or " - Outlet" that <title> elements often carry. */
function withoutOutlet(title: string, site: string | null): string {
  if (!site) return title;
  const suffix = new RegExp(`\\s+[|\\-–—:]\\s+${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
  return title.replace(suffix, '').trim() || title;
}

export function htmlMeta(doc: Document): RawDocMeta {
  const site = outlet(doc);
  const title =
    attribute(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]'], 'content') ??
    clean(doc.querySelector('title')?.textContent) ??
    clean(doc.querySelector('h1')?.textContent);
  return {
    title: title ? withoutOutlet(title, site) : null,
    published: published(doc),
    outlet: site,
    url: attribute(doc, ['link[rel="canonical"]'], 'href') ?? attribute(doc, ['meta[property="og:url"]'], 'content'),
  };
}

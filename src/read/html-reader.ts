// HTML page → one RawDoc: Readability finds the article body, our own walk turns it
// into paragraphs. Scripts, styles, iframes and attributes (onerror=…) never reach
// the text: the walk reads text nodes only and skips those elements.
import { Readability } from '@mozilla/readability';
import type { ReadResult } from './raw-doc.ts';
import { htmlMeta } from './html-meta.ts';
import { dom } from './linkedom.ts';
import { htmlToText, treeDepth } from './html-text.ts';

/** Readability recurses over the tree; deeper pages go to the plain walk instead. */
const MAX_READABILITY_DEPTH = 300;
/** Below this, Readability most likely picked a fragment, not the article. */
const MIN_ARTICLE_CHARS = 200;

/** Page furniture removed when Readability cannot be used. */
const CHROME = 'nav, header, footer, aside, menu, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';

/**
 * linkedom builds a proper document only around an <html> element. Given bare text
 * it has no document element at all (reading its body then throws), and given a
 * fragment ("<p>…</p>", or a page without the optional <html> tag) it hangs an empty
 * body inside the first element: both are wrapped in a page first.
 */
function parse(html: string): Document {
  const doc = dom().parseHTML(html).document as unknown as Document;
  if (doc.documentElement?.localName === 'html') return doc;
  return dom().parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

function readabilityText(html: string): string | null {
  const doc = parse(html);
  if (!doc.body || treeDepth(doc.body) > MAX_READABILITY_DEPTH) return null;
  try {
    const article = new Readability<Node>(doc, { serializer: (node) => node }).parse();
    const text = article?.content ? htmlToText(article.content) : '';
    return text.length >= MIN_ARTICLE_CHARS ? text : null;
  } catch {
    return null; // Readability gives up on odd markup: the plain walk still reads it
  }
}

/** The walk over the whole page, minus navigation, headers and footers. */
function plainText(doc: Document): string {
  for (const el of Array.from(doc.querySelectorAll(CHROME))) el.remove();
  return doc.body ? htmlToText(doc.body) : htmlToText(doc.documentElement);
}

/** The headline, when Readability left it out of the body, opens the text: it can carry facts. */
function withHeadline(text: string, headline: string | null): string {
  if (!headline || text.slice(0, headline.length + 200).includes(headline)) return text;
  return `${headline}\n\n${text}`;
}

export function readHtml(html: string, source: string): ReadResult {
  const doc = parse(html);
  const meta = htmlMeta(doc);
  // The headline: og:title, else the article's own <h1> (a page-wide <h1> is often the site logo).
  const text = (selector: string, attr?: string) => {
    const el = doc.querySelector(selector);
    return (attr ? el?.getAttribute(attr) : el?.textContent)?.replace(/\s+/g, ' ').trim() || null;
  };
  const headline = text('meta[property="og:title"]', 'content') ?? text('article h1') ?? text('main h1') ?? text('h1');
  // Readability changes the tree it reads, so it gets its own copy of the page.
  const body = readabilityText(html) ?? plainText(doc);
  if (!body.trim()) return { ok: false, failure: { source, reason: 'no readable text in this HTML page' } };
  return { ok: true, docs: [{ source, text: withHeadline(body, headline), meta }], failures: [] };
}

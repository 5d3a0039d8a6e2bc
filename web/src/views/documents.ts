// Stored documents: a searchable list, and one document's whole text with the
// evidence of every event read from it highlighted (the one asked for in focus).
import { get } from '../api.ts';
import { busy, errorBox, ready } from '../app-context.ts';
import { append, clear, h } from '../dom.ts';
import { baseName, documentName, eventLabel, plural } from '../format.ts';
import { go, routeHash, type Route } from '../router.ts';
import type { DocumentSummary, Paged, StoredDocument } from '../types.ts';

const PAGE = 25;

export async function renderDocuments(main: HTMLElement, route: Route): Promise<void> {
  busy();
  if (route.args[0]) return renderDocument(main, route.args[0], route);
  const q = route.query.get('q') ?? '';
  const offset = Math.max(0, Number(route.query.get('offset')) || 0);
  const input = h('input', { type: 'search', id: 'doc-q', value: q, placeholder: 'words in the title or text' });
  const form = h('form', { class: 'inline-form', role: 'search' }, h('div', { class: 'field' }, h('label', { for: 'doc-q' }, 'Search documents'), input), h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (e) => { e.preventDefault(); go('documents', [], { q: input.value.trim() || null }); });
  const body = h('div', {}, h('p', { class: 'status' }, 'Loading…'));
  clear(main);
  main.append(h('div', { class: 'view' }, h('div', { class: 'view-head' }, h('h1', {}, 'Documents')), form, body));
  try {
    const data = await get<Paged<DocumentSummary>>('documents', { q: q || null, limit: PAGE, offset });
    const pager = h('p', { class: 'pager' },
      offset > 0 ? h('a', { href: routeHash('documents', [], { q: q || null, offset: Math.max(0, offset - PAGE) || null }) }, '← Newer') : null,
      ` ${offset + 1}–${offset + data.items.length} of ${data.total} `,
      data.next !== null ? h('a', { href: routeHash('documents', [], { q: q || null, offset: data.next }) }, 'Older →') : null);
    body.replaceChildren(
      data.items.length === 0 ? h('p', {}, 'No documents match.') : h('ul', { class: 'documents', id: 'document-list' }, ...data.items.map((d) => h('li', {},
        h('a', { href: routeHash('documents', [d.id]) }, documentName(d)),
        h('span', { class: 'muted' }, ` — ${[d.outlet, d.published, baseName(d.source), d.duplicateOf ? 'duplicate' : null, d.skipped ? `not analysed: ${d.skipped}` : null].filter(Boolean).join(' · ')}`)))),
      pager);
  } catch (error) {
    body.replaceChildren(errorBox(error));
  }
  ready('documents');
}

async function renderDocument(main: HTMLElement, id: string, route: Route): Promise<void> {
  clear(main);
  const view = h('article', { class: 'view document-view' }, h('p', { class: 'status' }, 'Loading…'));
  main.append(view);
  let doc: StoredDocument;
  try {
    doc = await get<StoredDocument>(`documents/${encodeURIComponent(id)}`);
  } catch (error) {
    view.replaceChildren(h('h1', {}, 'Document'), errorBox(error));
    ready('document');
    return;
  }
  const focusStart = Number(route.query.get('start'));
  const focusEnd = Number(route.query.get('end'));
  const spans = doc.events.map((e) => ({ start: e.evidence.start, end: e.evidence.end, label: `${eventLabel(e.type ?? '', e.mode)}` }));
  if (Number.isInteger(focusStart) && Number.isInteger(focusEnd) && focusEnd > focusStart) spans.push({ start: focusStart, end: focusEnd, label: 'evidence' });
  const text = h('div', { class: 'document-text' }, ...paragraphs(doc.text, spans, focusStart, focusEnd));
  clear(view);
  append(view, [
    h('p', { class: 'eyebrow' }, doc.outlet ?? 'Document'),
    h('h1', {}, documentName(doc)),
    h('p', { class: 'muted' }, [doc.published ? `Published ${doc.published}` : 'Publication date unknown', baseName(doc.source), `${plural(doc.events.length, 'event')} read from it`].join(' · ')),
    doc.url && /^https?:\/\//.test(doc.url) ? h('p', { class: 'muted' }, `Original address (not opened from here): ${doc.url}`) : null,
    text,
  ]);
  const focused = text.querySelector('mark.focus');
  if (focused instanceof HTMLElement) {
    focused.tabIndex = -1;
    focused.scrollIntoView({ block: 'center' });
    focused.focus({ preventScroll: true });
  }
  ready('document');
}

/** The text as paragraphs (split at blank lines) with the spans marked; offsets stay those of the stored text. */
function paragraphs(text: string, spans: { start: number; end: number; label: string }[], focusStart: number, focusEnd: number): HTMLElement[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: HTMLElement[] = [];
  let at = 0;
  for (const block of text.split(/(\n\s*\n)/)) {
    const start = at;
    at += block.length;
    if (/^\n\s*\n$/.test(block) || block.trim() === '') continue;
    const p = h('p', {});
    let cursor = start;
    for (const span of sorted) {
      if (span.end <= cursor || span.start >= at) continue;
      const from = Math.max(span.start, cursor);
      const to = Math.min(span.end, at);
      if (from > cursor) p.append(text.slice(cursor, from));
      const focus = span.start === focusStart && span.end === focusEnd;
      p.append(h('mark', { class: focus ? 'focus' : '', title: span.label }, text.slice(from, to)));
      cursor = to;
    }
    if (cursor < at) p.append(text.slice(cursor, at));
    out.push(p);
  }
  return out;
}

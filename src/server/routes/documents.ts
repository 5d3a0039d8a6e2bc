// GET /api/documents (list and search, paged), GET /api/documents/:id (the full
// stored text with the events read from it) and GET /api/documents/:id/passage (the
// paragraph around an evidence span, for the evidence panel).
import { reportJson } from '../../graph/render/event-json.ts';
import { namesOf } from '../../graph/load-events.ts';
import { consolidate } from '../../graph/consolidate.ts';
import { HttpError, badParameter } from '../http.ts';
import { checkPathId, DOCUMENT_ID, PAGE } from '../params.ts';
import type { StoredDocument } from '../../store/store.ts';
import type { Route, RouteContext } from './context.ts';

/** A paragraph longer than this is cut to a window around the evidence. */
const PASSAGE_MAX = 2400;

async function documentOr404(ctx: RouteContext): Promise<StoredDocument> {
  const id = checkPathId('document id', ctx.path.id!, DOCUMENT_ID, 'a 64-digit hex SHA-256');
  const doc = await ctx.app.store.document(id);
  if (!doc) throw new HttpError(404, 'not_found', `no document ${id}`);
  return doc;
}

export const documentRoutes: Route[] = [
  {
    method: 'GET', pattern: '/api/documents',
    async handler(ctx) {
      const p = ctx.params(['q', 'outlet', ...PAGE]);
      const q = p.text('q', { max: 200 });
      const outlet = p.text('outlet', { max: 200 });
      const page = p.page();
      const { total, items } = await ctx.app.store.documents({ ...(q ? { q } : {}), ...(outlet ? { outlet } : {}), ...page });
      const end = page.offset + items.length;
      return { body: { total, limit: page.limit, offset: page.offset, next: end < total ? end : null, items } };
    },
  },
  {
    method: 'GET', pattern: '/api/documents/:id',
    async handler(ctx) {
      ctx.params([]);
      const doc = await documentOr404(ctx);
      const rows = await ctx.app.store.events({ document: doc.id });
      const names = await namesOf(ctx.app.store, consolidate(rows.map((row) => ({ row, source: row.event.source, target: row.event.target, third: row.event.third }))));
      return { body: { ...doc, events: rows.map((row) => reportJson(row, names)) } };
    },
  },
  {
    method: 'GET', pattern: '/api/documents/:id/passage',
    async handler(ctx) {
      const p = ctx.params(['start', 'end']);
      const doc = await documentOr404(ctx);
      const start = p.integer('start', -1, 0, doc.text.length);
      const end = p.integer('end', -1, 0, doc.text.length);
      if (!p.has('start') || !p.has('end')) throw badParameter(p.has('start') ? 'end' : 'start', '"start" and "end" are required: the evidence span');
      if (end <= start) throw badParameter('end', `"end" (${end}) must be after "start" (${start})`);
      const { text: _text, ...summary } = doc;
      return { body: { document: summary, ...passage(doc.text, start, end) } };
    },
  },
];

/**
 * The paragraph (text between blank lines) holding [start, end), with the span's
 * place inside it; a very long paragraph is cut to a window around the span.
 */
export function passage(text: string, start: number, end: number) {
  const before = text.lastIndexOf('\n\n', start);
  const after = text.indexOf('\n\n', end);
  let from = before === -1 ? 0 : before + 2;
  let to = after === -1 ? text.length : after;
  if (from > start) from = start;
  if (to - from > PASSAGE_MAX) {
    const margin = Math.max(0, Math.floor((PASSAGE_MAX - (end - start)) / 2));
    from = Math.max(from, start - margin);
    to = Math.min(to, end + margin);
  }
  return {
    paragraph: { text: text.slice(from, to), start: from, end: to },
    highlight: { start: start - from, end: end - from },
    clipped: { before: from > 0 && text.slice(Math.max(0, from - 2), from) !== '\n\n', after: to < text.length && text.slice(to, to + 2) !== '\n\n' },
  };
}

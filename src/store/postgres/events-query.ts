// `Store.events(query)` for PostgreSQL: the WHERE clause is assembled from fixed
// fragments, one per filter present (so at most 2^7 statement texts, each prepared
// once by the driver); every value is a bound parameter, lists as text[] arrays.
//
// Index use (migrations 001 and 002): a pair or an actor is a BitmapOr of
// events(source, target) / events(source, date_value) / events(target, date_value)
// probes; a date range alone is a range on events(date_value); a document is a range
// on the primary key (document_id, id).
import type { EventQuery, EventRow } from '../store.ts';
import { toDyadEventRow, type EventJoinRow } from '../sqlite/event-row.ts';
import type { Sql } from './connect.ts';
import { EVENT_ORDER, EVENT_SELECT } from './event-columns.ts';

export const DEFAULT_EVENT_LIMIT = 100_000;

export async function queryEvents(sql: Sql, query: EventQuery): Promise<EventRow[]> {
  const where: string[] = [];
  const params: (string | number | string[])[] = [];
  const param = (value: string | number | string[]) => `$${params.push(value)}`;
  // Whole-year bounds, coarse but usable by the (source|target, date_value) indexes;
  // the exact test for partial dates follows below. "2012" overlaps --from 2012-06,
  // "2011-03" does not.
  const coarse: string[] = [];
  if (query.from) coarse.push(`e.date_value >= ${param(query.from.slice(0, 4))}::text`);
  if (query.to) coarse.push(`e.date_value < ${param(String(Number(query.to.slice(0, 4)) + 1).padStart(4, '0'))}::text`);
  const bounded = (condition: string) => [condition, ...coarse].join(' AND ');
  if (query.pair) {
    const a = param(query.pair[0]);
    const b = param(query.pair[1]);
    where.push(`((e.source = ANY(${a}::text[]) AND e.target = ANY(${b}::text[]))
      OR (e.source = ANY(${b}::text[]) AND e.target = ANY(${a}::text[])))`);
  }
  if (query.actors) {
    // Each side of the OR carries the date bounds, so that each is one index range.
    const ids = param(query.actors);
    where.push(`((${bounded(`e.source = ANY(${ids}::text[])`)}) OR (${bounded(`e.target = ANY(${ids}::text[])`)}))`);
  }
  if (query.types) where.push(`e.type = ANY(${param(query.types)}::text[])`);
  where.push(...coarse);
  if (query.from) where.push(`e.date_value >= substr(${param(query.from)}::text, 1, length(e.date_value))`);
  if (query.to) {
    const to = param(query.to);
    where.push(`substr(e.date_value, 1, length(${to}::text)) <= ${to}::text`);
  }
  if (query.outlet) {
    const outlet = param(query.outlet);
    where.push(`e.document_id IN (SELECT id FROM documents
      WHERE lower(outlet) = lower(${outlet}::text) OR strpos(lower(source), lower(${outlet}::text)) > 0)`);
  }
  if (query.document) where.push(`e.document_id = ${param(query.document)}::text`);
  const limit = param(query.limit ?? DEFAULT_EVENT_LIMIT);
  const rows = await sql.unsafe<EventJoinRow[]>(`SELECT ${EVENT_SELECT}
    FROM events e JOIN documents d ON d.id = e.document_id
    ${where.length === 0 ? '' : `WHERE ${where.join('\n      AND ')}`}
    ${EVENT_ORDER}
    LIMIT ${limit}::int`, params);
  return rows.map(toDyadEventRow);
}

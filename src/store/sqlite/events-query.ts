// `Store.events(query)` for SQLite. The WHERE clause is assembled from fixed
// fragments, one per filter present, so there are at most 2^7 distinct statements:
// each is prepared once and cached; every value is bound, never spliced in.
//
// Index use (migrations 001 and 002): a pair is two probes of events(source, target);
// an actor is a union of events(source, date_value) and events(target, date_value)
// rowids; a date range alone is a range on events(date_value); a document is a range
// on the primary key (document_id, id).
import type Database from 'better-sqlite3';
import type { EventQuery, EventRow } from '../store.ts';
import { toDyadEventRow, type EventJoinRow } from './event-row.ts';

export const DEFAULT_EVENT_LIMIT = 100_000;
const IDS = (param: string) => `(SELECT value FROM json_each(@${param}))`;

const FRAGMENTS = {
  pair: `e.rowid IN (
      SELECT rowid FROM events WHERE source IN ${IDS('a')} AND target IN ${IDS('b')}
      UNION SELECT rowid FROM events WHERE source IN ${IDS('b')} AND target IN ${IDS('a')})`,
  actors: `e.rowid IN (
      SELECT rowid FROM events WHERE source IN ${IDS('actors')}
      UNION SELECT rowid FROM events WHERE target IN ${IDS('actors')})`,
  types: `e.type IN ${IDS('types')}`,
  // The first two bounds are coarse (whole years) and use the date index; the last two
  // are exact for partial dates: "2012" overlaps --from 2012-06, "2011-03" does not.
  from: `e.date_value >= @fromYear AND e.date_value >= substr(@from, 1, length(e.date_value))`,
  to: `e.date_value < @toNextYear AND substr(e.date_value, 1, length(@to)) <= @to`,
  outlet: `e.document_id IN (SELECT id FROM documents
      WHERE outlet = @outlet COLLATE NOCASE OR instr(lower(source), lower(@outlet)) > 0)`,
  document: 'e.document_id = @document',
} as const;

type Filter = keyof typeof FRAGMENTS;

export function eventsQuery(db: Database.Database) {
  const cache = new Map<string, Database.Statement>();
  const statement = (filters: Filter[]): Database.Statement => {
    const key = filters.join(',');
    let prepared = cache.get(key);
    if (!prepared) {
      const where = filters.length === 0 ? '' : `WHERE ${filters.map((f) => FRAGMENTS[f]).join('\n  AND ')}`;
      prepared = db.prepare(`SELECT e.*, d.source AS doc_source, d.title AS doc_title,
          d.published AS doc_published, d.outlet AS doc_outlet, d.url AS doc_url
        FROM events e JOIN documents d ON d.id = e.document_id
        ${where}
        ORDER BY e.date_value IS NULL, e.date_value, d.published, e.document_id, e.evidence_start
        LIMIT @limit`);
      cache.set(key, prepared);
    }
    return prepared;
  };

  return (query: EventQuery): EventRow[] => {
    const filters: Filter[] = [];
    const params: Record<string, string | number> = { limit: query.limit ?? DEFAULT_EVENT_LIMIT };
    if (query.pair) {
      filters.push('pair');
      params.a = JSON.stringify(query.pair[0]);
      params.b = JSON.stringify(query.pair[1]);
    }
    if (query.actors) {
      filters.push('actors');
      params.actors = JSON.stringify(query.actors);
    }
    if (query.types) {
      filters.push('types');
      params.types = JSON.stringify(query.types);
    }
    if (query.from) {
      filters.push('from');
      params.from = query.from;
      params.fromYear = query.from.slice(0, 4);
    }
    if (query.to) {
      filters.push('to');
      params.to = query.to;
      params.toNextYear = String(Number(query.to.slice(0, 4)) + 1).padStart(4, '0');
    }
    if (query.outlet) {
      filters.push('outlet');
      params.outlet = query.outlet;
    }
    if (query.document) {
      filters.push('document');
      params.document = query.document;
    }
    return (statement(filters).all(params) as EventJoinRow[]).map(toDyadEventRow);
  };
}

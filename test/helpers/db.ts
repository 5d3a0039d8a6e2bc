// Looks inside a database the CLI wrote, read-only, without going through Entente.
import Database from 'better-sqlite3';

export function query<T>(path: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export function count(path: string, table: string, where = '1'): number {
  return query<{ n: number }>(path, `SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`)[0]?.n ?? 0;
}

/**
 * SQL, in SQLite and PostgreSQL alike: how many mentions (spans) the document `d.id` has.
 * A mentions row holds one entity's spans, space-separated (src/store/mention-spans.ts).
 */
export const MENTIONS_OF_DOCUMENT = `(SELECT COALESCE(SUM(length(m.spans) - length(replace(m.spans, ' ', '')) + 1), 0)
  FROM mentions m WHERE m.document_id = d.id)`;

/** For each stored document (by source): how many events, relations and mentions it has. */
export function factsBySource(path: string): Map<string, string> {
  const rows = query<{ source: string; events: number; relations: number; mentions: number }>(path, `
    SELECT d.source,
      (SELECT COUNT(*) FROM events e WHERE e.document_id = d.id) AS events,
      (SELECT COUNT(*) FROM relations r WHERE r.document_id = d.id) AS relations,
      ${MENTIONS_OF_DOCUMENT} AS mentions
    FROM documents d`);
  return new Map(rows.map((r) => [r.source, `${r.events} events, ${r.relations} relations, ${r.mentions} mentions`]));
}

/** Documents stored so far, or 0 while the database does not exist or is being created. */
export function documentsSoFar(path: string): number {
  try {
    return count(path, 'documents');
  } catch {
    return 0;
  }
}

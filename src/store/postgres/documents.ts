// Reading stored documents back from PostgreSQL: one document, a page of a list or a
// search (through the search column and its GIN index, migration 003), ids by prefix.
// The WHERE clause is made of fixed fragments; every value is a bound parameter.
import type { DocumentSummary, Store, StoredDocument } from '../store.ts';
import { hexPrefixRange, searchWords } from '../document-search.ts';
import type { Sql } from './connect.ts';

type DocumentMethods = Pick<Store, 'document' | 'documents' | 'documentIdsWithPrefix'>;
/** ingested_at arrives as a Date; the Store gives ISO text, as SQLite keeps it. */
type Fetched<T> = Omit<T, 'ingestedAt'> & { ingestedAt: Date };

const SUMMARY = `id, source, title, published, outlet, url, language, duplicate_of AS "duplicateOf", skipped,
  ingested_at AS "ingestedAt", length(text) AS length`;
/** The order of the documents_newest index, and SQLite's: undated last. */
const NEWEST_FIRST = 'ORDER BY published DESC NULLS LAST, ingested_at DESC, id';

/**
 * A tsquery for the words of document-search.ts: each word its tokens side by side, the
 * last one a prefix ('qatar' <-> 'pledge':*), every word required (&). It is built
 * from tokens — letters and digits only, quoted — so it is always valid, and
 * to_tsquery('simple', …) only folds their case as the index did. The built-in
 * parsers do not fit: plainto_tsquery has no prefixes, and websearch_to_tsquery reads
 * quotes, "or" and "-" typed by a user as operators.
 */
function tsQuery(words: string[][]): string {
  return words.map((tokens) => tokens.map((token, i) => `'${token}'${i === tokens.length - 1 ? ':*' : ''}`).join(' <-> '))
    .join(' & ');
}

function withIsoTime<T extends DocumentSummary>(row: Fetched<T>): T {
  return { ...row, ingestedAt: row.ingestedAt.toISOString() } as T;
}

export function postgresDocumentMethods(sql: Sql): DocumentMethods {
  return {
    async document(id) {
      const [row] = await sql.unsafe<Fetched<StoredDocument>[]>(`SELECT ${SUMMARY}, text FROM documents WHERE id = $1`, [id]);
      return row === undefined ? null : withIsoTime(row);
    },
    async documents(query) {
      const words = searchWords(query.q);
      if (words?.length === 0) return { total: 0, items: [] };
      const where: string[] = [];
      const params: string[] = [];
      const param = (value: string) => `$${params.push(value)}`;
      if (words) where.push(`search @@ to_tsquery('simple', ${param(tsQuery(words))})`);
      if (query.outlet !== undefined) where.push(`lower(outlet) = lower(${param(query.outlet)}::text)`);
      const clause = where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`;
      const page = `LIMIT $${params.length + 1}::int OFFSET $${params.length + 2}::int`;
      const [[counted], rows] = await Promise.all([
        sql.unsafe<{ total: number }[]>(`SELECT COUNT(*)::int AS total FROM documents ${clause}`, params),
        sql.unsafe<Fetched<DocumentSummary>[]>(`SELECT ${SUMMARY} FROM documents ${clause} ${NEWEST_FIRST} ${page}`,
          [...params, query.limit, query.offset]),
      ]);
      return { total: counted!.total, items: rows.map(withIsoTime) };
    },
    async documentIdsWithPrefix(prefix, limit) {
      const range = hexPrefixRange(prefix);
      if (range === null) return [];
      const rows = await sql<{ id: string }[]>`SELECT id FROM documents WHERE id >= ${range.from} AND id < ${range.to}
        ORDER BY id LIMIT ${limit}`;
      return rows.map((row) => row.id);
    },
  };
}

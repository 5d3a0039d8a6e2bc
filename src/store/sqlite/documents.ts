// Reading stored documents back from SQLite: one document, a page of a list or a
// search (through the FTS5 index of migration 003), ids by prefix. Four list
// statements, one per combination of the two filters, each prepared on first use; every value bound.
import type Database from 'better-sqlite3';
import type { DocumentSummary, Store, StoredDocument } from '../store.ts';
import { hexPrefixRange, searchWords } from '../document-search.ts';

type DocumentMethods = Pick<Store, 'document' | 'documents' | 'documentIdsWithPrefix'>;

const SUMMARY = `d.id, d.source, d.title, d.published, d.outlet, d.url, d.language, d.duplicate_of AS duplicateOf,
  d.skipped, d.ingested_at AS ingestedAt, length(d.text) AS length`;

const FILTERS = {
  search: 'd.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @match)',
  outlet: 'd.outlet = @outlet COLLATE NOCASE',
} as const;

/**
 * An FTS5 query for the words of document-search.ts: each word a quoted phrase of its
 * tokens, the last one a prefix (`"qatar pledge"*`), all of them required. Inside
 * quotes FTS5 reads text, not operators, and tokens (letters and digits) hold no quote.
 */
function fts5Query(words: string[][]): string {
  return words.map((tokens) => `"${tokens.join(' ')}"*`).join(' AND ');
}

export function sqliteDocumentMethods(db: Database.Database): DocumentMethods {
  const one = db.prepare(`SELECT ${SUMMARY}, d.text FROM documents d WHERE d.id = ?`);
  const byPrefix = db.prepare('SELECT id FROM documents WHERE id >= @from AND id < @to ORDER BY id LIMIT @limit').pluck();
  const lists = new Map<string, { count: Database.Statement; page: Database.Statement }>();
  const listStatements = (search: boolean, outlet: boolean) => {
    const key = `${search}:${outlet}`;
    let found = lists.get(key);
    if (!found) {
      const where = [...(search ? [FILTERS.search] : []), ...(outlet ? [FILTERS.outlet] : [])];
      const clause = where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`;
      found = {
        count: db.prepare(`SELECT COUNT(*) FROM documents d ${clause}`).pluck(),
        // The order of the documents_newest index.
        page: db.prepare(`SELECT ${SUMMARY} FROM documents d ${clause}
          ORDER BY d.published IS NULL, d.published DESC, d.ingested_at DESC, d.id LIMIT @limit OFFSET @offset`),
      };
      lists.set(key, found);
    }
    return found;
  };

  return {
    async document(id) {
      return (one.get(id) as StoredDocument | undefined) ?? null;
    },
    async documents(query) {
      const words = searchWords(query.q);
      if (words?.length === 0) return { total: 0, items: [] };
      const params: Record<string, string | number> = { limit: query.limit, offset: query.offset };
      if (words) params.match = fts5Query(words);
      if (query.outlet !== undefined) params.outlet = query.outlet;
      const { count, page } = listStatements(words !== null, query.outlet !== undefined);
      return { total: count.get(params) as number, items: page.all(params) as DocumentSummary[] };
    },
    async documentIdsWithPrefix(prefix, limit) {
      const range = hexPrefixRange(prefix);
      return range === null ? [] : (byPrefix.all({ ...range, limit }) as string[]);
    },
  };
}

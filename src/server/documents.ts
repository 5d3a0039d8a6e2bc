// Stored documents for the API: list, search, one document's text. The Store
// interface has no document queries yet (it was designed for the graph), so this
// reads the SQLite file directly through its own read-only connection — bound
// parameters only, never a value spliced into SQL. A PostgreSQL store answers 501
// here until Store grows document queries.
import Database from 'better-sqlite3';
import { HttpError } from './http.ts';

export interface DocumentSummary {
  id: string;
  source: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  language: string;
  duplicateOf: string | null;
  skipped: string | null;
  ingestedAt: string;
  length: number;
}

export interface StoredDocument extends DocumentSummary {
  text: string;
}

export interface DocumentQuery {
  /** Words that must appear in the title, source or text (case-insensitive). */
  q?: string;
  /** Outlet name, case-insensitive. */
  outlet?: string;
  limit: number;
  offset: number;
}

export interface DocumentReader {
  list(query: DocumentQuery): Promise<{ total: number; items: DocumentSummary[] }>;
  get(id: string): Promise<StoredDocument | null>;
  /** Ids starting with `prefix` (a consolidated event id begins with 12 hex digits of its document). */
  idsByPrefix(prefix: string, limit: number): Promise<string[]>;
  close(): void;
}

const SUMMARY = `id, source, title, published, outlet, url, language, duplicate_of AS duplicateOf,
  skipped, ingested_at AS ingestedAt, length(text) AS length`;

/** "50%_off" → "50\%\_off": LIKE wildcards typed by a user are matched literally. */
function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

export function openDocumentReader(location: string): DocumentReader {
  if (/^postgres(ql)?:\/\//i.test(location)) return unavailableReader();
  const db = new Database(location, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const get = db.prepare(`SELECT ${SUMMARY}, text FROM documents WHERE id = ?`);
  const byPrefix = db.prepare('SELECT id FROM documents WHERE id >= @prefix AND id < @end ORDER BY id LIMIT @limit').pluck();
  // Each word must match the title, the source or the text; a fixed statement per word count.
  const statements = new Map<string, { count: Database.Statement; page: Database.Statement }>();
  const listStatements = (words: number, outlet: boolean) => {
    const key = `${words}:${outlet}`;
    let found = statements.get(key);
    if (!found) {
      const where = [
        ...Array.from({ length: words }, (_, i) =>
          `(title LIKE @w${i} ESCAPE '\\' OR source LIKE @w${i} ESCAPE '\\' OR text LIKE @w${i} ESCAPE '\\')`),
        ...(outlet ? ['outlet = @outlet COLLATE NOCASE'] : []),
      ];
      const clause = where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`;
      found = {
        count: db.prepare(`SELECT COUNT(*) FROM documents ${clause}`).pluck(),
        page: db.prepare(`SELECT ${SUMMARY} FROM documents ${clause}
          ORDER BY published IS NULL, published DESC, ingested_at DESC, id LIMIT @limit OFFSET @offset`),
      };
      statements.set(key, found);
    }
    return found;
  };
  return {
    async list(query) {
      const words = (query.q ?? '').split(/\s+/).filter(Boolean).slice(0, 8);
      const params: Record<string, string | number> = { limit: query.limit, offset: query.offset };
      words.forEach((word, i) => { params[`w${i}`] = `%${likeEscape(word)}%`; });
      if (query.outlet) params.outlet = query.outlet;
      const { count, page } = listStatements(words.length, query.outlet !== undefined);
      return { total: count.get(params) as number, items: page.all(params) as DocumentSummary[] };
    },
    async get(id) {
      return (get.get(id) as StoredDocument | undefined) ?? null;
    },
    async idsByPrefix(prefix, limit) {
      // Hex ids: the range [prefix, prefix + "g") holds exactly the ids that start with it.
      return byPrefix.all({ prefix, end: `${prefix}g`, limit }) as string[];
    },
    close() {
      if (db.open) db.close();
    },
  };
}

function unavailableReader(): DocumentReader {
  const refuse = async (): Promise<never> => {
    throw new HttpError(501, 'not_implemented', 'documents cannot be read from a PostgreSQL store yet — serve a SQLite database for the document and evidence views');
  };
  return { list: refuse, get: refuse, idsByPrefix: refuse, close() {} };
}

// What a database holds for each document, as one hash per document: its row and
// every fact that points to it (events, relations, mentions, roles). Two databases
// hold "the same document with all its facts" when the hashes are equal.
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

const FACT_TABLES = ['events', 'relations', 'mentions', 'roles'] as const;

export interface DigestOptions {
  /** Keep ingested_at in the hash (the same database before and after), or leave it out (two runs compared). */
  withIngestTime?: boolean;
}

/** source → hash of the document row and all its facts. */
export function documentDigests(path: string, options: DigestOptions = {}): Map<string, string> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const facts = FACT_TABLES.map((table) => db.prepare(`SELECT * FROM ${table} WHERE document_id = ?`));
    const out = new Map<string, string>();
    for (const row of db.prepare('SELECT * FROM documents ORDER BY id').all() as Record<string, unknown>[]) {
      const kept = options.withIngestTime ? row : { ...row, ingested_at: null };
      const hash = createHash('sha256').update(JSON.stringify(kept));
      FACT_TABLES.forEach((table, i) => {
        // Rows in a canonical order: insertion order is not part of the content.
        const rows = facts[i]!.all(row.id).map((r) => JSON.stringify(r)).sort();
        hash.update(`\n${table}:${rows.join('\n')}`);
      });
      out.set(String(row.source), hash.digest('hex'));
    }
    return out;
  } finally {
    db.close();
  }
}

/** "ok" checks SQLite runs on a database file: page structure, then foreign keys. */
export function integrity(path: string): { integrity: string; foreignKeyViolations: number } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    const foreignKeyViolations = (db.pragma('foreign_key_check') as unknown[]).length;
    return { integrity, foreignKeyViolations };
  } finally {
    db.close();
  }
}

/** Every entity as "id name kind": merging later documents may add aliases and parents, never rename. */
export function entityNames(path: string): Set<string> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return new Set((db.prepare('SELECT id, name, kind FROM entities').all() as { id: string; name: string; kind: string }[])
      .map((e) => `${e.id} ${e.name} ${e.kind}`));
  } finally {
    db.close();
  }
}

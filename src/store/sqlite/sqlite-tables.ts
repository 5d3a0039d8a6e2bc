// Whole tables of an SQLite store for `entente copy` (see ../tables.ts). SQLite keeps
// rows much as the canonical form has them; only the insertion order has to be
// asked for (rowid, or the primary key of the WITHOUT ROWID tables).
import Database from 'better-sqlite3';
import { TABLES, type Row, type StoreTables, type TableName } from '../tables.ts';

const BATCH_ROWS = 2000;
const WITHOUT_ROWID: Partial<Record<TableName, string>> = {
  mentions: 'document_id, entity_id',
  entity_resolution: 'entity_id',
  entity_ancestors: 'entity_id, depth',
  entity_lookup: 'key, entity_id',
};

export function openSqliteTables(path: string): StoreTables {
  const db = new Database(path, { fileMustExist: true });
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 10000');

  return {
    async *read(table) {
      const columns = TABLES[table].join(', ');
      const statement = db.prepare(`SELECT ${columns} FROM ${table} ORDER BY ${WITHOUT_ROWID[table] ?? 'rowid'}`).raw();
      let batch: Row[] = [];
      for (const row of statement.iterate() as Iterable<Row>) {
        batch.push(row);
        if (batch.length >= BATCH_ROWS) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    },
    async write(table, batches) {
      const columns = TABLES[table];
      const insert = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      let written = 0;
      // Batches arrive asynchronously, so the transaction is opened and closed by hand.
      db.exec('BEGIN IMMEDIATE');
      try {
        for await (const batch of batches) {
          for (const row of batch) insert.run(row);
          written += batch.length;
        }
        db.exec('COMMIT');
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
      return written;
    },
    async count(table) {
      return (db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number);
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

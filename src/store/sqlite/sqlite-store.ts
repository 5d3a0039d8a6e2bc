// The SQLite backend of Store (better-sqlite3): one file, WAL journal so readers
// never block the writer, foreign keys enforced, statements prepared once.
import Database from 'better-sqlite3';
import type { Store, StoreCounts, StoredDocInput, StoredEntity } from '../store.ts';
import { BANDS, fingerprintBands, fingerprintFromHex } from '../fingerprint-bands.ts';
import { ClosestFingerprint } from '../../clean/fingerprint.ts';
import { loadMigrations, migrate } from './migrate.ts';
import { prepareStatements } from './statements.ts';
import { saveItems } from './save-batch.ts';
import { WrittenEntities, entitiesOf } from '../written-entities.ts';
import { toDyadEventRow, type EventJoinRow } from './event-row.ts';
import { sqliteGraphMethods } from './graph-store.ts';
import { sqliteDocumentMethods } from './documents.ts';
import { errorMessage } from '../../error-message.ts';

/** How long a writer waits for another process's transaction before giving up. */
const BUSY_TIMEOUT_MS = 10_000;
/** Pages (4 KB) of WAL after which a commit copies it into the database file. */
const WAL_CHECKPOINT_PAGES = 10_000;

export function openSqliteStore(path: string): Store {
  const db = openDatabase(path);
  try {
    migrate(db, loadMigrations(), path);
  } catch (error) {
    db.close();
    throw error instanceof Database.SqliteError ? openError(path, error) : error;
  }
  return sqliteStore(db);
}

function openDatabase(path: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(path);
    // A file that is not SQLite only fails at its first read: this pragma.
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // In WAL mode NORMAL still keeps every committed transaction across a crash
    // of the process (SIGKILL); only a power loss may cost the last commits.
    db.pragma('synchronous = NORMAL');
    // Statement journals (every multi-row insert and trigger keeps one) in memory:
    // in a file they cost a system call per page touched, a fifth of a batch's CPU.
    db.pragma('temp_store = MEMORY');
    // Copy the WAL into the database every 40 MB rather than every 4: an index page
    // that many batches change is then written once per checkpoint, not once per
    // few batches (a batch is about 2 MB). The WAL file keeps that size on disk.
    db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    return db;
  } catch (error) {
    db?.close();
    throw openError(path, error);
  }
}

function openError(path: string, error: unknown): Error {
  const reason = errorMessage(error);
  return new Error(`cannot open database ${path}: ${reason} — check the path or pass --db`);
}

function sqliteStore(db: Database.Database): Store {
  const s = prepareStatements(db);
  const written = new WrittenEntities();
  const writeBatch = db.transaction((items: StoredDocInput[]) => {
    const ingestedAt = new Date().toISOString();
    saveItems(s, items, ingestedAt, written);
  });

  return {
    async hasDocument(id) {
      return s.hasDocument.get(id) !== undefined;
    },
    async findNearDuplicate(fp, maxDistance) {
      const [b0, b1, b2, b3] = fingerprintBands(fp);
      // The band index finds every match only below BANDS bits; beyond, scan.
      const candidates = (maxDistance < BANDS ? s.nearByBand.iterate({ b0, b1, b2, b3 }) : s.allOriginals.iterate()) as
        Iterable<{ id: string; fingerprint: string }>;
      const closest = new ClosestFingerprint(fp, maxDistance);
      for (const { id, fingerprint } of candidates) closest.consider(id, fingerprintFromHex(fingerprint));
      return closest.id;
    },
    async saveBatch(items) {
      // IMMEDIATE: take the write lock at BEGIN, so a concurrent writer waits
      // (busy_timeout) instead of failing half-way with SQLITE_BUSY.
      writeBatch.immediate(items);
      written.remember(entitiesOf(items));
    },
    async counts() {
      return s.counts.get() as StoreCounts;
    },
    async entity(id) {
      const row = s.entity.get(id) as Omit<StoredEntity, 'aliases'> | undefined;
      return row === undefined ? null : { ...row, aliases: s.entityAliases.all(id) as string[] };
    },
    async dyadEvents(a, b) {
      return (s.dyadEvents.all({ a, b }) as EventJoinRow[]).map(toDyadEventRow);
    },
    ...sqliteDocumentMethods(db),
    ...sqliteGraphMethods(db),
    async close() {
      if (db.open) db.close();
    },
  };
}

// Versioned schema migrations: numbered SQL files (001-initial.sql, 002-…) applied
// in order, each in its own transaction, and recorded in schema_migrations. A
// database already at the latest version is left untouched, so opening is cheap.
import type Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

/** The migrations shipped with this version of Entente, in version order. */
export function loadMigrations(dir: URL = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .map((file) => /^(\d+)-(.+)\.sql$/.exec(file))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([file, version, name]) => ({
      version: Number(version),
      name: name ?? '',
      sql: readFileSync(new URL(file, dir), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
}

/** Brings the database up to the latest migration; `label` names it in errors. */
export function migrate(db: Database.Database, migrations: Migration[], label: string): void {
  refuseForeignDatabase(db, label);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const latest = migrations.at(-1)?.version ?? 0;
  const currentVersion = (): number =>
    (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
  const current = currentVersion();
  if (current > latest) {
    throw new Error(
      `database ${label} has schema version ${current} but this Entente knows versions up to ${latest} — ` +
        'upgrade Entente, or pass --db with another file',
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    // IMMEDIATE takes the write lock first, and the version is read again under
    // it, so two processes opening a new database at once migrate it only once.
    db.transaction(() => {
      if (currentVersion() >= migration.version) return;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
}

/** An SQLite file with tables but no schema_migrations belongs to something else. */
function refuseForeignDatabase(db: Database.Database, label: string): void {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[])
    .map((row) => row.name);
  if (tables.length > 0 && !tables.includes('schema_migrations')) {
    throw new Error(`${label} is an SQLite database but not an Entente one — pass --db with another file`);
  }
}

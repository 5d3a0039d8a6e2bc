// Versioned schema migrations for PostgreSQL: numbered SQL files in ./migrations/
// (001-initial.sql, 002-graph.sql, the same versions as the SQLite ones), recorded in
// schema_migrations. Opening a database already at the latest version costs one
// query; otherwise the missing migrations are applied in one transaction under a lock,
// so that several processes opening a new database at once migrate it only once.
import { readdirSync, readFileSync } from 'node:fs';
import type { Sql } from './connect.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);
/** Any fixed number: the advisory lock taken while migrating. */
const MIGRATION_LOCK = 7_362_024_001;

export function loadMigrations(dir: URL = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .map((file) => /^(\d+)-(.+)\.sql$/.exec(file))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([file, version, name]) => ({ version: Number(version), name: name ?? '', sql: readFileSync(new URL(file, dir), 'utf8') }))
    .sort((a, b) => a.version - b.version);
}

/** Brings the database up to the latest migration; `label` (redacted URL) names it in errors. */
export async function migrate(sql: Sql, migrations: Migration[], label: string): Promise<void> {
  const latest = migrations.at(-1)?.version ?? 0;
  if ((await currentVersion(sql)) === latest) return;
  await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
    const tables = (await tx<{ name: string }[]>`SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema()`).map((row) => row.name);
    if (tables.length > 0 && !tables.includes('schema_migrations')) {
      throw new Error(`${label} is a PostgreSQL database but not an Entente one (it has other tables) — pass --db with another database`);
    }
    await tx`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)`;
    const [row] = await tx<{ v: number | null }[]>`SELECT MAX(version) AS v FROM schema_migrations`;
    const current = row?.v ?? 0;
    if (current > latest) {
      throw new Error(`database ${label} has schema version ${current} but this Entente knows versions up to ${latest} — ` +
        'upgrade Entente, or pass --db with another database');
    }
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      await tx.unsafe(migration.sql);
      await tx`INSERT INTO schema_migrations (version, name, applied_at) VALUES (${migration.version}, ${migration.name}, now())`;
    }
  });
}

/** The version recorded, or null when there is no schema_migrations table yet. */
async function currentVersion(sql: Sql): Promise<number | null> {
  const [exists] = await sql<{ t: string | null }[]>`SELECT to_regclass('schema_migrations')::text AS t`;
  if (!exists?.t) return null;
  const [row] = await sql<{ v: number | null }[]>`SELECT MAX(version) AS v FROM schema_migrations`;
  return row?.v ?? 0;
}

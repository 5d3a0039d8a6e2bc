// Whole tables of a store, the same on every backend: what `entente copy` reads from
// one store and writes into another, and what its checksums are computed over.
//
// A row travels as an array of plain values in the columns listed below, in one
// canonical form whatever the backend keeps: text, numbers and null; the SimHash
// as 16 hex digits, flags as 0/1, diagnostics as JSON text, times as ISO 8601 UTC.
// Columns a backend adds for itself (PostgreSQL's seq, SQLite's rowid) are not
// copied: rows are read and written in insertion order, so they come out the same.
import { createHash } from 'node:crypto';
import { isPostgresUrl } from './store.ts';

export type Value = string | number | null;
export type Row = Value[];

/** Every table, in an order in which writing them satisfies their foreign keys. */
export const TABLES = {
  documents: ['id', 'source', 'title', 'published', 'outlet', 'url', 'language', 'text', 'fingerprint',
    'fp_band0', 'fp_band1', 'fp_band2', 'fp_band3', 'duplicate_of', 'skipped', 'diagnostics', 'ingested_at'],
  entities: ['id', 'name', 'kind', 'parent'],
  entity_aliases: ['entity_id', 'alias'],
  roles: ['entity_id', 'title', 'of_id', 'from_date', 'to_date', 'document_id'],
  mentions: ['document_id', 'entity_id', 'spans'],
  events: ['document_id', 'id', 'type', 'mode', 'source', 'target', 'third', 'date_value', 'date_precision',
    'date_basis', 'amount_value', 'amount_currency', 'amount_per', 'amount_text', 'modality', 'negated',
    'attribution', 'evidence_text', 'evidence_start', 'evidence_end', 'confidence'],
  relations: ['document_id', 'type', 'source', 'target', 'role', 'since', 'evidence_text', 'evidence_start',
    'evidence_end', 'confidence'],
  corrections: ['id', 'action', 'entity_id', 'other_id', 'note', 'created_at'],
  entity_resolution: ['entity_id', 'canonical_id'],
  entity_ancestors: ['entity_id', 'ancestor_id', 'depth', 'via'],
  entity_lookup: ['key', 'entity_id', 'rank'],
  resolution_state: ['id', 'stamp', 'computed_at'],
} as const satisfies Record<string, readonly string[]>;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export interface StoreTables {
  /** Rows in insertion order, a batch at a time. */
  read(table: TableName): AsyncIterable<Row[]>;
  /** Appends every row of `batches` in ONE transaction; returns how many were written. */
  write(table: TableName, batches: AsyncIterable<Row[]>): Promise<number>;
  count(table: TableName): Promise<number>;
  close(): Promise<void>;
}

/** Opens the tables of an existing store (openStore first creates and migrates it). */
export async function openTables(location: string): Promise<StoreTables> {
  if (isPostgresUrl(location)) {
    const { openPostgresTables } = await import('./postgres/postgres-tables.ts');
    return openPostgresTables(location);
  }
  const { openSqliteTables } = await import('./sqlite/sqlite-tables.ts');
  return openSqliteTables(location);
}

export interface TableDigest {
  rows: number;
  /** Independent of row order: the sum of every row's hash, 64 bits in hex. */
  checksum: string;
}

/** Row count and checksum of one table, read through `tables`. */
export async function digestTable(tables: StoreTables, table: TableName): Promise<TableDigest> {
  let rows = 0;
  let sum = 0n;
  for await (const batch of tables.read(table)) {
    for (const row of batch) {
      rows++;
      sum = (sum + createHash('sha256').update(JSON.stringify(row)).digest().readBigUInt64BE(0)) & 0xffff_ffff_ffff_ffffn;
    }
  }
  return { rows, checksum: sum.toString(16).padStart(16, '0') };
}

// Whole tables of a PostgreSQL store for `entente copy` (see ../tables.ts): rows read
// with a cursor in insertion order (seq where the table has one) and turned into the
// canonical form; written back with json_populate_recordset, one transaction a table.
import { fingerprintFromHex, fingerprintToHex } from '../fingerprint-bands.ts';
import { TABLES, type Row, type StoreTables, type TableName, type Value } from '../tables.ts';
import { connect, openError } from './connect.ts';

const BATCH_ROWS = 2000;
/** How each table is read in insertion order. */
const ORDER: Record<TableName, string> = {
  documents: 'seq', entities: 'id', entity_aliases: 'seq', roles: 'seq', mentions: 'entity_id, document_id',
  events: 'seq', relations: 'seq', corrections: 'id', entity_resolution: 'entity_id', entity_ancestors: 'entity_id, depth',
  entity_lookup: 'key, entity_id', resolution_state: 'id',
};

/** Columns whose PostgreSQL type differs from the canonical value, both ways. */
const CONVERT: Record<string, { out: (v: unknown) => Value; in: (v: Value) => unknown }> = {
  fingerprint: {
    out: (v) => fingerprintToHex(BigInt.asUintN(64, v as bigint)),
    in: (v) => BigInt.asIntN(64, fingerprintFromHex(String(v))).toString(),
  },
  negated: { out: (v) => (v ? 1 : 0), in: (v) => v === 1 },
  diagnostics: { out: (v) => JSON.stringify(v), in: (v) => JSON.parse(String(v)) as unknown },
  ingested_at: { out: (v) => (v as Date).toISOString(), in: (v) => v },
  created_at: { out: (v) => (v as Date).toISOString(), in: (v) => v },
  computed_at: { out: (v) => (v as Date).toISOString(), in: (v) => v },
  id: { out: (v) => (typeof v === 'bigint' ? Number(v) : (v as Value)), in: (v) => v },
};

export async function openPostgresTables(url: string): Promise<StoreTables> {
  const sql = connect(url, 2);
  try {
    await sql`SELECT 1`;
  } catch (error) {
    await sql.end({ timeout: 1 });
    throw openError(url, error);
  }

  return {
    async *read(table) {
      const columns = TABLES[table];
      const convert = columns.map((c) => CONVERT[c]?.out);
      const cursor = sql.unsafe(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY ${ORDER[table]}`).values().cursor(BATCH_ROWS);
      for await (const rows of cursor) {
        yield rows.map((row) => (row as unknown[]).map((value, i) => {
          const out = convert[i];
          return value === null || out === undefined ? (value as Value) : out(value);
        }));
      }
    },
    async write(table, batches) {
      const columns = TABLES[table];
      const list = columns.join(', ');
      return sql.begin(async (tx) => {
        let written = 0;
        for await (const batch of batches) {
          const objects = batch.map((row) => Object.fromEntries(columns.map((c, i) => {
            const value = row[i] ?? null;
            const convert = CONVERT[c]?.in;
            return [c, value === null || convert === undefined ? value : convert(value)];
          })));
          // The corrections' ids are kept: OVERRIDING so that the identity takes them.
          await tx.unsafe(`INSERT INTO ${table} (${list}) ${table === 'corrections' ? 'OVERRIDING SYSTEM VALUE' : ''}
            SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::text::json) WITH ORDINALITY AS x
            ORDER BY x.ordinality`, [JSON.stringify(objects)]);
          written += batch.length;
        }
        if (table === 'corrections') {
          await tx`SELECT setval(pg_get_serial_sequence('corrections', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM corrections`;
        }
        // New documents: the stored resolution is out of date (see resolutionStamp).
        if (table === 'documents' && written > 0) await tx`UPDATE store_state SET documents_version = documents_version + 1`;
        return written;
      });
    },
    async count(table) {
      const [row] = await sql.unsafe<{ n: number }[]>(`SELECT COUNT(*)::int AS n FROM ${table}`);
      return row!.n;
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}

// The PostgreSQL backend of Store (postgres.js): the schema of ./migrations/ (the
// same tables as SQLite's), batches written in one transaction of a few set-based
// statements (save-batch.ts), and claims so that several ingest processes on one or
// several machines share a database (claims.ts).
import { redactLocation, type Store, type StoreCounts, type StoredEntity } from '../store.ts';
import { BANDS, fingerprintBands } from '../fingerprint-bands.ts';
import { ClosestFingerprint } from '../../clean/fingerprint.ts';
import { WrittenEntities } from '../written-entities.ts';
import { toDyadEventRow, type EventJoinRow } from '../sqlite/event-row.ts';
import { connect, openError, type Sql } from './connect.ts';
import { loadMigrations, migrate } from './migrate.ts';
import { saveBatchWithRetry } from './save-batch.ts';
import { postgresGraphMethods } from './graph-store.ts';
import { postgresDocumentMethods } from './documents.ts';
import { Claims } from './claims.ts';
import { EVENT_ORDER, EVENT_SELECT } from './event-columns.ts';

export async function openPostgresStore(url: string): Promise<Store> {
  const sql = connect(url);
  try {
    await migrate(sql, loadMigrations(), redactLocation(url));
  } catch (error) {
    await sql.end({ timeout: 1 });
    // Errors of our own (not an Entente database, too new) already say what to do.
    throw error instanceof Error && !('code' in error) ? error : openError(url, error);
  }
  return postgresStore(sql, url);
}

function postgresStore(sql: Sql, url: string): Store {
  let claims: Claims | null = null;
  const written = new WrittenEntities();
  const hasDocument = async (id: string) => (await sql`SELECT 1 FROM documents WHERE id = ${id}`).length > 0;
  const claimsFor = (): Claims => {
    // Claims need connections of their own (claims.ts): opened on the first claim.
    claims ??= new Claims(sql, () => connect(url, 1), hasDocument);
    return claims;
  };
  let closed = false;

  return {
    hasDocument,
    async findNearDuplicate(fp, maxDistance) {
      const [b0, b1, b2, b3] = fingerprintBands(fp);
      const closest = new ClosestFingerprint(fp, maxDistance);
      const consider = (rows: readonly { id: string; fingerprint: bigint }[]) => {
        for (const { id, fingerprint } of rows) closest.consider(id, fingerprint);
      };
      // Only originals are candidates; the band index finds every match only below BANDS bits.
      if (maxDistance < BANDS) {
        consider(await sql<{ id: string; fingerprint: bigint }[]>`SELECT id, fingerprint FROM documents
          WHERE duplicate_of IS NULL AND (fp_band0 = ${b0!} OR fp_band1 = ${b1!} OR fp_band2 = ${b2!} OR fp_band3 = ${b3!})`);
      } else {
        await sql<{ id: string; fingerprint: bigint }[]>`SELECT id, fingerprint FROM documents WHERE duplicate_of IS NULL`
          .cursor(1000, (rows) => consider(rows));
      }
      return closest.id;
    },
    async saveBatch(items) {
      const stored = await saveBatchWithRetry(sql, items, written);
      if (claims !== null) {
        claims.rotate();
        // Every document of the batch is in the store now, by this process or another.
        await claims.finish(items.map((item) => item.doc.id).concat(stored));
      }
      return new Set(stored);
    },
    async claimDocument(id, options) {
      return claimsFor().claim(id, options?.wait === true);
    },
    async releaseDocument(id) {
      await claims?.finish([id]);
    },
    async counts() {
      const [row] = await sql<StoreCounts[]>`SELECT
        (SELECT COUNT(*) FROM documents)::int AS documents,
        (SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL)::int AS duplicates,
        (SELECT COUNT(*) FROM entities)::int AS entities,
        (SELECT COUNT(*) FROM events)::int AS events,
        (SELECT COUNT(*) FROM relations)::int AS relations`;
      return row!;
    },
    async entity(id) {
      const [row] = await sql<Omit<StoredEntity, 'aliases'>[]>`SELECT id, name, kind, parent FROM entities WHERE id = ${id}`;
      if (row === undefined) return null;
      const aliases = await sql<{ alias: string }[]>`SELECT alias FROM entity_aliases WHERE entity_id = ${id} ORDER BY seq`;
      return { ...row, aliases: aliases.map((a) => a.alias) };
    },
    async dyadEvents(a, b) {
      const rows = await sql.unsafe<EventJoinRow[]>(`SELECT ${EVENT_SELECT}
        FROM events e JOIN documents d ON d.id = e.document_id
        WHERE (e.source = $1 AND e.target = $2) OR (e.source = $2 AND e.target = $1)
        ${EVENT_ORDER}`, [a, b]);
      return rows.map(toDyadEventRow);
    },
    ...postgresDocumentMethods(sql),
    ...postgresGraphMethods(sql),
    async close() {
      if (closed) return;
      closed = true;
      try {
        await (claims as Claims | null)?.close();
      } finally {
        await sql.end({ timeout: 5 });
      }
    },
  };
}

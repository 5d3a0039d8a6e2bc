// The graph half of the PostgreSQL Store: resolution tables, corrections and the
// queries of src/graph, with the same SQL shapes as ../sqlite/graph-statements.ts
// (lists of ids as text[] arrays: `x = ANY($1)` probes the index on x per id).
// SQLite sorts NULL first, PostgreSQL last: NULLS FIRST keeps the orders equal.
import type { Store, StoredEntity } from '../store.ts';
import type { Correction, Descendant, ResolvedId, RoleRecord } from '../graph-types.ts';
import type { EntityKind } from '../../contract.ts';
import { toRelationRow, type RelationJoinRow } from '../sqlite/event-row.ts';
import type { Sql } from './connect.ts';
import { queryEvents } from './events-query.ts';
import { RELATION_ORDER, RELATION_SELECT } from './event-columns.ts';
import { counterparts, foldProfileTotals, roleTotals, seen, settleProfileTotals } from './profile-totals.ts';

type GraphMethods = Omit<Store, 'hasDocument' | 'findNearDuplicate' | 'saveBatch' | 'counts' | 'entity' | 'dyadEvents' | 'close'
  | 'document' | 'documents' | 'documentIdsWithPrefix'>;
type EntityRow = Omit<StoredEntity, 'aliases'>;
type AliasRow = { entity: string; alias: string };
type CorrectionRow = Omit<Correction, 'createdAt'> & { createdAt: Date };

export function postgresGraphMethods(sql: Sql): GraphMethods {
  const withAliases = (rows: EntityRow[], aliasRows: AliasRow[]): StoredEntity[] => {
    const aliases = new Map<string, string[]>();
    for (const { entity, alias } of aliasRows) aliases.set(entity, [...(aliases.get(entity) ?? []), alias]);
    return rows.map((row) => ({ ...row, aliases: aliases.get(row.id) ?? [] }));
  };
  const corrections = async (): Promise<Correction[]> =>
    (await sql<CorrectionRow[]>`SELECT id::int AS id, action, entity_id AS entity, other_id AS other, note, created_at AS "createdAt"
      FROM corrections ORDER BY id`).map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));

  return {
    async resolutionInputs() {
      const [entities, aliases, roles] = await Promise.all([
        sql<EntityRow[]>`SELECT id, name, kind, parent FROM entities ORDER BY id`,
        sql<AliasRow[]>`SELECT entity_id AS entity, alias FROM entity_aliases ORDER BY seq`,
        sql<{ entity: string; title: string; of: string | null; documents: number }[]>`
          SELECT entity_id AS entity, title, of_id AS "of", COUNT(DISTINCT document_id)::int AS documents
          FROM roles GROUP BY entity_id, title, of_id ORDER BY entity_id, title, of_id NULLS FIRST`,
      ]);
      return { entities: withAliases([...entities], [...aliases]), roles: [...roles], corrections: await corrections() };
    },
    async resolutionStamp() {
      // documents_version grows with every committed batch of documents; correction ids
      // are never reused, and their count catches deletions.
      const [row] = await sql<{ current: string; saved: string | null; queued: boolean }[]>`SELECT
        (SELECT documents_version FROM store_state WHERE id = 1) || ':' ||
        (SELECT COALESCE(MAX(id), 0) FROM corrections) || ':' || (SELECT COUNT(*) FROM corrections) AS current,
        (SELECT stamp FROM resolution_state WHERE id = 1) AS saved,
        EXISTS (SELECT 1 FROM profile_totals_pending) AS queued`;
      return { current: row!.current, saved: row!.saved, queued: row!.queued };
    },
    async saveResolution(resolution, stamp) {
      await sql.begin(async (tx) => {
        // One writer at a time (two processes may both find the resolution stale);
        // readers are not blocked and see the old resolution until the commit.
        await tx`LOCK TABLE entity_resolution IN SHARE ROW EXCLUSIVE MODE`;
        await tx`DELETE FROM entity_resolution`;
        await tx`DELETE FROM entity_ancestors`;
        await tx`DELETE FROM entity_lookup`;
        await tx`INSERT INTO entity_resolution (entity_id, canonical_id)
          SELECT entity, canonical FROM json_to_recordset(${JSON.stringify(resolution.canonical)}::text::json) AS x(entity text, canonical text)`;
        await tx`INSERT INTO entity_ancestors (entity_id, ancestor_id, depth, via)
          SELECT entity, ancestor, depth, via FROM json_to_recordset(${JSON.stringify(resolution.ancestors)}::text::json)
            AS x(entity text, ancestor text, depth int, via text)`;
        await tx`INSERT INTO entity_lookup (key, entity_id, rank)
          SELECT key, entity, rank FROM json_to_recordset(${JSON.stringify(resolution.lookup)}::text::json) AS x(key text, entity text, rank int)
          ON CONFLICT (key, entity_id) DO NOTHING`;
        await foldProfileTotals(tx);
        await tx`INSERT INTO resolution_state (id, stamp, computed_at) VALUES (1, ${stamp}, now())
          ON CONFLICT (id) DO UPDATE SET stamp = excluded.stamp, computed_at = excluded.computed_at`;
      });
      await settleProfileTotals(sql);
    },
    async addCorrection(input) {
      const [row] = await sql<{ id: number; createdAt: Date }[]>`INSERT INTO corrections (action, entity_id, other_id, note, created_at)
        VALUES (${input.action}, ${input.entity}, ${input.other}, ${input.note}, now())
        RETURNING id::int AS id, created_at AS "createdAt"`;
      return { ...input, id: row!.id, createdAt: row!.createdAt.toISOString() };
    },
    corrections,
    async removeCorrection(id) {
      return (await sql`DELETE FROM corrections WHERE id = ${id}`).count > 0;
    },
    async lookupEntities(keys) {
      return [...await sql<{ id: string; rank: number }[]>`SELECT entity_id AS id, MIN(rank) AS rank FROM entity_lookup
        WHERE key = ANY(${keys}::text[]) GROUP BY entity_id ORDER BY rank, entity_id`];
    },
    async resolvedIds(list) {
      const rows = list === undefined
        ? await sql<ResolvedId[]>`SELECT r.entity_id AS id, r.canonical_id AS canonical,
            ARRAY(SELECT ancestor_id FROM entity_ancestors a WHERE a.entity_id = r.canonical_id ORDER BY depth) AS ancestors
          FROM entity_resolution r ORDER BY r.entity_id`
        : await sql<ResolvedId[]>`SELECT r.entity_id AS id, r.canonical_id AS canonical,
            ARRAY(SELECT ancestor_id FROM entity_ancestors a WHERE a.entity_id = r.canonical_id ORDER BY depth) AS ancestors
          FROM entity_resolution r WHERE r.entity_id = ANY(${list}::text[])`;
      return [...rows];
    },
    async descendants(id) {
      // A descendant's `via` is the link from it to the next one up its own chain.
      return [...await sql<Descendant[]>`SELECT a.entity_id AS id, a.depth,
          (SELECT via FROM entity_ancestors b WHERE b.entity_id = a.entity_id AND b.depth = 1) AS via
        FROM entity_ancestors a WHERE a.ancestor_id = ${id} AND a.depth > 0 ORDER BY a.depth, a.entity_id`];
    },
    async memberIds(canonicalIds) {
      return (await sql<{ id: string }[]>`SELECT entity_id AS id FROM entity_resolution
        WHERE canonical_id = ANY(${canonicalIds}::text[]) ORDER BY entity_id`).map((row) => row.id);
    },
    async entities(list) {
      const [rows, aliases] = await Promise.all([
        sql<{ id: string; name: string; kind: EntityKind; parent: string | null }[]>`SELECT id, name, kind, parent FROM entities
          WHERE id = ANY(${list}::text[])`,
        sql<AliasRow[]>`SELECT entity_id AS entity, alias FROM entity_aliases WHERE entity_id = ANY(${list}::text[]) ORDER BY seq`,
      ]);
      const byId = new Map(withAliases([...rows], [...aliases]).map((e) => [e.id, e]));
      return list.flatMap((id) => byId.get(id) ?? []);
    },
    async events(query) {
      return queryEvents(sql, query);
    },
    async relations(list) {
      const rows = list === undefined
        ? await sql.unsafe<RelationJoinRow[]>(`SELECT ${RELATION_SELECT}
            FROM relations r JOIN documents d ON d.id = r.document_id ${RELATION_ORDER}`)
        : await sql.unsafe<RelationJoinRow[]>(`SELECT ${RELATION_SELECT}
            FROM relations r JOIN documents d ON d.id = r.document_id
            WHERE r.source = ANY($1::text[]) OR r.target = ANY($1::text[]) ${RELATION_ORDER}`, [list]);
      return rows.map(toRelationRow);
    },
    async roles(list) {
      return [...await sql<RoleRecord[]>`SELECT r.entity_id AS entity, r.title, r.of_id AS "of", r.from_date AS "from",
          r.to_date AS "to", r.document_id AS "documentId", d.published
        FROM roles r JOIN documents d ON d.id = r.document_id WHERE r.entity_id = ANY(${list}::text[])
        ORDER BY d.published IS NULL, d.published, r.document_id, r.seq`];
    },
    async counterparts(list) {
      return counterparts(sql, list);
    },
    async seen(list) {
      return seen(sql, list);
    },
    async roleTotals(list) {
      return roleTotals(sql, list);
    },
  };
}

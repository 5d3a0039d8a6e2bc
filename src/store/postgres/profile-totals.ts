// The totals behind Store.counterparts, Store.seen and Store.roleTotals (migrations/004-profile-totals.sql),
// as in ../sqlite/profile-totals.ts: folding the queued documents into them, and
// reading them with what is still queued. Each read is one statement, so it sees the
// queue and the totals of one snapshot: before a fold commits or after, never between.
import type { CounterpartRow, RoleTotal, SeenSummary } from '../graph-types.ts';
import { counterpartRows, roleTotalRows, type PackedRow } from '../profile-totals.ts';
import type { Sql, TransactionSql } from './connect.ts';

/** Both ends of every event of the documents in `queue`, each entity with its counterpart; `only(column)` narrows them. */
const queuedEnds = (queue: string, only: (column: string) => string) => `
  SELECT e.source AS actor, e.target AS counterpart, e.type, (e.negated OR e.modality = 'denied') AS negated, e.date_value
  FROM ${queue} q JOIN events e ON e.document_id = q.document_id
  WHERE e.target IS NOT NULL ${only('e.source')}
  UNION ALL
  SELECT e.target, e.source, e.type, (e.negated OR e.modality = 'denied'), e.date_value
  FROM ${queue} q JOIN events e ON e.document_id = q.document_id
  WHERE e.target IS NOT NULL ${only('e.target')}`;

/** The roles stated in the documents of `queue`, per entity, title and office ('' for none); `only` narrows them. */
const queuedRoles = (queue: string, only: string) => `
  SELECT r.entity_id, r.title, COALESCE(r.of_id, '') AS of_id, MIN(COALESCE(r.from_date, d.published)) AS from_date,
    MAX(COALESCE(r.to_date, d.published)) AS to_date, COUNT(DISTINCT r.document_id)::int AS documents
  FROM ${queue} q JOIN roles r ON r.document_id = q.document_id JOIN documents d ON d.id = r.document_id
  WHERE true ${only}
  GROUP BY r.entity_id, r.title, COALESCE(r.of_id, '')`;

// One fold at a time: saveResolution locks the resolution tables first. A mentions row
// is one document and entity (migrations/005-packed-mentions.sql): one row, one document.
const FOLD = `
  WITH folded AS (DELETE FROM profile_totals_pending RETURNING document_id),
  counted AS (
    INSERT INTO entity_counterparts AS t (entity_id, counterpart_id, type, negated, events, first_date, last_date)
    SELECT actor, counterpart, type, negated, COUNT(*)::int, MIN(date_value), MAX(date_value)
    FROM (${queuedEnds('folded', () => '')}) ends
    GROUP BY actor, counterpart, type, negated
    ON CONFLICT (entity_id, counterpart_id, type, negated) DO UPDATE SET
      events = t.events + excluded.events,
      first_date = LEAST(t.first_date, excluded.first_date),
      last_date = GREATEST(t.last_date, excluded.last_date)),
  roles_counted AS (
    INSERT INTO entity_roles AS t (entity_id, title, of_id, from_date, to_date, documents)
    SELECT * FROM (${queuedRoles('folded', '')}) queued
    ON CONFLICT (entity_id, title, of_id) DO UPDATE SET
      documents = t.documents + excluded.documents,
      from_date = LEAST(t.from_date, excluded.from_date),
      to_date = GREATEST(t.to_date, excluded.to_date))
  INSERT INTO entity_seen AS t (entity_id, documents, first_published, last_published)
  SELECT m.entity_id, COUNT(*)::int, MIN(d.published), MAX(d.published)
  FROM folded f JOIN mentions m ON m.document_id = f.document_id JOIN documents d ON d.id = f.document_id
  GROUP BY m.entity_id
  ON CONFLICT (entity_id) DO UPDATE SET
    documents = t.documents + excluded.documents,
    first_published = LEAST(t.first_published, excluded.first_published),
    last_published = GREATEST(t.last_published, excluded.last_published)`;

const COUNTERPARTS = `
  SELECT entity_id AS actor, counterpart_id AS counterpart, string_agg(type || ':' || negated::int || ':' || events, ',') AS counts,
    MIN(first_date) AS first, MAX(last_date) AS last, false AS pending
  FROM entity_counterparts WHERE entity_id = ANY($1::text[])
  GROUP BY entity_id, counterpart_id
  UNION ALL
  SELECT actor, counterpart, string_agg(type || ':' || negated::int || ':' || events, ','), MIN(first), MAX(last), true
  FROM (SELECT actor, counterpart, type, negated, COUNT(*) AS events, MIN(date_value) AS first, MAX(date_value) AS last
    FROM (${queuedEnds('profile_totals_pending', (column) => `AND ${column} = ANY($1::text[])`)}) ends
    GROUP BY actor, counterpart, type, negated) queued
  GROUP BY actor, counterpart`;

const ROLE_TOTALS = `
  SELECT entity_id AS entity, title, NULLIF(of_id, '') AS "of", from_date AS "from", to_date AS "to", documents, pending
  FROM (SELECT *, false AS pending FROM entity_roles WHERE entity_id = ANY($1::text[])
    UNION ALL
    SELECT *, true FROM (${queuedRoles('profile_totals_pending', 'AND r.entity_id = ANY($1::text[])')}) queued) roles`;

// Documents are counted once however many of the ids they mention: totals per entity
// add up only for one id, so several ids are counted from the mentions.
const SEEN_ONE = `
  SELECT (COALESCE(s.documents, 0) + q.documents)::int AS documents,
    LEAST(s.first_published, q.first) AS "firstPublished", GREATEST(s.last_published, q.last) AS "lastPublished"
  FROM (SELECT COUNT(*) AS documents, MIN(d.published) AS first, MAX(d.published) AS last
    FROM profile_totals_pending p JOIN documents d ON d.id = p.document_id
    WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = p.document_id AND m.entity_id = $1)) q
  LEFT JOIN entity_seen s ON s.entity_id = $1`;
const SEEN_MANY = `
  SELECT COUNT(*)::int AS documents, MIN(published) AS "firstPublished", MAX(published) AS "lastPublished"
  FROM documents WHERE id IN (SELECT document_id FROM mentions WHERE entity_id = ANY($1::text[]))`;

/** Folds the queued documents into the totals; run inside the resolution's transaction. */
export async function foldProfileTotals(tx: TransactionSql): Promise<void> {
  await tx.unsafe(FOLD);
}

/**
 * Run after a fold has committed (VACUUM cannot run in a transaction). Until autovacuum
 * comes by, up to a minute later, the planner would take the emptied queue for the
 * documents it held (and join an actor's 10⁵ mentions to it: 100–400 ms a profile),
 * and the totals' index would send every read to the heap pages the fold rewrote.
 */
export async function settleProfileTotals(sql: Sql): Promise<void> {
  await sql`VACUUM (ANALYZE) profile_totals_pending, entity_counterparts, entity_seen, entity_roles`;
}

export async function counterparts(sql: Sql, ids: readonly string[]): Promise<CounterpartRow[]> {
  return counterpartRows(await sql.unsafe<PackedRow[]>(COUNTERPARTS, [ids as string[]]));
}

export async function roleTotals(sql: Sql, ids: readonly string[]): Promise<RoleTotal[]> {
  return roleTotalRows(await sql.unsafe<(RoleTotal & { pending: boolean })[]>(ROLE_TOTALS, [ids as string[]]));
}

export async function seen(sql: Sql, ids: readonly string[]): Promise<SeenSummary> {
  const distinct = [...new Set(ids)];
  const [row] = distinct.length === 1
    ? await sql.unsafe<SeenSummary[]>(SEEN_ONE, [distinct[0]!])
    : await sql.unsafe<SeenSummary[]>(SEEN_MANY, [distinct]);
  return row!;
}

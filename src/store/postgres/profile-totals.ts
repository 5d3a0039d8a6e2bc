// The totals behind Store.counterparts and Store.seen (migrations/004-profile-totals.sql),
// as in ../sqlite/profile-totals.ts: folding the queued documents into them, and
// reading them with what is still queued. Each read is one statement, so it sees the
// queue and the totals of one snapshot: before a fold commits or after, never between.
import type { SeenSummary } from '../graph-types.ts';
import { withPending, type TotalsRow } from '../profile-totals.ts';
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

// One fold at a time: saveResolution locks the resolution tables first.
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
      last_date = GREATEST(t.last_date, excluded.last_date))
  INSERT INTO entity_seen AS t (entity_id, documents, first_published, last_published)
  SELECT m.entity_id, COUNT(DISTINCT m.document_id)::int, MIN(d.published), MAX(d.published)
  FROM folded f JOIN mentions m ON m.document_id = f.document_id JOIN documents d ON d.id = f.document_id
  GROUP BY m.entity_id
  ON CONFLICT (entity_id) DO UPDATE SET
    documents = t.documents + excluded.documents,
    first_published = LEAST(t.first_published, excluded.first_published),
    last_published = GREATEST(t.last_published, excluded.last_published)`;

const COUNTERPARTS = `
  SELECT entity_id AS actor, counterpart_id AS counterpart, type, negated, events AS count,
    first_date AS first, last_date AS last, false AS pending
  FROM entity_counterparts WHERE entity_id = ANY($1::text[])
  UNION ALL
  SELECT actor, counterpart, type, negated, COUNT(*)::int, MIN(date_value), MAX(date_value), true
  FROM (${queuedEnds('profile_totals_pending', (column) => `AND ${column} = ANY($1::text[])`)}) ends
  GROUP BY actor, counterpart, type, negated`;

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

export async function counterparts(sql: Sql, ids: readonly string[]) {
  return withPending([...await sql.unsafe<TotalsRow[]>(COUNTERPARTS, [ids as string[]])]);
}

export async function seen(sql: Sql, ids: readonly string[]): Promise<SeenSummary> {
  const distinct = [...new Set(ids)];
  const [row] = distinct.length === 1
    ? await sql.unsafe<SeenSummary[]>(SEEN_ONE, [distinct[0]!])
    : await sql.unsafe<SeenSummary[]>(SEEN_MANY, [distinct]);
  return row!;
}

// The totals behind Store.counterparts, Store.seen and Store.roleTotals (migrations/004-profile-totals.sql):
// folding the queued documents into them, and reading them with what is still queued.
import type Database from 'better-sqlite3';
import type { CounterpartRow, RoleTotal, SeenSummary } from '../graph-types.ts';
import { counterpartRows, roleTotalRows, type PackedRow } from '../profile-totals.ts';

const IDS = '(SELECT value FROM json_each(@ids))';

/**
 * Both ends of every event of the queued documents, each entity with its counterpart;
 * `only(column)` narrows them. CROSS JOIN keeps SQLite starting from the queue (empty,
 * or a batch or two), not from an actor's 10⁵ events.
 */
const queuedEnds = (only: (column: string) => string) => `
  SELECT e.source AS actor, e.target AS counterpart, e.type, (e.negated = 1 OR e.modality = 'denied') AS negated, e.date_value
  FROM profile_totals_pending p CROSS JOIN events e ON e.document_id = p.document_id
  WHERE e.target IS NOT NULL ${only('e.source')}
  UNION ALL
  SELECT e.target, e.source, e.type, (e.negated = 1 OR e.modality = 'denied'), e.date_value
  FROM profile_totals_pending p CROSS JOIN events e ON e.document_id = p.document_id
  WHERE e.target IS NOT NULL ${only('e.target')}`;

/** The roles stated in the queued documents, per entity, title and office ('' for none); `only` narrows them. */
const queuedRoles = (only: string) => `
  SELECT r.entity_id, r.title, COALESCE(r.of_id, '') AS of_id, MIN(COALESCE(r.from_date, d.published)) AS from_date,
    MAX(COALESCE(r.to_date, d.published)) AS to_date, COUNT(DISTINCT r.document_id) AS documents
  FROM profile_totals_pending p CROSS JOIN roles r ON r.document_id = p.document_id JOIN documents d ON d.id = r.document_id
  WHERE true ${only}
  GROUP BY r.entity_id, r.title, COALESCE(r.of_id, '')`;

/** SQLite's two-argument min() and max() are NULL when either is: the other one then. */
const least = (a: string, b: string) => `COALESCE(min(${a}, ${b}), ${a}, ${b})`;
const greatest = (a: string, b: string) => `COALESCE(max(${a}, ${b}), ${a}, ${b})`;

export function profileTotals(db: Database.Database) {
  const foldCounterparts = db.prepare(`
    INSERT INTO entity_counterparts (entity_id, counterpart_id, type, negated, events, first_date, last_date)
    SELECT actor, counterpart, type, negated, COUNT(*), MIN(date_value), MAX(date_value)
    FROM (${queuedEnds(() => '')}) WHERE true
    GROUP BY actor, counterpart, type, negated
    ON CONFLICT (entity_id, counterpart_id, type, negated) DO UPDATE SET
      events = events + excluded.events,
      first_date = ${least('first_date', 'excluded.first_date')},
      last_date = ${greatest('last_date', 'excluded.last_date')}`);
  // A mentions row is one document and entity (migrations/005-packed-mentions.sql): one row, one document.
  const foldSeen = db.prepare(`
    INSERT INTO entity_seen (entity_id, documents, first_published, last_published)
    SELECT m.entity_id, COUNT(*), MIN(d.published), MAX(d.published)
    FROM profile_totals_pending p CROSS JOIN mentions m ON m.document_id = p.document_id
      JOIN documents d ON d.id = m.document_id
    WHERE true GROUP BY m.entity_id
    ON CONFLICT (entity_id) DO UPDATE SET
      documents = documents + excluded.documents,
      first_published = ${least('first_published', 'excluded.first_published')},
      last_published = ${greatest('last_published', 'excluded.last_published')}`);
  const foldRoles = db.prepare(`
    INSERT INTO entity_roles (entity_id, title, of_id, from_date, to_date, documents)
    SELECT * FROM (${queuedRoles('')}) WHERE true
    ON CONFLICT (entity_id, title, of_id) DO UPDATE SET
      documents = documents + excluded.documents,
      from_date = ${least('from_date', 'excluded.from_date')},
      to_date = ${greatest('to_date', 'excluded.to_date')}`);
  const clearQueue = db.prepare('DELETE FROM profile_totals_pending');
  const counterparts = db.prepare(`
    SELECT entity_id AS actor, counterpart_id AS counterpart, group_concat(type || ':' || negated || ':' || events) AS counts,
      MIN(first_date) AS first, MAX(last_date) AS last, 0 AS pending
    FROM entity_counterparts WHERE entity_id IN ${IDS}
    GROUP BY entity_id, counterpart_id
    UNION ALL
    SELECT actor, counterpart, group_concat(type || ':' || negated || ':' || events), MIN(first), MAX(last), 1
    FROM (SELECT actor, counterpart, type, negated, COUNT(*) AS events, MIN(date_value) AS first, MAX(date_value) AS last
      FROM (${queuedEnds((column) => `AND ${column} IN ${IDS}`)})
      GROUP BY actor, counterpart, type, negated)
    GROUP BY actor, counterpart`);
  const roleTotals = db.prepare(`
    SELECT entity_id AS entity, title, NULLIF(of_id, '') AS "of", from_date AS "from", to_date AS "to", documents, pending
    FROM (SELECT *, 0 AS pending FROM entity_roles WHERE entity_id IN ${IDS}
      UNION ALL
      SELECT *, 1 FROM (${queuedRoles(`AND r.entity_id IN ${IDS}`)}))`);
  // Documents are counted once however many of the ids they mention: totals per
  // entity add up only for one id, so several ids are counted from the mentions.
  const seenOne = db.prepare(`
    SELECT COALESCE(s.documents, 0) + q.documents AS documents,
      ${least('s.first_published', 'q.first')} AS firstPublished,
      ${greatest('s.last_published', 'q.last')} AS lastPublished
    FROM (SELECT COUNT(*) AS documents, MIN(d.published) AS first, MAX(d.published) AS last
      FROM profile_totals_pending p CROSS JOIN documents d ON d.id = p.document_id
      WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = p.document_id AND m.entity_id = @id)) q
    LEFT JOIN entity_seen s ON s.entity_id = @id`);
  const seenMany = db.prepare(`SELECT COUNT(*) AS documents, MIN(published) AS firstPublished, MAX(published) AS lastPublished
    FROM documents WHERE id IN (SELECT document_id FROM mentions WHERE entity_id IN ${IDS})`);

  return {
    /** Folds the queued documents into the totals; run inside the resolution's transaction. */
    fold(): void {
      foldCounterparts.run();
      foldSeen.run();
      foldRoles.run();
      clearQueue.run();
    },
    counterparts(ids: readonly string[]): CounterpartRow[] {
      return counterpartRows(counterparts.all({ ids: JSON.stringify(ids) }) as PackedRow[]);
    },
    roleTotals(ids: readonly string[]): RoleTotal[] {
      return roleTotalRows(roleTotals.all({ ids: JSON.stringify(ids) }) as (RoleTotal & { pending: number })[]);
    },
    seen(ids: readonly string[]): SeenSummary {
      const distinct = [...new Set(ids)];
      return (distinct.length === 1 ? seenOne.get({ id: distinct[0] }) : seenMany.get({ ids: JSON.stringify(distinct) })) as SeenSummary;
    },
  };
}

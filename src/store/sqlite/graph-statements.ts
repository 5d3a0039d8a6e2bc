// The fixed SQL of the graph queries, prepared once. Lists of ids travel as one JSON
// array parameter read with json_each, so every statement stays prepared and bound
// however many ids a query names; `x IN (SELECT value FROM json_each(?))` still
// probes the index on x once per id.
import type Database from 'better-sqlite3';

export type GraphStatements = ReturnType<typeof prepareGraphStatements>;

const IDS = (param: string) => `(SELECT value FROM json_each(@${param}))`;

export function prepareGraphStatements(db: Database.Database) {
  return {
    // The stamp changes with every stored document (rowids only grow) and every
    // correction (AUTOINCREMENT ids never come back, and the count catches deletions).
    currentStamp: db.prepare(`SELECT
        (SELECT COALESCE(MAX(rowid), 0) FROM documents) || ':' ||
        (SELECT COALESCE(MAX(id), 0) FROM corrections) || ':' ||
        (SELECT COUNT(*) FROM corrections) AS stamp`).pluck(),
    savedStamp: db.prepare('SELECT stamp FROM resolution_state WHERE id = 1').pluck(),
    queued: db.prepare('SELECT EXISTS (SELECT 1 FROM profile_totals_pending)').pluck(),
    allEntities: db.prepare('SELECT id, name, kind, parent FROM entities ORDER BY id'),
    allAliases: db.prepare('SELECT entity_id AS entity, alias FROM entity_aliases ORDER BY rowid'),
    roleSummaries: db.prepare(`SELECT entity_id AS entity, title, of_id AS "of", COUNT(DISTINCT document_id) AS documents
      FROM roles GROUP BY entity_id, title, of_id ORDER BY entity_id, title, of_id`),
    corrections: db.prepare(`SELECT id, action, entity_id AS entity, other_id AS other, note, created_at AS createdAt
      FROM corrections ORDER BY id`),
    insertCorrection: db.prepare(`INSERT INTO corrections (action, entity_id, other_id, note, created_at)
      VALUES (@action, @entity, @other, @note, @createdAt)`),
    deleteCorrection: db.prepare('DELETE FROM corrections WHERE id = ?'),
    clearResolution: db.prepare('DELETE FROM entity_resolution'),
    clearAncestors: db.prepare('DELETE FROM entity_ancestors'),
    clearLookup: db.prepare('DELETE FROM entity_lookup'),
    insertResolution: db.prepare('INSERT INTO entity_resolution (entity_id, canonical_id) VALUES (?, ?)'),
    insertAncestor: db.prepare('INSERT INTO entity_ancestors (entity_id, ancestor_id, depth, via) VALUES (?, ?, ?, ?)'),
    insertLookup: db.prepare('INSERT OR IGNORE INTO entity_lookup (key, entity_id, rank) VALUES (?, ?, ?)'),
    saveStamp: db.prepare(`INSERT INTO resolution_state (id, stamp, computed_at) VALUES (1, @stamp, @at)
      ON CONFLICT (id) DO UPDATE SET stamp = excluded.stamp, computed_at = excluded.computed_at`),
    lookup: db.prepare(`SELECT entity_id AS id, MIN(rank) AS rank FROM entity_lookup
      WHERE key IN ${IDS('keys')} GROUP BY entity_id ORDER BY rank, entity_id`),
    resolvedSome: db.prepare(`SELECT r.entity_id AS id, r.canonical_id AS canonical,
        (SELECT json_group_array(ancestor_id) FROM (SELECT ancestor_id FROM entity_ancestors a
          WHERE a.entity_id = r.canonical_id ORDER BY depth)) AS ancestors
      FROM entity_resolution r WHERE r.entity_id IN ${IDS('ids')}`),
    resolvedAll: db.prepare(`SELECT r.entity_id AS id, r.canonical_id AS canonical,
        (SELECT json_group_array(ancestor_id) FROM (SELECT ancestor_id FROM entity_ancestors a
          WHERE a.entity_id = r.canonical_id ORDER BY depth)) AS ancestors
      FROM entity_resolution r ORDER BY r.entity_id`),
    // A descendant's `via` is the link from it to the next one up its own chain.
    descendants: db.prepare(`SELECT a.entity_id AS id, a.depth AS depth,
        (SELECT via FROM entity_ancestors b WHERE b.entity_id = a.entity_id AND b.depth = 1) AS via
      FROM entity_ancestors a WHERE a.ancestor_id = @id AND a.depth > 0 ORDER BY a.depth, a.entity_id`),
    memberIds: db.prepare(`SELECT entity_id FROM entity_resolution WHERE canonical_id IN ${IDS('ids')}
      ORDER BY entity_id`).pluck(),
    entitiesByIds: db.prepare(`SELECT id, name, kind, parent FROM entities WHERE id IN ${IDS('ids')}`),
    aliasesByIds: db.prepare(`SELECT entity_id AS entity, alias FROM entity_aliases WHERE entity_id IN ${IDS('ids')}
      ORDER BY rowid`),
    roles: db.prepare(`SELECT r.entity_id AS entity, r.title, r.of_id AS "of", r.from_date AS "from", r.to_date AS "to",
        r.document_id AS documentId, d.published
      FROM roles r JOIN documents d ON d.id = r.document_id WHERE r.entity_id IN ${IDS('ids')}
      ORDER BY d.published IS NULL, d.published, r.document_id`),
    relationsByIds: db.prepare(`SELECT r.*, d.source AS doc_source, d.title AS doc_title,
        d.published AS doc_published, d.outlet AS doc_outlet, d.url AS doc_url
      FROM relations r JOIN documents d ON d.id = r.document_id
      WHERE r.rowid IN (SELECT rowid FROM relations WHERE source IN ${IDS('ids')}
        UNION SELECT rowid FROM relations WHERE target IN ${IDS('ids')})
      ORDER BY d.published IS NULL, d.published, r.document_id, r.evidence_start`),
    allRelations: db.prepare(`SELECT r.*, d.source AS doc_source, d.title AS doc_title,
        d.published AS doc_published, d.outlet AS doc_outlet, d.url AS doc_url
      FROM relations r JOIN documents d ON d.id = r.document_id
      ORDER BY d.published IS NULL, d.published, r.document_id, r.evidence_start`),
  };
}

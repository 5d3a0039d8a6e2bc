// Every SQL statement the SQLite store runs, prepared once when the store opens.
// Values are always bound (@name or ?), never spliced into the SQL text.
import type Database from 'better-sqlite3';
import { multiRowInsert } from './multi-row-insert.ts';

export type Statements = ReturnType<typeof prepareStatements>;

export function prepareStatements(db: Database.Database) {
  return {
    hasDocument: db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck(),
    // Only originals are candidates: a near copy of a duplicate points at its original.
    nearByBand: db.prepare(`SELECT id, fingerprint FROM documents
      WHERE duplicate_of IS NULL
        AND (fp_band0 = @b0 OR fp_band1 = @b1 OR fp_band2 = @b2 OR fp_band3 = @b3)`),
    allOriginals: db.prepare('SELECT id, fingerprint FROM documents WHERE duplicate_of IS NULL'),
    // DO NOTHING: another process may have stored the same text since we checked.
    insertDocument: db.prepare(`INSERT INTO documents (id, source, title, published, outlet, url,
        language, text, fingerprint, fp_band0, fp_band1, fp_band2, fp_band3, duplicate_of,
        skipped, diagnostics, ingested_at)
      VALUES (@id, @source, @title, @published, @outlet, @url, @language, @text, @fingerprint,
        @b0, @b1, @b2, @b3, @duplicateOf, @skipped, @diagnostics, @ingestedAt)
      ON CONFLICT (id) DO NOTHING`),
    // Fact rows, many to an execution (multi-row-insert.ts), in the order given.
    // The first document to name an entity sets its name and kind; a later one
    // only fills in a parent that was unknown (rows of one statement are inserted
    // one after another, so an entity twice in a batch is handled as in two).
    upsertEntities: multiRowInsert(db, 'INSERT INTO entities (id, name, kind, parent)', 4,
      'ON CONFLICT (id) DO UPDATE SET parent = COALESCE(entities.parent, excluded.parent)'),
    insertAliases: multiRowInsert(db, 'INSERT INTO entity_aliases (entity_id, alias)', 2, 'ON CONFLICT (entity_id, alias) DO NOTHING'),
    insertRoles: multiRowInsert(db, 'INSERT INTO roles (entity_id, title, of_id, from_date, to_date, document_id)', 6),
    insertMentions: multiRowInsert(db, 'INSERT INTO mentions (document_id, entity_id, spans)', 3),
    insertEvents: multiRowInsert(db, `INSERT INTO events (document_id, id, type, mode, source, target, third,
        date_value, date_precision, date_basis, amount_value, amount_currency, amount_per, amount_text,
        modality, negated, attribution, evidence_text, evidence_start, evidence_end, confidence)`, 21),
    insertRelations: multiRowInsert(db, `INSERT INTO relations (document_id, type, source, target, role, since,
        evidence_text, evidence_start, evidence_end, confidence)`, 10),
    counts: db.prepare(`SELECT
        (SELECT COUNT(*) FROM documents) AS documents,
        (SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL) AS duplicates,
        (SELECT COUNT(*) FROM entities) AS entities,
        (SELECT COUNT(*) FROM events) AS events,
        (SELECT COUNT(*) FROM relations) AS relations`),
    entity: db.prepare('SELECT id, name, kind, parent FROM entities WHERE id = ?'),
    entityAliases: db.prepare('SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY rowid').pluck(),
    // Dated events first in date order ("2016" sorts before "2016-04"), then undated.
    dyadEvents: db.prepare(`SELECT e.*, d.source AS doc_source, d.title AS doc_title,
        d.published AS doc_published, d.outlet AS doc_outlet, d.url AS doc_url
      FROM events e JOIN documents d ON d.id = e.document_id
      WHERE (e.source = @a AND e.target = @b) OR (e.source = @b AND e.target = @a)
      ORDER BY e.date_value IS NULL, e.date_value, d.published, e.document_id, e.evidence_start`),
  };
}

-- Entente schema, version 5 (PostgreSQL): mentions packed, one row per document and
-- entity with its spans in one column, as in ../../sqlite/migrations/005-packed-mentions.sql.
--
-- The key (entity, document) answers "which documents mention X" from the index alone,
-- and holds the distribution column (see 001-initial.sql). The documents' own rows (the
-- fold of profile totals, ON DELETE CASCADE) are found by a hash index on document_id:
-- it keeps a 4-byte hash per row where a B-tree keeps the 64-digit id, 1.9 KB less an
-- article at 2,000 articles for the same plans and write cost (measured, 2026-11-26).

ALTER TABLE mentions RENAME TO mentions_by_span;

CREATE TABLE mentions (
  document_id TEXT COLLATE "C" NOT NULL,
  entity_id   TEXT COLLATE "C" NOT NULL,
  spans       TEXT NOT NULL,  -- "start-end start-end …" in text order
  PRIMARY KEY (entity_id, document_id)
);

INSERT INTO mentions (document_id, entity_id, spans)
SELECT document_id, entity_id, string_agg(start_offset || '-' || end_offset, ' ' ORDER BY start_offset, end_offset)
FROM mentions_by_span
GROUP BY document_id, entity_id
ORDER BY entity_id, document_id;

DROP TABLE mentions_by_span;

CREATE INDEX mentions_document ON mentions USING hash (document_id);

-- The same foreign keys as before, added once the rows are in: checked by one query,
-- and a deferred check queued per row would forbid the CREATE INDEX above.
ALTER TABLE mentions
  ADD FOREIGN KEY (document_id) REFERENCES documents(id) ON DELETE CASCADE,
  ADD FOREIGN KEY (entity_id) REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED;

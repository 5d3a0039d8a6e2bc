-- Entente schema, version 5: mentions packed, one row per document and entity with its
-- spans in one column ("start-end start-end …" in text order, see ../../mention-spans.ts),
-- instead of one row per span. A mention row was ~200 bytes with its two indexes, 91 an
-- article: almost half the database.
--
-- WITHOUT ROWID, keyed by (document, entity): the table itself is the index by document
-- (the fold of profile totals, ON DELETE CASCADE, copying), and one index by entity
-- answers "which documents mention X". Two b-trees where there were three.

ALTER TABLE mentions RENAME TO mentions_by_span;

CREATE TABLE mentions (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity_id   TEXT NOT NULL REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  spans       TEXT NOT NULL,
  PRIMARY KEY (document_id, entity_id)
) WITHOUT ROWID;

INSERT INTO mentions (document_id, entity_id, spans)
SELECT document_id, entity_id, group_concat(start_offset || '-' || end_offset, ' ' ORDER BY start_offset, end_offset)
FROM mentions_by_span
GROUP BY document_id, entity_id
ORDER BY document_id, entity_id;

DROP TABLE mentions_by_span;

-- Built after the rows are in: one sort instead of an insert per row.
CREATE INDEX mentions_entity ON mentions(entity_id, document_id);

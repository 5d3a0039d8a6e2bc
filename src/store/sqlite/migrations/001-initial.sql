-- Entente schema, version 1 (SQLite).
-- Every fact row carries the document it was read from and its character span in
-- documents.text (provenance): deleting a document deletes its facts with it.
-- Entity references are DEFERRABLE so that a batch may insert an entity after a
-- fact or a child that names it; they are still checked, at commit.

CREATE TABLE documents (
  id           TEXT PRIMARY KEY,         -- SHA-256 of the cleaned text, hex
  source       TEXT NOT NULL,            -- path or URL as given (path#N for records)
  title        TEXT,
  published    TEXT,                     -- ISO partial date
  outlet       TEXT,
  url          TEXT,
  language     TEXT NOT NULL,
  text         TEXT NOT NULL,            -- every offset below points into this
  fingerprint  TEXT NOT NULL,            -- 64-bit SimHash, 16 hex digits
  fp_band0     INTEGER NOT NULL,         -- its four 16-bit pieces, for indexed
  fp_band1     INTEGER NOT NULL,         -- near-duplicate lookup
  fp_band2     INTEGER NOT NULL,
  fp_band3     INTEGER NOT NULL,
  duplicate_of TEXT REFERENCES documents(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
  skipped      TEXT,                     -- why extraction did not run, or NULL
  diagnostics  TEXT NOT NULL DEFAULT '[]', -- JSON array of extraction diagnostics
  ingested_at  TEXT NOT NULL
);
CREATE INDEX documents_fp_band0 ON documents(fp_band0);
CREATE INDEX documents_fp_band1 ON documents(fp_band1);
CREATE INDEX documents_fp_band2 ON documents(fp_band2);
CREATE INDEX documents_fp_band3 ON documents(fp_band3);
CREATE INDEX documents_published ON documents(published);

-- Entities are global by id; the first document to name one sets name and kind.
CREATE TABLE entities (
  id     TEXT PRIMARY KEY,
  name   TEXT NOT NULL,
  kind   TEXT NOT NULL,
  parent TEXT REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE entity_aliases (
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  alias     TEXT NOT NULL,
  UNIQUE (entity_id, alias)
);
CREATE INDEX entity_aliases_alias ON entity_aliases(alias);

-- "from" and "to" are SQL keywords: named from_date/to_date to need no quoting.
CREATE TABLE roles (
  entity_id   TEXT NOT NULL REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  title       TEXT NOT NULL,
  of_id       TEXT REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  from_date   TEXT,
  to_date     TEXT,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);
CREATE INDEX roles_entity ON roles(entity_id);
CREATE INDEX roles_document ON roles(document_id);

CREATE TABLE mentions (
  document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity_id    TEXT NOT NULL REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL
);
CREATE INDEX mentions_document ON mentions(document_id);
CREATE INDEX mentions_entity ON mentions(entity_id);

-- An event id is stable within its document only, hence the pair as key.
CREATE TABLE events (
  document_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  id              TEXT NOT NULL,
  type            TEXT NOT NULL,
  mode            TEXT,
  source          TEXT NOT NULL REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  target          TEXT REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  third           TEXT REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  date_value      TEXT,
  date_precision  TEXT,
  date_basis      TEXT,
  amount_value    REAL,
  amount_currency TEXT,
  amount_per      TEXT,
  amount_text     TEXT,
  modality        TEXT NOT NULL,
  negated         INTEGER NOT NULL,
  attribution     TEXT REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  evidence_text   TEXT NOT NULL,
  evidence_start  INTEGER NOT NULL,
  evidence_end    INTEGER NOT NULL,
  confidence      REAL NOT NULL,
  PRIMARY KEY (document_id, id)
);
CREATE INDEX events_source_target ON events(source, target);
CREATE INDEX events_target ON events(target);
CREATE INDEX events_date ON events(date_value);
CREATE INDEX events_type ON events(type, mode);

CREATE TABLE relations (
  document_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  type           TEXT NOT NULL,
  source         TEXT NOT NULL REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  target         TEXT NOT NULL REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  role           TEXT,
  since          TEXT,
  evidence_text  TEXT NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end   INTEGER NOT NULL,
  confidence     REAL NOT NULL
);
CREATE INDEX relations_document ON relations(document_id);
CREATE INDEX relations_source_target ON relations(source, target);
CREATE INDEX relations_target ON relations(target);
CREATE INDEX relations_type ON relations(type);

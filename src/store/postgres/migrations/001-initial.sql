-- Entente schema, version 1 (PostgreSQL): the same tables, columns and meaning as
-- ../../sqlite/migrations/001-initial.sql, translated:
--   * ids, dates and other compared or sorted text are COLLATE "C", so that they sort
--     byte by byte as in SQLite whatever the database's default collation is;
--   * the 64-bit SimHash is a BIGINT (the unsigned value read as two's complement);
--   * REAL → DOUBLE PRECISION, 0/1 flags → BOOLEAN, timestamps → TIMESTAMPTZ,
--     diagnostics → JSONB;
--   * SQLite's implicit rowid (insertion order, used to order aliases and to break
--     ties) is an explicit `seq` identity column.
-- Entity references stay DEFERRABLE INITIALLY DEFERRED: a batch may insert an entity
-- after a fact that names it; they are still checked, at commit.
--
-- Distributed PostgreSQL (Citus, see docs/scaling.md): documents and every table of
-- facts read from a document carry document_id, their distribution column; every
-- unique constraint on them includes it. Entities and the graph tables are small
-- and become reference tables.

CREATE TABLE documents (
  id           TEXT COLLATE "C" PRIMARY KEY,  -- SHA-256 of the cleaned text, hex
  seq          BIGINT GENERATED ALWAYS AS IDENTITY,
  source       TEXT NOT NULL,                 -- path or URL as given (path#N for records)
  title        TEXT,
  published    TEXT COLLATE "C",              -- ISO partial date
  outlet       TEXT,
  url          TEXT,
  language     TEXT NOT NULL,
  text         TEXT NOT NULL,                 -- every offset below points into this
  fingerprint  BIGINT NOT NULL,               -- 64-bit SimHash
  fp_band0     INTEGER NOT NULL,              -- its four 16-bit pieces, for indexed
  fp_band1     INTEGER NOT NULL,              -- near-duplicate lookup
  fp_band2     INTEGER NOT NULL,
  fp_band3     INTEGER NOT NULL,
  duplicate_of TEXT COLLATE "C" REFERENCES documents(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
  skipped      TEXT,                          -- why extraction did not run, or NULL
  diagnostics  JSONB NOT NULL DEFAULT '[]',   -- extraction diagnostics
  ingested_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX documents_seq ON documents(seq);
CREATE INDEX documents_fp_band0 ON documents(fp_band0);
CREATE INDEX documents_fp_band1 ON documents(fp_band1);
CREATE INDEX documents_fp_band2 ON documents(fp_band2);
CREATE INDEX documents_fp_band3 ON documents(fp_band3);
CREATE INDEX documents_published ON documents(published);

-- Entities are global by id; the first document to name one sets name and kind.
CREATE TABLE entities (
  id     TEXT COLLATE "C" PRIMARY KEY,
  name   TEXT NOT NULL,
  kind   TEXT NOT NULL,
  parent TEXT COLLATE "C" REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE entity_aliases (
  entity_id TEXT COLLATE "C" NOT NULL REFERENCES entities(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  alias     TEXT NOT NULL,
  seq       BIGINT GENERATED ALWAYS AS IDENTITY,  -- the order aliases were first seen
  UNIQUE (entity_id, alias)
);
CREATE INDEX entity_aliases_alias ON entity_aliases(alias);

CREATE TABLE roles (
  entity_id   TEXT COLLATE "C" NOT NULL REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  title       TEXT COLLATE "C" NOT NULL,
  of_id       TEXT COLLATE "C" REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  from_date   TEXT COLLATE "C",
  to_date     TEXT COLLATE "C",
  document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq         BIGINT GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX roles_entity ON roles(entity_id);
CREATE INDEX roles_document ON roles(document_id);

CREATE TABLE mentions (
  document_id  TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity_id    TEXT COLLATE "C" NOT NULL REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL
);
CREATE INDEX mentions_document ON mentions(document_id);
-- (entity, document): "in how many documents is X mentioned" reads the index only.
CREATE INDEX mentions_entity ON mentions(entity_id, document_id);

-- An event id is stable within its document only, hence the pair as key.
CREATE TABLE events (
  document_id     TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  id              TEXT COLLATE "C" NOT NULL,
  seq             BIGINT GENERATED ALWAYS AS IDENTITY,
  type            TEXT COLLATE "C" NOT NULL,
  mode            TEXT COLLATE "C",
  source          TEXT COLLATE "C" NOT NULL REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  target          TEXT COLLATE "C" REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  third           TEXT COLLATE "C" REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  date_value      TEXT COLLATE "C",
  date_precision  TEXT,
  date_basis      TEXT,
  amount_value    DOUBLE PRECISION,
  amount_currency TEXT,
  amount_per      TEXT,
  amount_text     TEXT,
  modality        TEXT COLLATE "C" NOT NULL,
  negated         BOOLEAN NOT NULL,
  attribution     TEXT COLLATE "C" REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  evidence_text   TEXT NOT NULL,
  evidence_start  INTEGER NOT NULL,
  evidence_end    INTEGER NOT NULL,
  confidence      DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (document_id, id)
);
CREATE INDEX events_source_target ON events(source, target);
CREATE INDEX events_date ON events(date_value);
CREATE INDEX events_type ON events(type, mode);

CREATE TABLE relations (
  document_id    TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq            BIGINT GENERATED ALWAYS AS IDENTITY,
  type           TEXT COLLATE "C" NOT NULL,
  source         TEXT COLLATE "C" NOT NULL REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  target         TEXT COLLATE "C" NOT NULL REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  role           TEXT,
  since          TEXT COLLATE "C",
  evidence_text  TEXT NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end   INTEGER NOT NULL,
  confidence     DOUBLE PRECISION NOT NULL
);
CREATE INDEX relations_document ON relations(document_id);
CREATE INDEX relations_source_target ON relations(source, target);
CREATE INDEX relations_target ON relations(target);
CREATE INDEX relations_type ON relations(type);

-- What SQLite reads from MAX(rowid): a number that grows with every committed batch
-- of documents, so that the stored resolution knows when it is out of date. One row;
-- each batch bumps it just before committing, so writers hold its lock for an instant.
CREATE TABLE store_state (
  id                INTEGER PRIMARY KEY CHECK (id = 1),
  documents_version BIGINT NOT NULL
);
INSERT INTO store_state (id, documents_version) VALUES (1, 0);

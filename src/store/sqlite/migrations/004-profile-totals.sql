-- Entente schema, version 4: totals for actor profiles (Store.counterparts, Store.seen,
-- Store.roleTotals), so that the profile of an actor in 10⁵ events reads a row per
-- counterpart and type instead of every event, mention and role statement.
--
-- They are kept per raw entity, below the resolution: a merge or split correction
-- changes which entities an actor is made of, never these rows, so corrections need
-- no recount. Entente only ever adds documents, so the totals only ever grow; a
-- document deleted by hand has every total counted again (the trigger below).
--
-- A new document is queued in profile_totals_pending (by the trigger below, in the
-- transaction that stores it) and folded into the totals when the resolution is next
-- saved (Store.saveResolution). Until then the queries add what the queued documents
-- hold, read from their events and mentions: the totals are never seen out of date.

-- Events between an entity and another, whichever of the two was the source.
CREATE TABLE entity_counterparts (
  entity_id      TEXT NOT NULL,
  counterpart_id TEXT NOT NULL,
  type           TEXT NOT NULL,
  negated        INTEGER NOT NULL,  -- 1: negated or denied
  events         INTEGER NOT NULL,
  first_date     TEXT,              -- earliest and latest event date (ISO partial dates)
  last_date      TEXT,
  PRIMARY KEY (entity_id, counterpart_id, type, negated)
) WITHOUT ROWID;

-- Documents that mention an entity, and the first and last published among them.
CREATE TABLE entity_seen (
  entity_id       TEXT PRIMARY KEY,
  documents       INTEGER NOT NULL,
  first_published TEXT,
  last_published  TEXT
) WITHOUT ROWID;

-- Offices stated for an entity, one row per title and office: the documents stating
-- it, its earliest start and latest end (a stated date, else the publication date).
CREATE TABLE entity_roles (
  entity_id TEXT NOT NULL,
  title     TEXT NOT NULL,
  of_id     TEXT NOT NULL,  -- '' for none: a key column cannot be NULL
  from_date TEXT,
  to_date   TEXT,
  documents INTEGER NOT NULL,
  PRIMARY KEY (entity_id, title, of_id)
) WITHOUT ROWID;

CREATE TABLE profile_totals_pending (
  document_id TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE TRIGGER documents_profile_totals AFTER INSERT ON documents BEGIN
  INSERT INTO profile_totals_pending (document_id) VALUES (new.id);
END;
CREATE TRIGGER documents_profile_totals_delete AFTER DELETE ON documents BEGIN
  DELETE FROM entity_counterparts;
  DELETE FROM entity_seen;
  DELETE FROM entity_roles;
  INSERT OR IGNORE INTO profile_totals_pending (document_id) SELECT id FROM documents;
END;

-- Documents stored before this version: counted when the resolution is next saved.
INSERT INTO profile_totals_pending (document_id) SELECT id FROM documents;

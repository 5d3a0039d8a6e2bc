-- Entente schema, version 4 (PostgreSQL): totals for actor profiles, as in
-- ../../sqlite/migrations/004-profile-totals.sql: kept per raw entity, never touched by
-- corrections; new documents are queued by a trigger in the transaction that stores
-- them and folded in when the resolution is next saved, and the queries add what the
-- queued documents hold until then. A document deleted by hand has every total
-- counted again.

CREATE TABLE entity_counterparts (
  entity_id      TEXT COLLATE "C" NOT NULL,
  counterpart_id TEXT COLLATE "C" NOT NULL,
  type           TEXT COLLATE "C" NOT NULL,
  negated        BOOLEAN NOT NULL,  -- negated or denied
  events         INTEGER NOT NULL,
  first_date     TEXT COLLATE "C",
  last_date      TEXT COLLATE "C",
  -- An entity's rows are read together in key order: from the index alone, not from
  -- heap pages that every fold scatters them over.
  PRIMARY KEY (entity_id, counterpart_id, type, negated) INCLUDE (events, first_date, last_date)
);

CREATE TABLE entity_seen (
  entity_id       TEXT COLLATE "C" PRIMARY KEY,
  documents       INTEGER NOT NULL,
  first_published TEXT COLLATE "C",
  last_published  TEXT COLLATE "C"
);

CREATE TABLE entity_roles (
  entity_id TEXT COLLATE "C" NOT NULL,
  title     TEXT COLLATE "C" NOT NULL,
  of_id     TEXT COLLATE "C" NOT NULL,  -- '' for none
  from_date TEXT COLLATE "C",
  to_date   TEXT COLLATE "C",
  documents INTEGER NOT NULL,
  PRIMARY KEY (entity_id, title, of_id)
);

CREATE TABLE profile_totals_pending (
  document_id TEXT COLLATE "C" PRIMARY KEY
);

-- Once per statement, from the rows it really inserted (not those ON CONFLICT skipped).
CREATE FUNCTION queue_profile_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO profile_totals_pending (document_id) SELECT id FROM inserted;
  RETURN NULL;
END $$;
CREATE TRIGGER documents_profile_totals AFTER INSERT ON documents
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION queue_profile_totals();

CREATE FUNCTION recount_profile_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM entity_counterparts;
  DELETE FROM entity_seen;
  DELETE FROM entity_roles;
  INSERT INTO profile_totals_pending (document_id) SELECT id FROM documents ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER documents_profile_totals_delete AFTER DELETE ON documents
  FOR EACH STATEMENT EXECUTE FUNCTION recount_profile_totals();

-- Documents stored before this version: counted when the resolution is next saved.
INSERT INTO profile_totals_pending (document_id) SELECT id FROM documents;

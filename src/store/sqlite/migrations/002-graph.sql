-- Entente schema, version 2: the cross-document graph (src/graph/).
--
-- corrections: what a user said about entity resolution (`entente merge`, `entente
-- split`, an alias file). Kept as a log, applied in order on every resolution, so a
-- correction also holds for documents ingested after it. Entity ids are not foreign
-- keys: a correction may name an actor no stored document has mentioned yet.
CREATE TABLE corrections (
  id         INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused, so the resolution stamp changes on every edit
  action     TEXT NOT NULL CHECK (action IN ('merge', 'split')),
  entity_id  TEXT NOT NULL,  -- merge: the entity that joins other_id; split: the entity kept apart
  other_id   TEXT,           -- merge: the entity it joins; split: kept apart from it, or NULL from all
  note       TEXT,
  created_at TEXT NOT NULL,
  CHECK (action = 'split' OR other_id IS NOT NULL)
);

-- The resolution computed by src/graph/resolve from entities, roles and corrections;
-- recomputed when resolution_state.stamp no longer matches the store. Queries read it
-- to turn one actor into the raw entity ids of its events in one indexed lookup.
CREATE TABLE entity_resolution (
  entity_id    TEXT PRIMARY KEY,   -- every stored entity
  canonical_id TEXT NOT NULL       -- the entity it is resolved to (itself when alone)
) WITHOUT ROWID;
CREATE INDEX entity_resolution_canonical ON entity_resolution(canonical_id);

-- The hierarchy between canonical actors as a closure table: every actor with itself
-- (depth 0), its parent or affiliation (1), that one's parent (2)… `--rollup` of X is
-- every entity whose chain holds X: one range scan on (ancestor_id).
CREATE TABLE entity_ancestors (
  entity_id   TEXT NOT NULL,
  ancestor_id TEXT NOT NULL,
  depth       INTEGER NOT NULL,
  via         TEXT NOT NULL,  -- how the step into this ancestor was made: self, parent (structure) or role (a person's office)
  PRIMARY KEY (entity_id, depth)
) WITHOUT ROWID;
CREATE INDEX entity_ancestors_ancestor ON entity_ancestors(ancestor_id, depth);

-- Folded names (case, diacritics, "al-", hyphens; transliteration skeletons for
-- persons) → entity, so `entente actor "Yehya al-Sinwar"` finds yahya-sinwar.
-- rank: 0 id, 1 name, 2 alias, 3 person skeleton; the lowest rank wins a tie.
CREATE TABLE entity_lookup (
  key       TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  rank      INTEGER NOT NULL,
  PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;

CREATE TABLE resolution_state (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  stamp       TEXT NOT NULL,
  computed_at TEXT NOT NULL
);

-- Query indexes, designed for the dyad, actor and events queries on a large store:
-- an actor's events in a date range are a range scan on each side.
CREATE INDEX events_source_date ON events(source, date_value);
CREATE INDEX events_target_date ON events(target, date_value);
DROP INDEX events_target;  -- a prefix of events_target_date
CREATE INDEX entities_parent ON entities(parent);
CREATE INDEX roles_of ON roles(of_id);
CREATE INDEX documents_outlet ON documents(outlet COLLATE NOCASE);

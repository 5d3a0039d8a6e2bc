-- Entente schema, version 3: searching stored documents (Store.documents: the web
-- UI's document list and search) without reading every text.
--
-- documents_fts: an FTS5 index of the title, source and text of every document. It
-- holds the index only (content = 'documents': the text is not stored twice) and
-- finds rows by documents.rowid, which a row keeps for its whole life (VACUUM keeps
-- it too; the resolution stamp relies on that as well). unicode61 cuts text into runs
-- of letters and digits, folds case and drops diacritics ("elysee" finds "Élysée").
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, source, text,
  content = 'documents', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Triggers, not the store's insert: every way a document is written or removed (an
-- ingest batch, `entente copy`, a deletion) keeps the index in step, in its transaction.
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, title, source, text) VALUES (new.rowid, new.title, new.source, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, source, text)
    VALUES ('delete', old.rowid, old.title, old.source, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, source, text ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, source, text)
    VALUES ('delete', old.rowid, old.title, old.source, old.text);
  INSERT INTO documents_fts (rowid, title, source, text) VALUES (new.rowid, new.title, new.source, new.text);
END;

-- Documents stored before this version: indexed now, once.
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');

-- The document list, newest first and undated last: pages read in index order
-- instead of sorting every document for each page.
CREATE INDEX documents_newest ON documents(published IS NULL, published DESC, ingested_at DESC, id);

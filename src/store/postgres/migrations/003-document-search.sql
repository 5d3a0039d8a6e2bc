-- Entente schema, version 3 (PostgreSQL): searching stored documents, as in
-- ../../sqlite/migrations/003-document-search.sql.
--
-- search: the words of the title, source and text as a tsvector, under a GIN index.
-- A generated column, so that PostgreSQL fills it on every insert (ingest batches,
-- `entente copy`) and queries read it instead of parsing texts again. Adding it
-- rewrites the table once: documents stored before this version are indexed then.
--   * 'simple': words are only case-folded — no stemming, no stop words — as SQLite's
--     unicode61 tokenizer does, so both stores find the same documents;
--   * punctuation becomes spaces first: PostgreSQL's parser would keep
--     "wires/qatar-pledge.txt", "1.1" or (in the C locale) "Iran’s" as one word,
--     where SQLite and the search (document-search.ts) see "qatar", "pledge", "txt"…;
--   * only the first 100 000 characters of a text are indexed: a tsvector holds at most
--     1 MB, and an over-long one would make its whole batch fail. Articles are far shorter.
ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS (
  to_tsvector('simple', regexp_replace(
    coalesce(left(title, 1000), '') || ' ' || left(source, 1000) || ' ' || left(text, 100000),
    '[[:punct:]‘’‚“”„«»‹›–—…·]+', ' ', 'g'))
) STORED;
CREATE INDEX documents_search ON documents USING GIN (search);

-- The document list, newest first and undated last: pages read in index order
-- instead of sorting every document for each page.
CREATE INDEX documents_newest ON documents (published DESC NULLS LAST, ingested_at DESC, id);

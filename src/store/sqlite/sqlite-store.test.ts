import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore, type StoredDocInput } from '../store.ts';
import { loadMigrations, migrate } from './migrate.ts';
import { openSqliteTables } from './sqlite-tables.ts';
import { digestTable, type Row, type StoreTables } from '../tables.ts';
import { prepareStatements } from './statements.ts';
import { saveItems } from './save-batch.ts';
import { WrittenEntities } from '../written-entities.ts';
import { storeContract } from '../store-contract.ts';
import { analysis, entity, event, item, makeDoc, mentionsOf } from '../store-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(dir, `db-${++n}.db`);

/** Saves `items` into a database migrated only up to version 4 or before, mentions a row per span as then. */
function saveBeforeVersion5(db: Database.Database, items: StoredDocInput[]): void {
  saveItems(prepareStatements(db), items.map((it) => ({ ...it, analysis: it.analysis && { ...it.analysis, mentions: [] } })),
    '2020-01-01T00:00:00.000Z', new WrittenEntities());
  const insert = db.prepare('INSERT INTO mentions (document_id, entity_id, start_offset, end_offset) VALUES (?, ?, ?, ?)');
  for (const { doc, analysis: a } of items) for (const m of a?.mentions ?? []) insert.run(doc.id, m.entity, m.start, m.end);
}

storeContract('sqlite', () => openStore(freshPath()));

describe('SQLite store', () => {
  it('applies the migrations once and keeps data when reopened', async () => {
    const path = freshPath();
    const doc = makeDoc('Iran and Hamas.');
    const store = await openStore(path);
    await store.saveBatch([item(doc, analysis(doc, { entities: [entity('iran', 'Iran')] }))]);
    await store.close();
    const again = await openStore(path);
    assert.equal(await again.hasDocument(doc.id), true);
    await again.close();
    const db = new Database(path, { readonly: true });
    assert.deepEqual(db.prepare('SELECT version, name FROM schema_migrations').all(), [
      { version: 1, name: 'initial' }, { version: 2, name: 'graph' }, { version: 3, name: 'document-search' },
      { version: 4, name: 'profile-totals' }, { version: 5, name: 'packed-mentions' },
    ]);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
  });

  it('indexes for search the documents of an older database, and keeps the index in step with every write', async () => {
    const path = freshPath();
    const old = new Database(path);
    migrate(old, loadMigrations().filter((m) => m.version <= 2), path);
    old.prepare(`INSERT INTO documents (id, source, title, published, outlet, url, language, text, fingerprint,
        fp_band0, fp_band1, fp_band2, fp_band3, ingested_at)
      VALUES (?, 'old/report.txt', 'Old report', '2015', NULL, NULL, 'en', ?, '0000000000000000', 0, 0, 0, 0, ?)`)
      .run('a'.repeat(64), 'Written before the search index existed.', '2020-01-01T00:00:00.000Z');
    old.close();
    const store = await openStore(path);
    const found = async (q: string) => (await store.documents({ q, limit: 5, offset: 0 })).items.map((d) => d.id);
    assert.deepEqual(await found('index existed'), ['a'.repeat(64)]);
    // `entente copy` writes rows straight into the table: the triggers index them too.
    const tables = openSqliteTables(path);
    const copied = ['b'.repeat(64), 'copy/x.txt', null, null, null, null, 'en', 'Copied from another store.', '0000000000000000',
      0, 0, 0, 0, null, null, '[]', '2020-01-02T00:00:00.000Z'];
    await tables.write('documents', (async function* () { yield [copied]; })());
    await tables.close();
    assert.deepEqual(await found('copied store'), ['b'.repeat(64)]);
    const db = new Database(path);
    db.prepare('DELETE FROM documents WHERE id = ?').run('a'.repeat(64));
    db.prepare("UPDATE documents SET title = 'Renamed' WHERE id = ?").run('b'.repeat(64));
    db.prepare("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')").run();
    db.close();
    assert.deepEqual(await found('index existed'), []);
    assert.deepEqual(await found('renamed'), ['b'.repeat(64)]);
    await store.close();
  });

  it('counts the events and mentions of an older database in the profile totals, and again after a deletion', async () => {
    const path = freshPath();
    const old = new Database(path);
    migrate(old, loadMigrations().filter((m) => m.version <= 3), path);
    const docs = ['Iran pledged aid to Hamas.', 'Hamas thanked Iran.'].map((text, k) => makeDoc(text, { published: `201${k}` }));
    saveBeforeVersion5(old, docs.map((doc, k) => item(doc, analysis(doc, {
      entities: [entity('iran', 'Iran'), entity('hamas', 'Hamas')],
      events: [event(doc, 'e1', k === 0 ? 'iran' : 'hamas', k === 0 ? 'hamas' : 'iran', `201${k}`)],
    }))));
    old.close();
    const store = await openStore(path);
    const totals = async () => [(await store.counterparts(['iran'])).map((r) => [r.counterpart, r.counts, r.first, r.last]), await store.seen(['iran'])];
    const both = [[['hamas', [{ type: 'AID', negated: false, count: 2 }], '2010', '2011']], { documents: 2, firstPublished: '2010', lastPublished: '2011' }];
    assert.deepEqual(await totals(), both);
    await store.saveResolution({ canonical: [], ancestors: [], lookup: [] }, 'folded');
    assert.deepEqual(await totals(), both);
    const db = new Database(path);
    db.pragma('foreign_keys = ON');
    db.prepare('DELETE FROM documents WHERE id = ?').run(docs[0]!.id);
    db.close();
    const left = [[['hamas', [{ type: 'AID', negated: false, count: 1 }], '2011', '2011']], { documents: 1, firstPublished: '2011', lastPublished: '2011' }];
    assert.deepEqual(await totals(), left);
    await store.saveResolution({ canonical: [], ancestors: [], lookup: [] }, 'again');
    assert.deepEqual(await totals(), left);
    await store.close();
  });

  it('packs the mentions of an older database as a version 5 store writes them, and deletes them with their document', async () => {
    const doc = makeDoc('Iran, or Tehran: Hamas thanked Iran and Iran alone.', { published: '2015' });
    const other = makeDoc('Hamas alone.', { published: '2017' });
    const stored = [
      item(doc, { ...analysis(doc, { entities: [entity('iran', 'Iran'), entity('hamas', 'Hamas')] }),
        mentions: [...mentionsOf(doc, 'iran', 'Iran', 'Tehran'), ...mentionsOf(doc, 'hamas', 'Hamas')] }),
      item(other, { ...analysis(other, { entities: [entity('hamas', 'Hamas')] }), mentions: mentionsOf(other, 'hamas', 'Hamas') }),
    ];
    const path = freshPath();
    const old = new Database(path);
    migrate(old, loadMigrations().filter((m) => m.version <= 4), path);
    saveBeforeVersion5(old, stored);
    old.close();
    const upgraded = await openStore(path);
    const seen = { documents: 1, firstPublished: '2015', lastPublished: '2015' };
    assert.deepEqual(await upgraded.seen(['iran']), seen);
    await upgraded.close();
    const current = freshPath();
    const written = await openStore(current);
    await written.saveBatch(stored);
    assert.deepEqual(await written.seen(['iran']), seen);
    await written.close();

    const [from, to] = [openSqliteTables(path), openSqliteTables(current)];
    const rows = async (tables: StoreTables) => {
      const all: Row[] = [];
      for await (const batch of tables.read('mentions')) all.push(...batch);
      return all;
    };
    assert.deepEqual(await rows(from), [
      [doc.id, 'hamas', '17-22'], [doc.id, 'iran', '0-4 9-15 31-35 40-44'], [other.id, 'hamas', '0-5'],
    ].sort());
    assert.deepEqual(await digestTable(from, 'mentions'), await digestTable(to, 'mentions'));
    await Promise.all([from.close(), to.close()]);

    const db = new Database(path);
    db.pragma('foreign_keys = ON');
    db.prepare('DELETE FROM documents WHERE id = ?').run(doc.id);
    assert.deepEqual(db.prepare('SELECT document_id, entity_id, spans FROM mentions').raw().all(), [[other.id, 'hamas', '0-5']]);
    db.close();
  });

  it('refuses a database written by a newer Entente', async () => {
    const path = freshPath();
    await (await openStore(path)).close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', 'x')").run();
    db.close();
    await assert.rejects(openStore(path), /schema version 99 .* knows versions up to 5 — upgrade Entente/);
  });

  it('refuses an SQLite file that is not an Entente database', async () => {
    const path = freshPath();
    const db = new Database(path);
    db.exec('CREATE TABLE something (x)');
    db.close();
    await assert.rejects(openStore(path), /not an Entente one/);
  });

  it('says what to do when the file cannot be opened', async () => {
    await assert.rejects(openStore(join(dir, 'missing', 'x.db')), /cannot open database .*x\.db: .* — check the path or pass --db/);
    const junk = freshPath();
    writeFileSync(junk, 'this is not a database, just text '.repeat(100));
    await assert.rejects(openStore(junk), /cannot open database .*: file is not a database/);
  });

  it('enforces foreign keys', async () => {
    const path = freshPath();
    await (await openStore(path)).close();
    const store = await openStore(path);
    const doc = makeDoc('Hamas.');
    await assert.rejects(store.saveBatch([item(doc, null, 0n, 'f'.repeat(64))]), /FOREIGN KEY/);
    await store.close();
  });
});

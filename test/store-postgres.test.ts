// The Store contract (src/store/store-contract.ts, the same suite SQLite runs) against
// a real PostgreSQL server started for this file, plus what only PostgreSQL has:
// its migrations, its errors, concurrent writers and claims.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import postgres from 'postgres';
import { openStore, type Store } from '../src/store/store.ts';
import { storeContract } from '../src/store/store-contract.ts';
import { analysis, entity, event, item, makeDoc, mentionsOf } from '../src/store/store-fixtures.ts';
import type { StoredDocInput } from '../src/store/store.ts';
import { digestTable, openTables, type Row, type StoreTables } from '../src/store/tables.ts';
import { startPostgres, type PostgresServer } from './helpers/postgres-server.ts';
import { connect, type Sql } from '../src/store/postgres/connect.ts';
import { loadMigrations, migrate } from '../src/store/postgres/migrate.ts';
import { saveBatchWithRetry } from '../src/store/postgres/save-batch.ts';
import { WrittenEntities } from '../src/store/written-entities.ts';

let server: PostgresServer;
before(async () => { server = await startPostgres({ fast: true }); });
after(async () => { await server?.stop(); });

storeContract('postgres', async () => openStore(await server.createDatabase()));

const iran = entity('iran', 'Iran', { aliases: ['Tehran'] });
const hamas = entity('hamas', 'Hamas', { kind: 'organization' });

/** A document naming Iran and Hamas with one event, distinct for every n. */
function report(n: number) {
  const doc = makeDoc(`Report ${n}: Iran pledged aid to Hamas.`);
  return item(doc, analysis(doc, { entities: [iran, hamas], events: [event(doc, 'e1', 'iran', 'hamas', '2016')] }), BigInt(n) << 20n);
}

/** Saves `items` into a database migrated only up to version 4 or before, mentions a row per span as then. */
async function saveBeforeVersion5(sql: Sql, items: StoredDocInput[]): Promise<void> {
  await saveBatchWithRetry(sql, items.map((it) => ({ ...it, analysis: it.analysis && { ...it.analysis, mentions: [] } })), new WrittenEntities());
  for (const { doc, analysis: a } of items) {
    for (const m of a?.mentions ?? []) {
      await sql`INSERT INTO mentions (document_id, entity_id, start_offset, end_offset) VALUES (${doc.id}, ${m.entity}, ${m.start}, ${m.end})`;
    }
  }
}

async function withSql<T>(url: string, work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}

describe('PostgreSQL store', () => {
  it('applies the migrations once and keeps data when reopened', async () => {
    const url = await server.createDatabase();
    const doc = makeDoc('Iran and Hamas.');
    const store = await openStore(url);
    await store.saveBatch([item(doc, analysis(doc, { entities: [iran] }), 0xfedc_ba98_7654_3210n)]);
    await store.close();
    const again = await openStore(url);
    assert.equal(await again.hasDocument(doc.id), true);
    // The top bit set: stored as a negative BIGINT, found again as the same unsigned value.
    assert.equal(await again.findNearDuplicate(0xfedc_ba98_7654_3210n, 3), doc.id);
    await again.close();
    const versions = await withSql(url, (sql) => sql`SELECT version, name FROM schema_migrations ORDER BY version`);
    assert.deepEqual(versions.map((r) => [r.version, r.name]), [[1, 'initial'], [2, 'graph'], [3, 'document-search'], [4, 'profile-totals'], [5, 'packed-mentions']]);
  });

  it('migrates a new database once when several processes open it at the same moment', async () => {
    const url = await server.createDatabase();
    const stores = await Promise.all([openStore(url), openStore(url), openStore(url)]);
    await Promise.all(stores.map((s) => s.close()));
    const [row] = await withSql(url, (sql) => sql`SELECT COUNT(*)::int AS n FROM schema_migrations`);
    assert.equal(row?.n, 5);
  });

  it('counts the events and mentions of an older database in the profile totals, and again after a deletion', async () => {
    const url = await server.createDatabase();
    const old = connect(url, 1);
    await migrate(old, loadMigrations().filter((m) => m.version <= 3), 'old');
    const docs = ['Iran pledged aid to Hamas.', 'Hamas thanked Iran.'].map((text, k) => makeDoc(text, { published: `201${k}` }));
    await saveBeforeVersion5(old, docs.map((doc, k) => item(doc, analysis(doc, {
      entities: [iran, hamas], events: [event(doc, 'e1', k === 0 ? 'iran' : 'hamas', k === 0 ? 'hamas' : 'iran', `201${k}`)],
    }))));
    await old.end();
    const store = await openStore(url);
    const totals = async () => [(await store.counterparts(['iran'])).map((r) => [r.counterpart, r.counts, r.first, r.last]), await store.seen(['iran'])];
    const both = [[['hamas', [{ type: 'AID', negated: false, count: 2 }], '2010', '2011']], { documents: 2, firstPublished: '2010', lastPublished: '2011' }];
    assert.deepEqual(await totals(), both);
    await store.saveResolution({ canonical: [], ancestors: [], lookup: [] }, 'folded');
    assert.deepEqual(await totals(), both);
    await withSql(url, (sql) => sql`DELETE FROM documents WHERE id = ${docs[0]!.id}`);
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
      item(doc, { ...analysis(doc, { entities: [iran, hamas] }),
        mentions: [...mentionsOf(doc, 'iran', 'Iran', 'Tehran'), ...mentionsOf(doc, 'hamas', 'Hamas')] }),
      item(other, { ...analysis(other, { entities: [hamas] }), mentions: mentionsOf(other, 'hamas', 'Hamas') }),
    ];
    const url = await server.createDatabase();
    const old = connect(url, 1);
    await migrate(old, loadMigrations().filter((m) => m.version <= 4), 'old');
    await saveBeforeVersion5(old, stored);
    await old.end();
    const upgraded = await openStore(url);
    const seen = { documents: 1, firstPublished: '2015', lastPublished: '2015' };
    assert.deepEqual(await upgraded.seen(['iran']), seen);
    await upgraded.close();
    const current = await server.createDatabase();
    const written = await openStore(current);
    await written.saveBatch(stored);
    assert.deepEqual(await written.seen(['iran']), seen);
    await written.close();

    const [from, to] = await Promise.all([openTables(url), openTables(current)]);
    const rows = async (tables: StoreTables) => {
      const all: Row[] = [];
      for await (const batch of tables.read('mentions')) all.push(...batch);
      return all;
    };
    assert.deepEqual((await rows(from)).sort(), [
      [doc.id, 'hamas', '17-22'], [doc.id, 'iran', '0-4 9-15 31-35 40-44'], [other.id, 'hamas', '0-5'],
    ].sort());
    assert.deepEqual(await digestTable(from, 'mentions'), await digestTable(to, 'mentions'));
    await Promise.all([from.close(), to.close()]);

    await withSql(url, (sql) => sql`DELETE FROM documents WHERE id = ${doc.id}`);
    const left = await withSql(url, (sql) => sql`SELECT document_id, entity_id, spans FROM mentions`.values());
    assert.deepEqual([...left], [[other.id, 'hamas', '0-5']]);
  });

  it('indexes for search the documents of a database made before document search', async () => {
    const url = await server.createDatabase();
    const old = connect(url, 1);
    await migrate(old, loadMigrations().filter((m) => m.version <= 2), 'old');
    await old`INSERT INTO documents (id, source, title, published, language, text, fingerprint,
        fp_band0, fp_band1, fp_band2, fp_band3, ingested_at)
      VALUES (${'a'.repeat(64)}, 'old/report.txt', 'Old report', '2015', 'en', 'Written before the search index existed.',
        0, 0, 0, 0, 0, now())`;
    await old.end();
    const store = await openStore(url);
    const found = await store.documents({ q: 'index existed', limit: 5, offset: 0 });
    assert.deepEqual(found.items.map((d) => [d.id, d.source]), [['a'.repeat(64), 'old/report.txt']]);
    await store.close();
  });

  it('refuses a database written by a newer Entente, and one that is not Entente\'s', async () => {
    const newer = await server.createDatabase();
    await (await openStore(newer)).close();
    await withSql(newer, (sql) => sql`INSERT INTO schema_migrations VALUES (99, 'future', now())`);
    await assert.rejects(openStore(newer), /schema version 99 .* knows versions up to 5 — upgrade Entente/);
    const foreign = await server.createDatabase();
    await withSql(foreign, (sql) => sql`CREATE TABLE something (x int)`);
    await assert.rejects(openStore(foreign), /not an Entente one/);
  });

  it('says what to do when it cannot connect, without showing the password', async () => {
    const missing = server.url.replace('postgres@', 'postgres:secret@').replace(/\/postgres$/, '/no_such_database');
    await assert.rejects(openStore(missing), (error: Error) =>
      /cannot open database postgres:\/\/postgres:\*\*\*@.*no_such_database.* — create it first/.test(error.message) && !error.message.includes('secret'));
    await assert.rejects(openStore('postgres://me:secret@127.0.0.1:1/entente'), (error: Error) =>
      /cannot open database .* — check that the server is running/.test(error.message) && !error.message.includes('secret'));
  });

  it('stores each document once when writers save overlapping batches at the same time', async () => {
    const url = await server.createDatabase();
    const stores = await Promise.all([openStore(url), openStore(url), openStore(url)]);
    const docs = Array.from({ length: 60 }, (_, i) => report(i));
    // Each writer saves documents 0–39, 10–49 or 20–59, in batches of 5, in its own order.
    await Promise.all(stores.map(async (store, w) => {
      const mine = docs.slice(w * 10, w * 10 + 40);
      if (w === 1) mine.reverse();
      for (let i = 0; i < mine.length; i += 5) await store.saveBatch(mine.slice(i, i + 5));
    }));
    assert.deepEqual(await stores[0]!.counts(), { documents: 60, duplicates: 0, entities: 2, events: 60, relations: 0 });
    assert.deepEqual((await stores[0]!.entity('iran'))?.aliases, ['Tehran']);
    await Promise.all(stores.map((s) => s.close()));
  });

  it('lets one writer claim a document at a time, and hands it over when stored or when the writer dies', async () => {
    const url = await server.createDatabase();
    const [a, b] = await Promise.all([openStore(url), openStore(url)]) as [Store, Store];
    const first = report(1);
    const second = report(2);
    assert.equal(await a.claimDocument!(first.doc.id), 'claimed');
    assert.equal(await a.claimDocument!(first.doc.id), 'claimed');
    assert.equal(await b.claimDocument!(first.doc.id), 'busy');
    // Waiting: b gets its answer once a has stored the document.
    const waiting = b.claimDocument!(first.doc.id, { wait: true });
    await a.saveBatch([first]);
    assert.equal(await waiting, 'stored');

    assert.equal(await a.claimDocument!(second.doc.id), 'claimed');
    assert.equal(await b.claimDocument!(second.doc.id), 'busy');
    await a.releaseDocument!(second.doc.id);
    assert.equal(await b.claimDocument!(second.doc.id), 'claimed');
    // b dies without storing it: its connection goes, and with it the lock.
    const c = await openStore(url);
    const takeOver = c.claimDocument!(second.doc.id, { wait: true });
    await withSql(url, async (sql) => {
      // Only once c waits on b's lock: before that, c's own new transaction is idle too.
      for (let waited = 0; ; waited += 20) {
        const [lock] = await sql`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
        if (lock !== undefined) break;
        assert.ok(waited < 10_000, 'c never waited for the lock b holds');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND state = 'idle in transaction'`;
    });
    assert.equal(await takeOver, 'claimed');
    await Promise.all([a.close(), b.close(), c.close()]);
    const [row] = await withSql(url, (sql) => sql`SELECT COUNT(*)::int AS n FROM document_claims WHERE id = ${first.doc.id}`);
    assert.equal(row?.n, 0, 'the claim of a stored document is deleted');
  });
});

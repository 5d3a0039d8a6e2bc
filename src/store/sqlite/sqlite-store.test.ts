import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../store.ts';
import { storeContract } from '../store-contract.ts';
import { analysis, entity, item, makeDoc } from '../store-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(dir, `db-${++n}.db`);

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
    assert.deepEqual(db.prepare('SELECT version, name FROM schema_migrations').all(), [{ version: 1, name: 'initial' }, { version: 2, name: 'graph' }]);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
  });

  it('refuses a database written by a newer Entente', async () => {
    const path = freshPath();
    await (await openStore(path)).close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', 'x')").run();
    db.close();
    await assert.rejects(openStore(path), /schema version 99 .* knows versions up to 2 — upgrade Entente/);
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

// `entente copy`: a whole store moved from SQLite to PostgreSQL and back, verified by
// counts and checksums, and answering every graph question the same afterwards.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import postgres from 'postgres';
import { ROOT, runCli, tempDir } from './helpers/cli.ts';
import { startPostgres, type PostgresServer } from './helpers/postgres-server.ts';
import { digestTable, openTables, type Row } from '../src/store/tables.ts';

let server: PostgresServer;
const tmp = tempDir('copy');
before(async () => { server = await startPostgres({ fast: true }); });
after(async () => {
  await server?.stop();
  tmp.remove();
});

const SAMPLES = ['01-hamas-delegation-tehran.txt', '08-meshaal-tehran-2009.txt', '15-sinwar-iran-largest-backer.txt', '18-arouri-khamenei.txt']
  .map((name) => join(ROOT, 'samples', name));
/** Graph questions whose answers must not depend on the backend. */
const QUESTIONS = [
  ['dyad', 'Iran', 'Hamas', '--rollup', '--format', 'json'],
  ['actor', 'Hamas', '--format', 'json'],
  ['events', '--actor', 'Iran', '--format', 'json'],
  ['network', '--format', 'json'],
];

function cli(args: string[]) {
  const result = runCli(args, { cwd: tmp.dir });
  return { ...result, output: `${result.stdout}${result.stderr}` };
}

describe('entente copy', () => {
  it('moves a store from SQLite to PostgreSQL and back, verified table by table, with the same answers', async () => {
    const sqlite = join(tmp.dir, 'laptop.db');
    assert.equal(cli(['ingest', '--quiet', '--db', sqlite, ...SAMPLES]).status, 0);
    // A correction, so that the copy has one (and keeps its number).
    const merged = cli(['merge', 'Quds Force', 'IRGC', '--db', sqlite]);
    assert.equal(merged.status, 0, merged.output);
    const answers = QUESTIONS.map((q) => cli([...q, '--db', sqlite]).stdout);

    const url = await server.createDatabase();
    const there = cli(['copy', '--from', sqlite, '--to', url]);
    assert.equal(there.status, 0, there.output);
    assert.match(there.stdout, /^documents +4 → 4 +([0-9a-f]{16}) → \1 +same$/m);
    assert.match(there.stdout, /copy verified: 12 tables/);
    for (const [i, q] of QUESTIONS.entries()) assert.equal(cli([...q, '--db', url]).stdout, answers[i], q.join(' '));

    const back = join(tmp.dir, 'back.db');
    const again = cli(['copy', '--from', url, '--to', back, '--json']);
    assert.equal(again.status, 0, again.output);
    const report = JSON.parse(again.stdout) as { ok: boolean; tables: { table: string; to: { rows: number } }[] };
    assert.equal(report.ok, true);
    assert.equal(report.tables.find((t) => t.table === 'documents')?.to.rows, 4);
    for (const [i, q] of QUESTIONS.entries()) assert.equal(cli([...q, '--db', back]).stdout, answers[i], q.join(' '));
    // Every mention's span, packed per document and entity, comes back as it left.
    const mentions = async (location: string) => {
      const tables = await openTables(location);
      const rows: Row[] = [];
      for await (const batch of tables.read('mentions')) rows.push(...batch);
      await tables.close();
      return rows;
    };
    const original = await mentions(sqlite);
    assert.ok(original.length > 0 && original.every(([, , spans]) => /^\d+-\d+( \d+-\d+)*$/.test(String(spans))));
    assert.deepEqual(await mentions(back), original);
  });

  it('refuses a target that holds data, and a source that does not exist', async () => {
    const sqlite = join(tmp.dir, 'small.db');
    assert.equal(cli(['ingest', '--quiet', '--db', sqlite, SAMPLES[0]!]).status, 0);
    const url = await server.createDatabase();
    assert.equal(cli(['copy', '--from', sqlite, '--to', url]).status, 0);
    const twice = cli(['copy', '--from', sqlite, '--to', url]);
    assert.equal(twice.status, 1);
    assert.match(twice.stderr, /already holds data \(table documents\) — copy into an empty database/);
    const missing = cli(['copy', '--from', join(tmp.dir, 'nowhere.db'), '--to', url]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no database at .*nowhere\.db/);
  });

  it('gives a table another checksum when one value differs', async () => {
    const sqlite = join(tmp.dir, 'one.db');
    assert.equal(cli(['ingest', '--quiet', '--db', sqlite, SAMPLES[1]!]).status, 0);
    const url = await server.createDatabase();
    assert.equal(cli(['copy', '--from', sqlite, '--to', url]).status, 0);
    const [from, to] = await Promise.all([openTables(sqlite), openTables(url)]);
    try {
      assert.deepEqual(await digestTable(to, 'events'), await digestTable(from, 'events'));
      const sql = postgres(url, { max: 1 });
      await sql`UPDATE events SET confidence = confidence + 0.01 WHERE seq = (SELECT MIN(seq) FROM events)`;
      await sql.end();
      const changed = await digestTable(to, 'events');
      const original = await digestTable(from, 'events');
      assert.equal(changed.rows, original.rows);
      assert.notEqual(changed.checksum, original.checksum);
    } finally {
      await Promise.all([from.close(), to.close()]);
    }
  });
});

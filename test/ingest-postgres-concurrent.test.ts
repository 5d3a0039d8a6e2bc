// Several `entente ingest` processes writing to one PostgreSQL database at once, over
// inputs that overlap: every document is stored exactly once with every one of its
// facts once — the same as one SQLite ingest of the same articles — the work is
// shared, and a process killed half-way loses nothing a rerun does not complete.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import postgres from 'postgres';
import { finished, runCli, spawnCli, tempDir } from './helpers/cli.ts';
import { MENTIONS_OF_DOCUMENT, query } from './helpers/db.ts';
import { writeManyArticles } from './helpers/inputs.ts';
import { startPostgres, type PostgresServer } from './helpers/postgres-server.ts';
import { openStore } from '../src/store/store.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { readInput } from '../src/read/index.ts';
import { prepare } from '../src/ingest/pool/prepare.ts';

let server: PostgresServer;
const tmp = tempDir('pg-concurrent');
const cwd = tmp.dir;
const TOTAL = 90;
/** Per document id: its events, relations, mentions, roles, as one SQLite ingest of the same articles stores them. */
let reference: Map<string, string>;
let referenceEntities: string[];

const FACTS = `SELECT d.id,
    (SELECT COUNT(*) FROM events e WHERE e.document_id = d.id) || ' events, ' ||
    (SELECT COUNT(*) FROM relations r WHERE r.document_id = d.id) || ' relations, ' ||
    ${MENTIONS_OF_DOCUMENT} || ' mentions, ' ||
    (SELECT COUNT(*) FROM roles o WHERE o.document_id = d.id) || ' roles' AS facts
  FROM documents d`;

before(async () => {
  server = await startPostgres({ fast: true });
  // Three overlapping folders: articles 0–59, 30–89 and every third one of 0–89, the
  // last also holding a second copy of each file under another name.
  writeManyArticles(join(cwd, 'a'), 60, 100);
  writeManyArticles(join(cwd, 'b'), 60, 130);
  for (let n = 100; n < 100 + TOTAL; n += 3) {
    writeManyArticles(join(cwd, 'c'), 1, n);
    writeManyArticles(join(cwd, 'c', 'again'), 1, n);
  }
  const single = runCli(['ingest', 'a', 'b', '--db', 'reference.db', '--quiet', '--workers', '1'], { cwd });
  assert.equal(single.status, 0, single.stderr);
  const db = join(cwd, 'reference.db');
  reference = new Map(query<{ id: string; facts: string }>(db, FACTS).map((r) => [r.id, r.facts]));
  referenceEntities = query<{ id: string }>(db, 'SELECT id FROM entities ORDER BY id').map((r) => r.id);
  assert.equal(reference.size, TOTAL);
});
after(async () => {
  await server?.stop();
  tmp.remove();
});

async function stored(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [counts] = await sql`SELECT COUNT(*)::int AS documents, COUNT(DISTINCT id)::int AS ids FROM documents`;
    const facts = new Map((await sql.unsafe<{ id: string; facts: string }[]>(FACTS)).map((r) => [r.id, r.facts]));
    const entities = (await sql`SELECT id FROM entities ORDER BY id`).map((r) => r.id as string);
    const [aliases] = await sql`SELECT COUNT(*)::int AS n, COUNT(DISTINCT (entity_id, alias))::int AS distinct FROM entity_aliases`;
    const [claims] = await sql`SELECT COUNT(*)::int AS n FROM document_claims`;
    return { counts, facts, entities, aliases, claims: claims?.n as number };
  } finally {
    await sql.end();
  }
}

function assertLikeReference(state: Awaited<ReturnType<typeof stored>>): void {
  assert.deepEqual(state.counts, { documents: TOTAL, ids: TOTAL }, 'every document exactly once');
  assert.deepEqual(state.facts, reference, 'every fact once');
  assert.deepEqual(state.entities, referenceEntities);
  assert.equal(state.aliases?.n, state.aliases?.distinct);
}

describe('concurrent ingest into one PostgreSQL database', () => {
  it('stores each document and each fact once when three processes ingest overlapping inputs', async () => {
    const url = await server.createDatabase();
    const runs = [['a', '--workers', '2'], ['b', '--workers', '1'], ['c', 'b', '--workers', '1']].map((args) =>
      finished(spawnCli(['ingest', ...args, '--db', url, '--batch', '5', '--json'], { cwd })));
    const results = await Promise.all(runs);
    for (const r of results) assert.equal(r.status, 0, r.stderr);
    const summaries = results.map((r) => JSON.parse(r.stdout) as { new: number; unchanged: number; failed: number });
    // Between them the processes stored every document once; each of the rest they found stored.
    assert.equal(summaries.reduce((n, s) => n + s.new, 0), TOTAL);
    assert.deepEqual(summaries.map((s) => s.new + s.unchanged), [60, 60, 30 * 2 + 60]);
    const state = await stored(url);
    assertLikeReference(state);
    assert.equal(state.claims, 0, 'no claim is left behind');
  });

  it('loses nothing when one of them is killed half-way: its claims end with it, and a rerun completes the store', async () => {
    const url = await server.createDatabase();
    const victim = spawnCli(['ingest', 'a', 'b', '--db', url, '--batch', '5', '--workers', '1', '--quiet'], { cwd });
    const victimDone = finished(victim);
    // Kill it once it has committed something, while the other two run.
    const deadline = Date.now() + 60_000;
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      while (Date.now() < deadline) {
        const [row] = await sql`SELECT to_regclass('documents') IS NOT NULL AS ready`;
        if (row?.ready && ((await sql`SELECT COUNT(*)::int AS n FROM documents`)[0]?.n as number) >= 5) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await sql.end();
    }
    const others = [['a'], ['c']].map((args) => finished(spawnCli(['ingest', ...args, '--db', url, '--batch', '5', '--workers', '1', '--quiet'], { cwd })));
    victim.kill('SIGKILL');
    assert.equal((await victimDone).signal, 'SIGKILL');
    for (const r of await Promise.all(others)) assert.equal(r.status, 0, r.stderr);
    const rerun = runCli(['ingest', 'a', 'b', '--db', url, '--quiet'], { cwd });
    assert.equal(rerun.status, 0, rerun.stderr);
    assertLikeReference(await stored(url));
  });

  it('comes back to a document another process holds: stored by it, or taken over when it lets go', async () => {
    const url = await server.createDatabase();
    const [first, second] = [join(cwd, 'a', 'article-0100.txt'), join(cwd, 'a', 'article-0101.txt')];
    const docOf = async (path: string) => {
      const read = await readInput(path);
      const prepared = read.ok ? prepare(read.docs[0]!) : null;
      assert.ok(prepared?.ok);
      return prepared;
    };
    const [held, released] = [await docOf(first), await docOf(second)];
    const holder = await openStore(url);
    const writer = await openStore(url);
    try {
      assert.equal(await holder.claimDocument!(held.doc.id), 'claimed');
      assert.equal(await holder.claimDocument!(released.doc.id), 'claimed');
      const run = ingest([first, second], { workers: 1 }, writer, () => {});
      // The holder stores one (without facts, as for a near copy) and gives up the other.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await holder.saveBatch([{ doc: held.doc, analysis: null, duplicateOf: null, fingerprint: held.fingerprint, skipped: 'held' }]);
      await holder.releaseDocument!(released.doc.id);
      const summary = await run;
      assert.deepEqual([summary.new, summary.unchanged, summary.failed], [1, 1, 0]);
      assert.deepEqual((await writer.counts()).documents, 2);
    } finally {
      await Promise.all([holder.close(), writer.close()]);
    }
  });
});

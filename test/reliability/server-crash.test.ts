// Crash safety of the server: `entente serve` killed (SIGKILL) while an upload is being
// ingested leaves a database that opens, passes its integrity check and holds only whole
// documents; uploading the same file again after a restart completes the rest.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../helpers/cli.ts';
import { getJson, sampleDatabase, spawnServe, waitForJob } from '../../src/server/test-support/fixture.ts';
import { integrity } from './db-digest.ts';

const ARTICLES = 400;

/** Made-up dispatches, each different, each with a fact or two for the extractor. */
function dispatches(): string {
  const states = ['Qatar', 'Turkey', 'Iran', 'Egypt', 'Jordan', 'Oman', 'Kuwait', 'Algeria'];
  const lines: string[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const a = states[i % states.length]!;
    const b = states[(i * 5 + 3) % states.length]!;
    const text = `${a} pledged $${5 + (i % 70)} million to ${b} in dispatch ${i}, officials said on Monday. `
      + `${b} thanked ${a} for the aid, and envoys met in the capital in item ${i * 13 + 7} of the series.`;
    lines.push(JSON.stringify({ title: `Dispatch ${i}`, outlet: 'Crash Wire', published: `20${10 + (i % 14)}-05-0${1 + (i % 9)}`, text }));
  }
  return `${lines.join('\n')}\n`;
}

/** Documents whose stored facts are missing although their text plainly has some. */
function documentsWithoutFacts(path: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare(`SELECT COUNT(*) AS n FROM documents d
      WHERE d.title LIKE 'Dispatch %' AND d.duplicate_of IS NULL
      AND NOT EXISTS (SELECT 1 FROM events e WHERE e.document_id = d.id)`).get() as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

function countDispatches(path: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM documents WHERE title LIKE 'Dispatch %'`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('entente serve killed during an upload', () => {
  const tmp = tempDir('server-crash');
  after(() => tmp.remove());

  it('keeps whole documents only, and a second upload completes the rest', async (t) => {
    const db = join(tmp.dir, 'crash.db');
    await sampleDatabase(db);
    const body = dispatches();

    const first = await spawnServe(['--db', db, '--port', '0']);
    const upload = await fetch(new URL('/api/uploads?name=dispatches.jsonl', first.url), { method: 'POST', body, headers: { 'content-type': 'application/x-ndjson' } });
    assert.equal(upload.status, 202);
    await upload.json();
    // Kill once the ingest has committed something but before it can have finished.
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && countDispatches(db) === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const stored = countDispatches(db);
    assert.deepEqual(integrity(db), { integrity: 'ok', foreignKeyViolations: 0 });
    assert.ok(stored > 0, 'the kill came after the first commit');
    t.diagnostic(`killed with ${stored} of ${ARTICLES} dispatches stored`);
    assert.equal(documentsWithoutFacts(db), 0, 'no document was stored without its facts');

    const second = await spawnServe(['--db', db, '--port', '0']);
    try {
      const again = await fetch(new URL('/api/uploads?name=dispatches.jsonl', second.url), { method: 'POST', body, headers: { 'content-type': 'application/x-ndjson' } });
      assert.equal(again.status, 202);
      const done = await waitForJob(second.url, ((await again.json()) as { id: string }).id, {}, 180_000);
      assert.equal(done.state, 'done', JSON.stringify(done.failures?.slice(0, 3)));
      assert.equal(done.summary.new + done.summary.duplicate + done.summary.unchanged, ARTICLES);
      assert.equal(countDispatches(db), ARTICLES, 'every dispatch stored exactly once');
      assert.equal((await getJson(second.url, '/api/summary')).status, 200);
    } finally {
      await second.stop();
    }
    assert.deepEqual(integrity(db), { integrity: 'ok', foreignKeyViolations: 0 });
    assert.equal(documentsWithoutFacts(db), 0);
  });
});

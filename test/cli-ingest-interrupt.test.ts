// An ingest stopped half-way — killed outright, or interrupted with Ctrl-C — leaves
// whole batches only: every stored document has all its facts, and running the
// same ingest again completes it with each document stored exactly once.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { finished, runCli, spawnCli, tempDir } from './helpers/cli.ts';
import { count, documentsSoFar, factsBySource, query } from './helpers/db.ts';
import { writeManyArticles } from './helpers/inputs.ts';

const TOTAL = 300;
const BATCH = 10;

/** Polls the database until at least one batch is committed, then sends `signal`. */
async function stopAfterFirstBatch(child: ChildProcess, db: string, signal: NodeJS.Signals): Promise<number> {
  const deadline = Date.now() + 60_000;
  let exited = false;
  child.on('exit', () => (exited = true));
  while (!exited && Date.now() < deadline) {
    const stored = documentsSoFar(db);
    if (stored >= BATCH) {
      child.kill(signal);
      return stored;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('the ingest ended before it could be stopped half-way');
}

describe('entente ingest stopped half-way', () => {
  const tmp = tempDir('interrupt');
  after(tmp.remove);
  const cwd = tmp.dir;
  let reference = new Map<string, string>();

  before(() => {
    writeManyArticles(join(cwd, 'many'), TOTAL);
    // An uninterrupted run gives, for each document, the facts it must have.
    const run = runCli(['ingest', 'many', '--db', 'reference.db', '--quiet'], { cwd });
    assert.equal(run.status, 0, run.stderr);
    reference = factsBySource(join(cwd, 'reference.db'));
    assert.equal(reference.size, TOTAL);
  });

  function assertWholeBatches(db: string): number {
    assert.deepEqual(query(db, 'PRAGMA integrity_check'), [{ integrity_check: 'ok' }]);
    assert.deepEqual(query(db, 'PRAGMA foreign_key_check'), []);
    const stored = factsBySource(db);
    assert.equal(stored.size % BATCH, 0, `${stored.size} documents: whole batches of ${BATCH} only`);
    for (const [source, facts] of stored) assert.equal(facts, reference.get(source), source);
    return stored.size;
  }

  function assertCompletedByRerun(db: string, committed: number): void {
    const rerun = runCli(['ingest', 'many', '--db', db, '--batch', `${BATCH}`, '--json'], { cwd });
    assert.equal(rerun.status, 0, rerun.stderr);
    const summary = JSON.parse(rerun.stdout) as { new: number; unchanged: number };
    assert.deepEqual([summary.new, summary.unchanged], [TOTAL - committed, committed]);
    assert.equal(count(join(cwd, db), 'documents'), TOTAL);
    assert.equal(query(join(cwd, db), 'SELECT DISTINCT source FROM documents').length, TOTAL);
    assert.deepEqual(factsBySource(join(cwd, db)), reference);
  }

  it('keeps whole batches when killed with SIGKILL', async () => {
    const child = spawnCli(['ingest', 'many', '--db', 'killed.db', '--batch', `${BATCH}`], { cwd });
    const done = finished(child);
    await stopAfterFirstBatch(child, join(cwd, 'killed.db'), 'SIGKILL');
    const result = await done;
    assert.equal(result.signal, 'SIGKILL');
    const committed = assertWholeBatches(join(cwd, 'killed.db'));
    assert.ok(committed < TOTAL, 'killed before the end');
    assertCompletedByRerun('killed.db', committed);
  });

  it('commits the batch in hand, prints the summary and exits 130 on SIGINT', async () => {
    const child = spawnCli(['ingest', 'many', '--db', 'interrupted.db', '--batch', `${BATCH}`], { cwd });
    const done = finished(child);
    await stopAfterFirstBatch(child, join(cwd, 'interrupted.db'), 'SIGINT');
    const result = await done;
    assert.equal(result.status, 130, result.stderr);
    const summary = /^interrupted: ingested (\d+) documents: (\d+) new, 0 unchanged, 0 duplicate, 0 failed;/m.exec(result.stdout);
    assert.ok(summary, result.stdout);
    const stored = factsBySource(join(cwd, 'interrupted.db'));
    assert.equal(stored.size, Number(summary[2]), 'every document the summary counts is stored');
    assert.ok(stored.size < TOTAL, 'stopped before the end');
    for (const [source, facts] of stored) assert.equal(facts, reference.get(source), source);
    assertCompletedByRerun('interrupted.db', stored.size);
  });
});

// Crash safety: `entente ingest` is killed with SIGKILL at random moments — while
// starting, creating the schema, reading, extracting, committing — over and over on
// the same database. After every kill the database must open, pass SQLite's integrity
// and foreign-key checks, hold only whole documents each with exactly the facts an
// uninterrupted run gives it, and have lost nothing it held before; the next run
// carries on, and a run left alone completes the rest.
//
// STRESS_ITERATIONS sets the number of kills (small in `npm test`, 200 in
// `npm run stress`); STRESS_SEED replays a run (the seed is printed).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished, spawnCli, tempDir } from '../helpers/cli.ts';
import { article } from '../helpers/articles.ts';
import { writeManyArticles } from '../helpers/inputs.ts';
import { documentDigests, integrity } from './db-digest.ts';
import { pngBytes } from './hostile-files.ts';

const ITERATIONS = Number(process.env.STRESS_ITERATIONS ?? 6);
const SEED = Number(process.env.STRESS_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** A run that has not ended after this long is hung. */
const HANG_MS = 120_000;

/** mulberry32: a small seeded generator, so a failing sequence of kills can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every kind of work ingest does: plain files, records, feed items, near copies, another language, bad inputs. */
function writeCorpus(dir: string): void {
  writeManyArticles(join(dir, 'articles'), 120, 500);
  const record = (n: number) => JSON.stringify({ title: article(n).title, text: article(n).text, published: article(n).published });
  writeFileSync(join(dir, 'records.jsonl'), [...Array.from({ length: 25 }, (_, i) => record(700 + i)), '{"broken'].join('\n'));
  const item = (n: number) => `<item><title>${article(n).title}</title><description>${article(n).text}</description></item>`;
  writeFileSync(join(dir, 'wire.rss'), `<rss version="2.0"><channel><title>Wire</title>${Array.from({ length: 10 }, (_, i) => item(750 + i)).join('')}</channel></rss>`);
  mkdirSync(join(dir, 'copies'));
  for (let i = 0; i < 8; i++) {
    // The same story as syndicated elsewhere: the punctuation changed, so the text differs but not its words.
    writeFileSync(join(dir, 'copies', `copy-${i}.txt`), `${article(500 + i * 7).title}\n\n${article(500 + i * 7).text.replace(/\.$/, '!')}\n`);
  }
  writeFileSync(join(dir, 'french.txt'), "L'Iran a promis de nouveaux fonds au Hamas lors d'une visite à Téhéran, selon des responsables. ".repeat(4));
  writeFileSync(join(dir, 'picture.png'), pngBytes());
  writeFileSync(join(dir, 'empty.txt'), '');
}

describe(`entente ingest killed at random points (${ITERATIONS} kills, seed ${SEED})`, () => {
  const tmp = tempDir('crash');
  after(tmp.remove);
  const cwd = tmp.dir;
  const db = join(cwd, 'crash.db');
  const next = random(SEED);
  let reference = new Map<string, string>();
  let fullRunMs = 0;
  /** How long an ingest of nothing takes: Node, the loader, the modules, the lexicon, the database. */
  let startupMs = 0;

  function ingestArgs(database: string, batch: number): string[] {
    return ['ingest', 'corpus', '--db', database, '--batch', String(batch), '--quiet'];
  }

  before(async () => {
    writeCorpus(join(cwd, 'corpus'));
    mkdirSync(join(cwd, 'nothing'));
    let started = performance.now();
    await finished(spawnCli(['ingest', 'nothing', '--db', 'startup.db'], { cwd }));
    startupMs = performance.now() - started;
    started = performance.now();
    const run = await finished(spawnCli(ingestArgs('reference.db', 50), { cwd }));
    fullRunMs = performance.now() - started;
    assert.equal(run.status, 1, 'the bad inputs make the exit status 1');
    assert.equal(run.stderr.trim().split('\n').length, 3, run.stderr);
    reference = documentDigests(join(cwd, 'reference.db'));
    assert.equal(reference.size, 120 + 25 + 10 + 8 + 1);
  });

  /** The checks that must hold after any kill; returns the stored digests. */
  function assertConsistent(previous: Map<string, string>, context: string): Map<string, string> {
    if (!existsSync(db)) {
      assert.equal(previous.size, 0, `${context}: the database vanished`);
      return previous;
    }
    assert.deepEqual(integrity(db), { integrity: 'ok', foreignKeyViolations: 0 }, context);
    let stored: Map<string, string>;
    try {
      stored = documentDigests(db);
    } catch (error) {
      // Killed while creating the file, before the schema's first commit: nothing stored yet.
      assert.match(String(error), /no such table: documents/, context);
      assert.equal(previous.size, 0, context);
      return previous;
    }
    for (const [source, digest] of stored) {
      assert.equal(digest, reference.get(source), `${context}: ${source} is whole, with exactly its facts`);
    }
    for (const source of previous.keys()) assert.ok(stored.has(source), `${context}: ${source}, stored before, is still there`);
    return stored;
  }

  it('keeps the database whole after every kill, and the next runs complete it', async (t) => {
    let stored = new Map<string, string>();
    const outcomes = { killed: 0, withWork: 0, completed: 0 };
    for (let i = 1; i <= ITERATIONS; i++) {
      const batch = 1 + Math.floor(next() * 8);
      // One kill in five anywhere, even while Node starts; the others once ingest is under way.
      const from = next() < 0.2 ? 0 : startupMs;
      const delay = Math.round(from + next() * (fullRunMs - from) * 1.1);
      const child = spawnCli(ingestArgs('crash.db', batch), { cwd });
      const done = finished(child);
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      const hang = setTimeout(() => child.kill('SIGKILL'), HANG_MS);
      const result = await done;
      clearTimeout(timer);
      clearTimeout(hang);
      const context = `kill ${i} (batch ${batch}, after ${delay} ms, seed ${SEED})`;
      if (result.signal === 'SIGKILL') {
        outcomes.killed++;
        const before = stored.size;
        stored = assertConsistent(stored, context);
        if (stored.size > before) outcomes.withWork++;
      } else {
        // The run ended before its kill: it must have completed everything.
        assert.equal(result.status, 1, `${context}: ${result.stderr}`);
        outcomes.completed++;
        stored = assertConsistent(stored, context);
        assert.deepEqual(stored, reference, `${context}: a run left alone stores everything`);
        // Start over on a fresh database, so that later kills land in unfinished work.
        for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${db}${suffix}`, { force: true });
        stored = new Map();
      }
    }
    const last = await finished(spawnCli(ingestArgs('crash.db', 5), { cwd }));
    assert.equal(last.status, 1, last.stderr);
    assert.deepEqual(assertConsistent(stored, 'final run'), reference, 'the final run completes the rest');
    t.diagnostic(`start ${Math.round(startupMs)} ms, full run ${Math.round(fullRunMs)} ms; ${outcomes.killed} killed (${outcomes.withWork} after committing more), ` +
      `${outcomes.completed} completed before their kill`);
  });
});

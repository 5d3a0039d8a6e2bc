// Ingesting is idempotent: the same inputs a second time (in any order) store
// nothing new, change no row of any table, and report every document as unchanged.
// A property over generated folders (good articles, exact and near copies, records,
// pages, random text and bytes) through the library, then once through the CLI.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/store.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import type { IngestSummary } from '../../src/ingest/types.ts';
import { runCli, tempDir } from '../helpers/cli.ts';
import { article } from '../helpers/articles.ts';
import { writeEveryFormat } from '../helpers/inputs.ts';
import { hostileJsonl, noise, pngBytes } from './hostile-files.ts';

const RUNS = Number(process.env.FC_RUNS ?? 12);

/** Every row of every table, as one hash per table: equal hashes, equal databases. */
function snapshot(path: string): Record<string, string> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(tables.map((table) => {
      const rows = db.prepare(`SELECT * FROM "${table}"`).all().map((row) => JSON.stringify(row)).sort();
      return [table, `${rows.length} rows ${createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 16)}`];
    }));
  } finally {
    db.close();
  }
}

/** What one generated file holds. */
const content: fc.Arbitrary<[string, string | Uint8Array]> = fc.oneof(
  fc.nat(12).map((n): [string, string] => ['.txt', `${article(900 + n).title}\n\n${article(900 + n).text}\n`]),
  fc.nat(12).map((n): [string, string] => ['.txt', article(900 + n).text.replace(/\.$/, '!')]), // a near copy
  fc.nat(12).map((n): [string, string] => ['.md', `# ${article(900 + n).title}\n\n${article(900 + n).paragraphs.join('\n\n')}\n`]),
  fc.nat(12).map((n): [string, string] => ['.html', `<html><body><article>${article(900 + n).paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`]),
  fc.array(fc.nat(12), { minLength: 1, maxLength: 4 }).map((ns): [string, string] => ['.jsonl', ns.map((n) => JSON.stringify({ text: article(900 + n).text })).join('\n')]),
  fc.constant<[string, string]>(['.jsonl', hostileJsonl().text.split('\n').slice(0, 6).join('\n')]),
  fc.string({ unit: 'binary', maxLength: 400 }).map((s): [string, string] => ['.txt', s]),
  fc.string({ unit: 'grapheme', maxLength: 400 }).map((s): [string, string] => ['.md', s]),
  fc.uint8Array({ maxLength: 300 }).map((b): [string, Uint8Array] => ['.bin', b]),
  fc.constant<[string, Uint8Array]>(['.png', pngBytes()]),
  fc.nat(1000).map((seed): [string, Uint8Array] => ['.txt', noise(500, seed + 1)]),
);

describe('ingesting is idempotent', () => {
  const tmp = tempDir('idempotent');
  after(tmp.remove);
  let n = 0;

  it('for any set of inputs, a second run in any order stores nothing new and changes no row', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(content, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 5 }), async (files, batchSize) => {
        const dir = join(tmp.dir, `case-${++n}`);
        mkdirSync(dir);
        const paths = files.map(([ext, data], i) => {
          const path = join(dir, `input-${String(i).padStart(2, '0')}${ext}`);
          writeFileSync(path, data);
          return path;
        });
        const dbPath = join(tmp.dir, `case-${n}.db`);
        const run = async (args: string[]): Promise<IngestSummary> => {
          const store = await openStore(dbPath);
          try {
            return await ingest(args, { batchSize, countInputs: false }, store, () => {});
          } finally {
            await store.close();
          }
        };
        const first = await run(paths);
        const before = snapshot(dbPath);
        const second = await run([...paths].reverse());
        assert.deepEqual(snapshot(dbPath), before, 'no row changed');
        assert.deepEqual(
          [second.new, second.duplicate, second.unchanged, second.failed, second.events, second.relations],
          [0, 0, first.new + first.duplicate + first.unchanged, first.failed, 0, 0],
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('through the CLI: the same folder twice gives the same database', () => {
    const cwd = tmp.dir;
    writeEveryFormat(join(cwd, 'formats'));
    writeFileSync(join(cwd, 'formats', 'copy.txt'), `${article(1).title}\n\n${article(1).text.replace(/\.$/, '!')}\n`);
    writeFileSync(join(cwd, 'formats', 'picture.png'), pngBytes());
    const first = runCli(['ingest', 'formats', '--db', 'cli.db', '--json', '--quiet'], { cwd });
    assert.equal(first.status, 1, first.stderr);
    const before = snapshot(join(cwd, 'cli.db'));
    const second = runCli(['ingest', 'formats', '--db', 'cli.db', '--json', '--quiet'], { cwd });
    assert.equal(second.status, 1);
    assert.equal(second.stderr, first.stderr, 'the same failures, reported again');
    assert.deepEqual(snapshot(join(cwd, 'cli.db')), before);
    const summary = JSON.parse(second.stdout) as IngestSummary;
    const firstSummary = JSON.parse(first.stdout) as IngestSummary;
    assert.deepEqual([summary.new, summary.duplicate, summary.unchanged], [0, 0, firstSummary.new + firstSummary.duplicate]);
  });
});

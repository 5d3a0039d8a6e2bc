// `entente ingest` end to end: the real command in a child process, real files, a real database.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './helpers/cli.ts';
import { count, query } from './helpers/db.ts';
import { article } from './helpers/articles.ts';
import { binaryBytes, utf16WithBom, windows1256Bytes, writeEveryFormat } from './helpers/inputs.ts';

const SUMMARY = /^ingested (\d+) documents?: (\d+) new, (\d+) unchanged, (\d+) duplicate, (\d+) failed; \d+ events?, \d+ relations? in [\d.]+ s$/m;

describe('entente ingest', () => {
  const tmp = tempDir('ingest');
  after(tmp.remove);
  const cwd = tmp.dir;

  describe('every format, then the same inputs again', () => {
    const inputs = join(cwd, 'formats');
    let expected = 0;
    before(() => { expected = writeEveryFormat(inputs); });

    it('stores each document of each format', () => {
      const run = runCli(['ingest', 'formats', '--db', 'formats.db'], { cwd });
      assert.equal(run.stderr, '');
      assert.equal(run.status, 0);
      assert.deepEqual(SUMMARY.exec(run.stdout)?.slice(1), [`${expected}`, `${expected}`, '0', '0', '0']);
      const sources = query<{ source: string; title: string | null }>(join(cwd, 'formats.db'), 'SELECT source, title FROM documents ORDER BY source');
      assert.deepEqual(sources.map((d) => d.source.replace('formats/', '')), [
        'feed.rss#1', 'feed.rss#2', 'note.md', 'page.html', 'plain.txt',
        'records.json#1', 'records.json#2', 'records.jsonl#1', 'records.jsonl#2',
      ]);
      for (const name of ['feed.rss#1', 'page.html', 'note.md', 'records.jsonl#2']) {
        assert.ok(sources.find((d) => d.source.endsWith(name))?.title, `${name} has a title`);
      }
    });

    it('changes nothing when given the same inputs again', () => {
      const db = join(cwd, 'formats.db');
      const before = query(db, 'SELECT id, ingested_at FROM documents ORDER BY id');
      const run = runCli(['ingest', 'formats', '--db', 'formats.db'], { cwd });
      assert.equal(run.status, 0);
      assert.deepEqual(SUMMARY.exec(run.stdout)?.slice(1), [`${expected}`, '0', `${expected}`, '0', '0']);
      assert.deepEqual(query(db, 'SELECT id, ingested_at FROM documents ORDER BY id'), before);
    });
  });

  it('keeps a near copy as a duplicate of the original, without facts', () => {
    mkdirSync(join(cwd, 'copies'));
    const original = [40, 41, 42].map((n) => article(n).text).join('\n\n');
    writeFileSync(join(cwd, 'copies', 'a-original.txt'), original);
    // The same story as syndicated elsewhere: one word and the punctuation changed.
    writeFileSync(join(cwd, 'copies', 'b-copy.txt'), original.replace(' said.', ' stated!'));
    const run = runCli(['ingest', 'copies', '--db', 'copies.db'], { cwd });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(SUMMARY.exec(run.stdout)?.slice(1), ['2', '1', '0', '1', '0']);
    const db = join(cwd, 'copies.db');
    const [copy] = query<{ source: string; duplicate_of: string; skipped: string }>(db,
      'SELECT source, duplicate_of, skipped FROM documents WHERE duplicate_of IS NOT NULL');
    assert.match(copy?.source ?? '', /b-copy\.txt$/);
    assert.equal(copy?.skipped, 'duplicate');
    assert.equal(count(db, 'events', `document_id = (SELECT id FROM documents WHERE duplicate_of IS NOT NULL)`), 0);
  });

  it('reports each bad input on one line, stores the others and exits 1', () => {
    const dir = join(cwd, 'mixed');
    mkdirSync(dir);
    writeFileSync(join(dir, 'good.txt'), article(50).text);
    writeFileSync(join(dir, 'utf16.txt'), utf16WithBom(`${article(51).title}\n\n${article(51).text}`));
    writeFileSync(join(dir, 'picture.png'), binaryBytes());
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'arabic.txt'), windows1256Bytes());
    writeFileSync(join(dir, 'huge.txt'), Array.from({ length: 12 }, (_, i) => article(60 + i).text).join('\n\n'));
    writeFileSync(join(dir, 'broken.jsonl'), `${JSON.stringify({ text: article(52).text })}\n{"text": "cut off\n`);
    const run = runCli(['ingest', 'mixed', 'no-such-folder', '--db', 'mixed.db', '--max-size', '0.01'], { cwd });
    assert.equal(run.status, 1);
    const lines = run.stderr.trim().split('\n');
    const expected: [string, RegExp][] = [
      ['mixed/arabic.txt', /not valid UTF-8.*1256/i],
      ['mixed/broken.jsonl#2', /line 2 is not valid JSON/],
      ['mixed/empty.txt', /empty/],
      ['mixed/huge.txt', /large|size|MB|bytes/i],
      ['mixed/picture.png', /binary/],
      ['no-such-folder', /no such file/],
    ];
    assert.equal(lines.length, expected.length, run.stderr);
    for (const [source, reason] of expected) {
      const line = lines.find((l) => l.startsWith(`entente: ${source}: `) || l.startsWith(`entente: ${join(cwd, source)}: `));
      assert.ok(line, `a line for ${source} in:\n${run.stderr}`);
      assert.match(line, reason);
    }
    assert.deepEqual(SUMMARY.exec(run.stdout)?.slice(1), ['9', '3', '0', '0', '6']);
    const stored = query<{ source: string; text: string }>(join(cwd, 'mixed.db'), 'SELECT source, text FROM documents ORDER BY source');
    assert.deepEqual(stored.map((d) => d.source), ['mixed/broken.jsonl#1', 'mixed/good.txt', 'mixed/utf16.txt']);
    assert.ok(stored[2]?.text.includes(article(51).paragraphs[0]!.slice(0, 60)), 'UTF-16 decoded');
  });

  it('refuses a document past --doc-timeout on one line, stores the others, and says how to allow it', () => {
    const dir = join(cwd, 'slow');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), article(90).text);
    // 2 MB of prose on one line: seconds of analysis, past a limit of half a second.
    writeFileSync(join(dir, 'b-long.txt'), Array.from({ length: 1400 }, (_, i) => article(2000 + i).paragraphs.join(' ')).join(' '));
    writeFileSync(join(dir, 'c.txt'), article(91).text);
    // One worker: what used to keep every document in this thread, where nothing can stop it.
    const run = runCli(['ingest', 'slow', '--db', 'slow.db', '--doc-timeout', '0.5', '--workers', '1'], { cwd });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^entente: slow\/b-long\.txt: (cleaning and analysis|cleaning|analysis) took longer than 0\.5 s — refused; to allow it, ingest it with entente ingest --doc-timeout and more seconds\n$/);
    assert.deepEqual(SUMMARY.exec(run.stdout)?.slice(1), ['3', '2', '0', '0', '1']);
    assert.deepEqual(query(join(cwd, 'slow.db'), 'SELECT source FROM documents ORDER BY source'), [{ source: 'slow/a.txt' }, { source: 'slow/c.txt' }]);
  });

  it('refuses a --doc-timeout that is not a number of seconds above 0', () => {
    for (const value of ['0', '-3', 'soon']) {
      const run = runCli(['ingest', 'one', '--doc-timeout', value], { cwd });
      assert.notEqual(run.status, 0);
      assert.match(run.stderr, /--doc-timeout.*expected a number of seconds above 0/);
    }
  });

  it('prints the summary as JSON, honours ENTENTE_DB, and lets --db win over it', () => {
    mkdirSync(join(cwd, 'one'));
    writeFileSync(join(cwd, 'one', 'a.txt'), article(70).text);
    const viaEnv = runCli(['ingest', 'one', '--json'], { cwd, env: { ENTENTE_DB: 'from-env.db' } });
    assert.equal(viaEnv.status, 0, viaEnv.stderr);
    const summary = JSON.parse(viaEnv.stdout) as Record<string, unknown>;
    assert.deepEqual(Object.keys(summary).sort(), ['database', 'documents', 'duplicate', 'elapsedMs', 'events', 'failed',
      'interrupted', 'new', 'notAnalyzed', 'relations', 'unchanged']);
    assert.equal(summary.database, 'from-env.db');
    assert.equal(summary.new, 1);
    assert.equal(count(join(cwd, 'from-env.db'), 'documents'), 1);
    assert.equal(existsSync(join(cwd, 'entente.db')), false);
    const flagWins = runCli(['ingest', 'one', '--db', 'flag.db', '--quiet'], { cwd, env: { ENTENTE_DB: 'from-env.db' } });
    assert.equal(flagWins.stdout + flagWins.stderr, '');
    assert.equal(count(join(cwd, 'flag.db'), 'documents'), 1);
    const byDefault = runCli(['ingest', 'one'], { cwd });
    assert.equal(byDefault.status, 0);
    assert.equal(count(join(cwd, 'entente.db'), 'documents'), 1);
  });

  it('reads standard input given as -', () => {
    const run = runCli(['ingest', '-', '--db', 'stdin.db'], { cwd, input: article(80).text });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(query(join(cwd, 'stdin.db'), 'SELECT source FROM documents'), [{ source: '-' }]);
  });

  it('says what to do with a database it cannot open, and explains itself in --help', () => {
    const run = runCli(['ingest', 'one', '--db', 'missing-folder/x.db'], { cwd });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^entente: cannot open database missing-folder\/x\.db: .* — check the path or pass --db\n$/);
    const help = runCli(['ingest', '--help'], { cwd });
    assert.match(help.stdout, /Examples:\n\s+entente ingest articles\//);
    const bad = runCli(['ingest', 'one', '--batch', '0'], { cwd });
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /--batch.*whole number/);
  });
});

// `entente demo` runs from any folder on the bundled samples and ends with what to try next.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './helpers/cli.ts';
import { count } from './helpers/db.ts';

describe('entente demo', () => {
  const tmp = tempDir('demo');
  after(tmp.remove);

  it('ingests the samples into a fresh database and shows the Iran–Hamas timeline', () => {
    const db = join(tmp.dir, 'demo.db');
    for (let run = 1; run <= 2; run++) {
      const result = runCli(['demo', '--db', db], { cwd: tmp.dir });
      assert.equal(result.status, 0, result.stderr);
      // The second run starts afresh: everything is new again, nothing "unchanged".
      assert.match(result.stdout, /^ingested (\d+) documents: \1 new, 0 unchanged, /m);
      assert.match(result.stdout, /^Database .*demo\.db: \d+ documents \(\d+ duplicate\), \d+ entities, \d+ events, \d+ relations$/m);
      assert.match(result.stdout, /^Iran–Hamas timeline \(\d+ events?\):$/m);
      assert.match(result.stdout, /^Try next:\n {2}entente ingest your-articles\/.*\n {2}entente extract --format table FILE.*\n {2}entente extract --explain FILE.*\n {2}entente eval --gold /m);
    }
    assert.ok(count(db, 'documents') > 0);
    assert.equal(existsSync(join(tmp.dir, 'entente-demo.db')), false, '--db is honoured');
  });

  it('prints one line per event with date, type, actors, outlet and evidence, or says there are none', () => {
    const result = runCli(['demo', '--db', join(tmp.dir, 'lines.db')], { cwd: tmp.dir });
    const timeline = result.stdout.split('Iran–Hamas timeline')[1]?.split('Try next:')[0] ?? '';
    const lines = timeline.split('\n').slice(1).filter((line) => line.trim());
    assert.ok(lines.length > 0);
    if (/no events between Iran and Hamas yet/.test(timeline)) return;
    for (const line of lines) {
      assert.match(line, /^ {2}(\d{4}(-\d\d){0,2}|undated) +[A-Z]+(\/[a-z-]+)?.* (Iran|Hamas) → .+“.+”$/);
    }
  });
});

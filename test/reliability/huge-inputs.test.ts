// Large inputs: a 50 MB file (over the default limit, and under a raised one), 50 MB
// on standard input, single lines of 5 MB. Each run must end on its own within its
// time limit, with bounded memory, the input stored or refused with one line. The
// limits leave room for a machine busy with other work (runs here take 1–7 s alone);
// what they catch is work that grows with the square of the input (minutes to hours).
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { tempDir } from '../helpers/cli.ts';
import { query } from '../helpers/db.ts';
import { article } from '../helpers/articles.ts';
import { MB, failureLines, runMeasured } from './measure.ts';
import { integrity } from './db-digest.ts';

/** Past this a run is hung: it is killed and the test fails. */
const HANG_MS = 120_000;

/** Articles joined until `bytes` long, with `separator` between them. */
function articlesOf(bytes: number, separator: string, distinct = 40): string {
  const parts: string[] = [];
  let length = 0;
  for (let n = 0; length < bytes; n++) {
    const text = article(1000 + (n % distinct)).paragraphs.join(separator) + separator;
    parts.push(text);
    length += text.length;
  }
  return parts.join('');
}

describe('huge inputs', () => {
  const tmp = tempDir('huge');
  after(tmp.remove);
  const cwd = tmp.dir;

  it('a 50 MB file is refused before it is read; with --max-size 60 it is read in bounded memory', (t) => {
    mkdirSync(join(cwd, 'fifty'));
    // Forty articles over and over: cleaning keeps each repeated paragraph once.
    writeFileSync(join(cwd, 'fifty', 'archive.txt'), articlesOf(50 * MB, '\n\n'));
    const refused = runMeasured(['ingest', 'fifty', '--db', 'fifty.db', '--json'], { cwd, timeoutMs: HANG_MS });
    t.diagnostic(`refused: ${Math.round(refused.ms)} ms, peak ${refused.peakMb?.toFixed(0)} MB`);
    assert.equal(refused.status, 1);
    assert.deepEqual(failureLines(refused.stderr), ['entente: fifty/archive.txt: 50 MB is over the 10 MB limit; raise it with --max-size']);
    assert.ok(refused.peakMb! < 200, `not read: ${refused.peakMb?.toFixed(0)} MB`);

    const read = runMeasured(['ingest', 'fifty', '--db', 'fifty.db', '--json', '--max-size', '60'], { cwd, timeoutMs: HANG_MS });
    t.diagnostic(`read: ${Math.round(read.ms)} ms, peak ${read.peakMb?.toFixed(0)} MB`);
    assert.equal(read.status, 0, read.stderr);
    assert.equal((JSON.parse(read.stdout) as { new: number }).new, 1);
    assert.ok(read.peakMb! < 700, `peak memory ${read.peakMb?.toFixed(0)} MB for 50 MB`);
  });

  it('50 MB on standard input is refused at the limit without reading it all', (t) => {
    const run = runMeasured(['ingest', '-', '--db', 'stdin.db', '--json'], { cwd, timeoutMs: HANG_MS, input: Buffer.alloc(50 * MB, 'Iran met Hamas. ') });
    t.diagnostic(`${Math.round(run.ms)} ms, peak ${run.peakMb?.toFixed(0)} MB`);
    assert.equal(run.status, 1);
    assert.deepEqual(failureLines(run.stderr), ['entente: -: standard input is over the 10 MB limit; raise it with --max-size']);
    assert.ok(run.peakMb! < 250, `peak memory ${run.peakMb?.toFixed(0)} MB`);
  });

  it('single 5 MB lines of data (minified JSON, base64, numbers, a dated log) are stored or refused within 90 s', (t) => {
    const dir = join(cwd, 'data-lines');
    mkdirSync(dir);
    const records: string[] = [];
    for (let i = 0, length = 0; length < 5 * MB; i++) {
      const record = JSON.stringify({ id: i, name: `item ${i}`, tags: ['a', 'b'], value: i * 1.5 });
      records.push(record);
      length += record.length + 1;
    }
    writeFileSync(join(dir, 'minified.txt'), `[${records.join(',')}]`);
    writeFileSync(join(dir, 'base64.txt'), randomBytes(Math.floor(3.75 * MB)).toString('base64'));
    writeFileSync(join(dir, 'numbers.txt'), Array.from({ length: 700_000 }, (_, i) => `${(i * 7919) % 100_000}`).join(' '));
    // A log with a date every 40 characters (the dateline search used to rescan the line for each: hours).
    writeFileSync(join(dir, 'dated-log.txt'), Array.from({ length: 140_000 }, (_, i) => `2016-05-${String((i % 28) + 1).padStart(2, '0')} id=${i} status=ok;`).join(' '));
    const run = runMeasured(['ingest', 'data-lines', '--db', 'lines.db', '--json', '--quiet'], { cwd, timeoutMs: HANG_MS });
    t.diagnostic(`${Math.round(run.ms)} ms, peak ${run.peakMb?.toFixed(0)} MB`);
    assert.equal(run.timedOut, false);
    assert.ok(run.ms < 90_000, `took ${Math.round(run.ms)} ms`);
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const summary = JSON.parse(run.stdout) as { new: number; failed: number };
    assert.equal(summary.new + summary.failed, 4);
    assert.equal(failureLines(run.stderr).length, summary.failed);
    // About 100 bytes per input byte today (mostly token objects), and V8 keeps the
    // garbage of one document while reading the next: bounded by the size limit.
    assert.ok(run.peakMb! < 1024, `peak memory ${run.peakMb?.toFixed(0)} MB`);
    assert.deepEqual(integrity(join(cwd, 'lines.db')), { integrity: 'ok', foreignKeyViolations: 0 });
  });

  // A per-document time limit bounds the run whatever extraction costs; extraction is
  // linear in paragraph length (5 to 10 s for this). The limit is set below the default
  // 15 s so that a refusal too (cleaning, then the limit) ends well within 20 s.
  it('a single 5 MB line of prose is stored, or refused for taking too long, within 20 s', (t) => {
    const dir = join(cwd, 'prose');
    mkdirSync(dir);
    writeFileSync(join(dir, 'one-line.txt'), articlesOf(5 * MB, ' ', 4000));
    const run = runMeasured(['ingest', 'prose', '--db', 'prose.db', '--json', '--quiet', '--doc-timeout', '10'], { cwd, timeoutMs: 20_000 });
    t.diagnostic(`${Math.round(run.ms)} ms, peak ${run.peakMb?.toFixed(0)} MB, timed out: ${run.timedOut}`);
    assert.equal(run.timedOut, false, 'killed after 20 s');
    const summary = JSON.parse(run.stdout) as { new: number; failed: number };
    assert.equal(summary.new + summary.failed, 1);
    assert.equal(failureLines(run.stderr).length, summary.failed);
    assert.ok(run.peakMb! < 1024, `peak memory ${run.peakMb?.toFixed(0)} MB`);
    assert.equal(query(join(cwd, 'prose.db'), 'SELECT 1 FROM documents').length, summary.new);
  });
});

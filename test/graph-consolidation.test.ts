// `entente events`: one meeting reported by three articles is one event with three
// sources; a meeting a year later is another. Tables put dates first and align.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli, tempDir } from './helpers/cli.ts';
import { seed } from './helpers/graph-seed.ts';

describe('event consolidation across documents', () => {
  const tmp = tempDir('graph-consolidation');
  const db = join(tmp.dir, 'g.db');
  after(tmp.remove);
  before(() => seed(db, [
    { text: 'Hamas leaders met Iranian officials in Tehran on Monday, 2 May 2016.', outlet: 'Levant Wire', published: '2016-05-03',
      events: [{ source: 'hamas', target: 'iran', date: '2016-05-02', mode: 'meet' }] },
    { text: 'Iran received a Hamas delegation on Tuesday, officials said.', outlet: 'Gulf Dispatch', published: '2016-05-04',
      events: [{ source: 'iran', target: 'hamas', date: '2016-05-03', mode: 'visit', modality: 'reported' }] },
    { text: 'Hamas and Iran held talks in Tehran this month.', outlet: 'Cedar Post', published: '2016-05-20',
      events: [{ source: 'hamas', target: 'iran', date: '2016-05' }] },
    { text: 'A year on, Hamas leaders met Iranian officials in Tehran again.', outlet: 'Levant Wire', published: '2017-05-09',
      events: [{ source: 'hamas', target: 'iran', date: '2017-05-08', mode: 'meet' }] },
  ]));

  it('gives three reports of one meeting as one event with three sources, and the later meeting apart', () => {
    const run = runCli(['events', '--dyad', 'Hamas', 'Iran', '--db', db, '--format', 'json'], { cwd: tmp.dir });
    assert.equal(run.status, 0, run.stderr);
    const { count, events } = JSON.parse(run.stdout);
    assert.equal(count, 2);
    const [first, second] = events;
    assert.deepEqual([first.date.value, first.type, first.sources, first.outlets], ['2016-05-02', 'CONSULT', 3, ['Levant Wire', 'Gulf Dispatch', 'Cedar Post']]);
    assert.deepEqual([first.firstReported, first.lastReported], ['2016-05-03', '2016-05-20']);
    assert.deepEqual(first.reports.map((r: { evidence: { text: string } }) => r.evidence.text.slice(0, 20)),
      ['Hamas leaders met Ir', 'Iran received a Hama', 'Hamas and Iran held ']);
    assert.deepEqual([second.date.value, second.sources], ['2017-05-08', 1]);
  });

  it('prints a table with dates first and aligned columns, full evidence and every report one flag away', () => {
    const table = runCli(['events', '--actor', 'hamas', '--db', db], { cwd: tmp.dir });
    assert.equal(table.status, 0, table.stderr);
    const lines = table.stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^date +type +actors +srcs +reported by +evidence$/);
    assert.match(lines[1]!, /^2016-05-02 +CONSULT\/meet +Hamas ↔ Iran +3 +Levant Wire \+2 +“Hamas leaders met/);
    const evidenceColumn = lines[0]!.indexOf('evidence');
    for (const line of lines.slice(1)) assert.equal(line.indexOf('“'), evidenceColumn);
    const full = runCli(['events', '--actor', 'hamas', '--db', db, '--full'], { cwd: tmp.dir });
    assert.match(full.stdout, /^ {4}also Gulf Dispatch \(2016-05-04\): “Iran received a Hamas delegation on Tuesday, officials said\.”$/m);
  });

  it('writes CSV, and filters by outlet, type and dates', () => {
    const csv = runCli(['events', '--db', db, '--format', 'csv', '--source', 'cedar post'], { cwd: tmp.dir });
    assert.equal(csv.status, 0, csv.stderr);
    const [header, row, ...rest] = csv.stdout.trimEnd().split('\r\n');
    assert.match(header!, /^id,date,precision,type,mode,source_id,source,target_id,target,/);
    assert.match(row!, /,2016-05,month,CONSULT,/);
    assert.deepEqual(rest, []);
    const none = runCli(['events', '--db', db, '--type', 'AID'], { cwd: tmp.dir });
    assert.equal(none.stdout.trim(), 'no events match');
    const later = runCli(['events', '--db', db, '--from', '2017', '--format', 'json'], { cwd: tmp.dir });
    assert.equal(JSON.parse(later.stdout).count, 1);
  });

  it('says what to do with a wrong filter', () => {
    const type = runCli(['events', '--db', db, '--type', 'PARLEY'], { cwd: tmp.dir });
    assert.equal(type.status, 1);
    assert.match(type.stderr, /"PARLEY" is not a PLOVER type — use one of AGREE, CONSULT/);
    const date = runCli(['events', '--db', db, '--from', 'May 2016'], { cwd: tmp.dir });
    assert.match(date.stderr, /"May 2016" is not a date — use YYYY, YYYY-MM or YYYY-MM-DD/);
    const dyad = runCli(['events', '--db', db, '--dyad', 'Hamas'], { cwd: tmp.dir });
    assert.match(dyad.stderr, /--dyad takes two actors, got 1/);
    const actor = runCli(['events', '--db', db, '--actor', 'Hezbollah'], { cwd: tmp.dir });
    assert.match(actor.stderr, /^entente: no actor called "Hezbollah" in the database — check the spelling/);
    // Both actors are looked up at once; the error names the first unknown, as one after another would.
    const pair = runCli(['events', '--db', db, '--dyad', 'Hezbollah', 'Fatah'], { cwd: tmp.dir });
    assert.match(pair.stderr, /^entente: no actor called "Hezbollah" in the database/);
    const missing = runCli(['events', '--db', join(tmp.dir, 'none.db')], { cwd: tmp.dir });
    assert.match(missing.stderr, /no database at .*none\.db — ingest articles first/);
  });
});

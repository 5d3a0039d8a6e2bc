// Resolution across documents: the same person spelled two ways by two outlets is
// one actor, a wing's events count as its movement's with --rollup, and a user's
// merge or split holds for the documents already stored and those that come later.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './helpers/cli.ts';
import { seed } from './helpers/graph-seed.ts';

const ARTICLES: Record<string, string> = {
  'a-levant.txt': `Hamas delegation meets Iranian leaders in Tehran

TEHRAN, 3 May 2016 (Levant Wire) — A Hamas delegation led by Khalil al-Haddad met Iranian Foreign Minister Mohammad Javad Zarif in Tehran on Monday.
`,
  'b-cedar.txt': `Iran and Hamas hold talks

BEIRUT, 4 May 2016 (Cedar Post) — Hamas official Khalil Alhaddad met Iranian Foreign Minister Mohammad Javad Zarif in Tehran on Monday, officials said.
`,
  'c-wing.txt': `Rockets for Gaza

GAZA, 10 June 2013 (Levant Wire) — Iran sent rockets to the Qassam Brigades, the military wing of Hamas, in May 2013, Israeli officials said.
`,
};

describe('resolution across documents (ingested articles)', () => {
  const tmp = tempDir('graph-resolution');
  const db = join(tmp.dir, 'g.db');
  after(tmp.remove);
  before(() => {
    mkdirSync(join(tmp.dir, 'articles'));
    for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(tmp.dir, 'articles', name), text);
    const run = runCli(['ingest', 'articles', '--db', db], { cwd: tmp.dir });
    assert.equal(run.status, 0, run.stderr);
  });

  it('makes one actor of a transliteration pair, found under either spelling', () => {
    const profiles = ['Khalil al-Haddad', 'Khalil Alhaddad', 'khalil-al-haddad'].map((name) => {
      const run = runCli(['actor', name, '--db', db, '--format', 'json'], { cwd: tmp.dir });
      assert.equal(run.status, 0, run.stderr);
      return JSON.parse(run.stdout);
    });
    for (const p of profiles) assert.deepEqual([p.id, [...p.members].sort()], [profiles[0].id, ['khalil-al-haddad', 'khalil-alhaddad']]);
    // Where one outlet says "Hamas official", the person is placed in Hamas.
    assert.equal(profiles[0].parent?.id, 'hamas');
    assert.ok(profiles[0].aliases.includes(profiles[0].id === 'khalil-alhaddad' ? 'Khalil al-Haddad' : 'Khalil Alhaddad'));
  });

  it("counts the wing's events as the movement's with --rollup, and not without", () => {
    const events = (...flags: string[]) => {
      const run = runCli(['events', '--actor', 'Hamas', '--type', 'AID', '--db', db, '--format', 'json', ...flags], { cwd: tmp.dir });
      assert.equal(run.status, 0, run.stderr);
      return JSON.parse(run.stdout).events as { source: { id: string }; target: { id: string }; reports: { target: string }[] }[];
    };
    assert.deepEqual(events(), []);
    const rolled = events('--rollup');
    assert.ok(rolled.some((e) => e.source.id === 'iran' && e.target.id === 'hamas' && e.reports[0]!.target === 'qassam-brigades'),
      JSON.stringify(rolled));
    const profile = JSON.parse(runCli(['actor', 'Qassam Brigades', '--db', db, '--format', 'json'], { cwd: tmp.dir }).stdout);
    assert.deepEqual([profile.id, profile.parent?.id], ['qassam-brigades', 'hamas']);
  });
});

describe('user corrections: merge and split, past and future documents', () => {
  const tmp = tempDir('graph-merge');
  const db = join(tmp.dir, 'g.db');
  after(tmp.remove);
  const cli = (...args: string[]) => {
    const run = runCli([...args, '--db', db], { cwd: tmp.dir });
    assert.equal(run.status, 0, run.stderr);
    return run.stdout;
  };
  const guardEvents = () => JSON.parse(cli('events', '--actor', 'irgc', '--format', 'json')).count as number;

  it('applies a merge to stored documents and to documents ingested after it, and a split undoes it', async () => {
    await seed(db, [
      { text: 'The IRGC threatened Israel in 2008.', events: [{ type: 'THREATEN', source: 'irgc', target: 'israel', date: '2008' }] },
      { text: 'The Revolutionary Guards trained Hamas fighters in 2009.', events: [{ type: 'AID', mode: 'military', source: 'revolutionary-guards', target: 'hamas', date: '2009' }] },
    ]);
    assert.equal(guardEvents(), 1);
    assert.match(cli('merge', 'Revolutionary Guards', 'IRGC', '--note', 'one body'), /^merged revolutionary-guards into irgc$/m);
    assert.equal(guardEvents(), 2);
    // A document stored after the merge is resolved the same way.
    await seed(db, [{ text: 'The Revolutionary Guards sent Hamas rockets in 2014.', events: [{ type: 'AID', mode: 'military', source: 'revolutionary-guards', target: 'hamas', date: '2014' }] }]);
    assert.equal(guardEvents(), 3);
    const profile = JSON.parse(cli('actor', 'irgc', '--format', 'json'));
    assert.deepEqual(profile.members, ['irgc', 'revolutionary-guards']);
    assert.match(cli('merge', '--list'), /^1 +\d{4}-\d\d-\d\d +merge +revolutionary-guards +irgc +one body$/m);
    cli('split', 'revolutionary-guards', 'irgc');
    assert.equal(guardEvents(), 1);
    cli('merge', '--undo', '2');
    assert.equal(guardEvents(), 3);
  });

  it('reads an alias file, once however often it is applied', () => {
    const file = join(tmp.dir, 'aliases.json');
    writeFileSync(file, JSON.stringify({ merge: { irgc: ['Revolutionary Guards', 'iran-guards-corps'] }, split: [['israel']] }));
    // The merge of revolutionary-guards is in force already (merge, split, merge again above).
    assert.match(cli('merge', '--file', file), /aliases\.json: 2 new corrections/);
    assert.match(cli('merge', '--file', file), /aliases\.json: 0 new corrections/);
    writeFileSync(file, '{"merge": {"hamas": "Qassam"}}');
    const bad = runCli(['merge', '--file', file, '--db', db], { cwd: tmp.dir });
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /"merge"\."hamas" is not a list of names — expected \{"merge"/);
  });

  it('says what to do when a name is unknown or a correction does not exist', () => {
    const unknown = runCli(['merge', 'Nobody Known', 'Hamas', '--db', db], { cwd: tmp.dir });
    assert.match(unknown.stderr, /no entity called "Nobody Known" — check the spelling, or give the id it will have \(e\.g\. nobody-known\)/);
    assert.match(cli('merge', 'future-wing', 'hamas'), /future-wing not in the database yet: applies when a document names it/);
    const undo = runCli(['merge', '--undo', '99', '--db', db], { cwd: tmp.dir });
    assert.match(undo.stderr, /there is no correction 99 — see entente merge --list/);
  });
});

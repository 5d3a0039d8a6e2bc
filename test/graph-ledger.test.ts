// `entente flows` and `entente conflicts`: figures in USD per year, two figures for one
// flow and year side by side with who claims each, and claims that contradict.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli, tempDir } from './helpers/cli.ts';
import { seed } from './helpers/graph-seed.ts';

const usd = (value: number, per: 'year' | 'month' | null, text: string) => ({ value, currency: 'USD', per, text });

describe('funding ledger and contradictions', () => {
  const tmp = tempDir('graph-ledger');
  const db = join(tmp.dir, 'g.db');
  after(tmp.remove);
  before(() => seed(db, [
    { text: 'Iran gives Hamas $30 million a year, US officials said in 2014.', outlet: 'Levant Wire',
      events: [{ type: 'AID', mode: 'economic', source: 'iran', target: 'hamas', date: '2014', attribution: 'us-officials', amount: usd(30e6, 'year', '$30 million a year') }] },
    { text: 'Iran pays Hamas about $2.5 million a month, the paper reported in June 2014.', outlet: 'Gulf Dispatch',
      events: [{ type: 'AID', mode: 'economic', source: 'iran', target: 'hamas', date: '2014-06', modality: 'reported', amount: usd(2.5e6, 'month', '$2.5 million a month') }] },
    { text: 'Israel says Iran gave Hamas $100 million in 2014.', outlet: 'Cedar Post',
      events: [{ type: 'AID', mode: 'economic', source: 'iran', target: 'hamas', date: '2014', attribution: 'israel', amount: usd(100e6, null, '$100 million') }] },
    { text: 'The Revolutionary Guards armed the Qassam Brigades in 2015.', outlet: 'Cedar Post',
      events: [{ type: 'AID', mode: 'military', source: 'irgc', target: 'qassam-brigades', date: '2015' }] },
    { text: 'Hamas denied on 3 March 2015 that Iran had sent it weapons.', outlet: 'Levant Wire',
      events: [{ type: 'AID', mode: 'military', source: 'iran', target: 'hamas', date: '2015-03-03', modality: 'denied' }] },
    { text: 'Iran sent Hamas weapons in 2015, Israeli officials said.', outlet: 'Gulf Dispatch',
      events: [{ type: 'AID', mode: 'military', source: 'iran', target: 'hamas', date: '2015', attribution: 'israel', modality: 'reported' }] },
  ]));

  it('lists flows by year with USD per year, and disagreeing figures side by side with who claims each', () => {
    const run = runCli(['flows', '--patron', 'Iran', '--db', db, '--format', 'json'], { cwd: tmp.dir });
    assert.equal(run.status, 0, run.stderr);
    const { flows } = JSON.parse(run.stdout);
    const aid2014 = flows.find((f: { year: string; kind: string }) => f.year === '2014' && f.kind === 'aid');
    assert.equal(aid2014.disputed, true);
    assert.deepEqual(aid2014.figures.map((f: { usdPerYear: number; claimedBy: string[] }) => [f.usdPerYear, f.claimedBy]), [
      [100e6, ['Israel (Cedar Post)']],
      [30e6, ['US officials (Levant Wire)', 'Gulf Dispatch']],
    ]);
    const table = runCli(['flows', '--patron', 'Iran', '--client', 'Hamas', '--db', db], { cwd: tmp.dir }).stdout;
    assert.match(table, /^2014 +Iran → Hamas +aid AID\/economic +\$100m \(period not stated\) +Israel \(Cedar Post\) +1 +“Israel says Iran gave Hamas/m);
    assert.match(table, /^ +vs \$30m\/yr +US officials \(Levant Wire\); Gulf Dispatch +2 +“Iran gives Hamas \$30 million a year/m);
  });

  it('counts the Guards and the wing as Iran and Hamas with --rollup', () => {
    const own = JSON.parse(runCli(['flows', '--patron', 'Iran', '--db', db, '--format', 'json'], { cwd: tmp.dir }).stdout).flows;
    const rolled = JSON.parse(runCli(['flows', '--patron', 'Iran', '--db', db, '--format', 'json', '--rollup'], { cwd: tmp.dir }).stdout).flows;
    const arms = (flows: { year: string; kind: string; sources: number }[]) => flows.find((f) => f.year === '2015' && f.kind === 'aid')?.sources;
    assert.equal(arms(own), 1);
    assert.equal(arms(rolled), 2);
  });

  it('lists contradictions: denied against asserted, and different amounts, with both sides', () => {
    const run = runCli(['conflicts', '--db', db, '--format', 'json'], { cwd: tmp.dir });
    assert.equal(run.status, 0, run.stderr);
    const { conflicts } = JSON.parse(run.stdout);
    assert.deepEqual(conflicts.map((c: { year: string; kind: string; type: string }) => [c.year, c.kind, c.type]), [['2014', 'amount', 'AID'], ['2015', 'polarity', 'AID']]);
    const denial = conflicts[1];
    assert.deepEqual(denial.sides.map((s: { claim: string; reports: { evidence: { text: string }; document: { outlet: string } }[] }) =>
      [s.claim, s.reports[0]!.document.outlet, s.reports[0]!.evidence.text.slice(0, 30)]), [
      ['happened', 'Gulf Dispatch', 'Iran sent Hamas weapons in 201'],
      ['did not happen', 'Levant Wire', 'Hamas denied on 3 March 2015 t'],
    ]);
    const text = runCli(['conflicts', '--db', db, '--actor', 'Hamas'], { cwd: tmp.dir }).stdout;
    assert.match(text, /^2015 +AID\/military +Iran → Hamas +\(said to happen and not to\)\n +happened: +Israel \(Gulf Dispatch\), 2015: “Iran sent Hamas weapons/m);
    assert.match(text, /^ +did not happen: +Levant Wire, 2015-03-03: “Hamas denied/m);
  });
});

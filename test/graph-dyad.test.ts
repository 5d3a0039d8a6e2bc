// `entente dyad`: a small made-up history of Iran and Hamas, with relation-state
// change points that cite their causes, a wing rolled up into its movement, flows
// and the claims that disagree.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli, tempDir } from './helpers/cli.ts';
import { seed } from './helpers/graph-seed.ts';

describe('entente dyad', () => {
  const tmp = tempDir('graph-dyad');
  const db = join(tmp.dir, 'g.db');
  after(tmp.remove);
  before(() => seed(db, [
    { text: 'A Hamas delegation met Iranian leaders in Tehran in 1995.', events: [{ source: 'hamas', target: 'iran', date: '1995', mode: 'meet' }] },
    { text: 'Iran gave Hamas $20 million in 1995, US officials said.', outlet: 'Gulf Dispatch',
      events: [{ type: 'AID', mode: 'economic', source: 'iran', target: 'hamas', date: '1995', attribution: 'us-officials', modality: 'reported',
        amount: { value: 20e6, currency: 'USD', per: null, text: '$20 million' } }] },
    { text: 'Iran sent rockets to the Qassam Brigades, the military wing of Hamas, in 2009.', published: '2009-02-01',
      events: [{ type: 'AID', mode: 'military', source: 'iran', target: 'qassam-brigades', date: '2009-01' }], relations: [['PART_OF', 'qassam-brigades', 'hamas']] },
    { text: 'Iranian leaders praised Hamas for its resistance in January 2009.', events: [{ type: 'SUPPORT', source: 'iran', target: 'hamas', date: '2009-01-20' }] },
    { text: 'Iran cut its funding to Hamas in 2012 after the movement left Damascus.', events: [{ type: 'SANCTION', mode: 'withdraw', source: 'iran', target: 'hamas', date: '2012' }] },
    { text: 'In 2012 Tehran stopped paying Hamas, Palestinian sources said.', outlet: 'Cedar Post',
      events: [{ type: 'SANCTION', mode: 'withdraw', source: 'iran', target: 'hamas', date: '2012', modality: 'reported' }] },
    { text: 'Hamas announced a new page of cooperation with Iran on 19 February 2016.', events: [{ type: 'COOPERATE', source: 'hamas', target: 'iran', date: '2016-02-19' }] },
    { text: 'Iran still reduced its payments to Hamas in February 2016.', events: [{ type: 'SANCTION', mode: 'withdraw', source: 'iran', target: 'hamas', date: '2016-02' }] },
    { text: 'Hamas said on 28 August 2017 that its relations with Iran were restored.', outlet: 'Levant Wire',
      events: [{ type: 'SUPPORT', mode: 'diplomatic', source: 'hamas', target: 'iran', date: '2017-08-28' }] },
    { text: 'Relations between Hamas and Iran are still not repaired, an analyst said on 1 September 2017.', outlet: 'Cedar Post',
      events: [{ type: 'SUPPORT', mode: 'diplomatic', source: 'hamas', target: 'iran', date: '2017-09-01', negated: true }] },
    { text: 'Hamas and Iran agreed on 4 August 2017 to deepen military cooperation.', events: [{ type: 'COOPERATE', source: 'hamas', target: 'iran', date: '2017-08-04' }] },
    { text: 'Qatar hosted Hamas leaders in Doha in 2012.', events: [{ source: 'hamas', target: 'qatar', date: '2012', mode: 'visit' }] },
  ]));

  const dyad = (...args: string[]) => {
    const run = runCli(['dyad', 'Iran', 'Hamas', '--db', db, ...args], { cwd: tmp.dir });
    assert.equal(run.status, 0, run.stderr);
    return run.stdout;
  };

  it('gives the relation state per year, each change citing the events that caused it', () => {
    const report = JSON.parse(dyad('--format', 'json'));
    assert.deepEqual(report.state.map((p: { period: string; state: string; changed: boolean }) => [p.period, p.state, p.changed]), [
      ['1995', 'cooperative', true],
      ['2009', 'cooperative', false],
      ['2012', 'broken', true],
      ['2016', 'strained', true],
      ['2017', 'restored', true],
    ]);
    const byId = new Map(report.events.map((e: { id: string }) => [e.id, e]));
    const cause = (period: string) => report.state.find((p: { period: string }) => p.period === period).causes.map((id: string) => {
      const event = byId.get(id) as { type: string; sources: number; reports: { evidence: { text: string } }[] };
      return [event.type, event.sources, event.reports[0]!.evidence.text.slice(0, 24)];
    });
    assert.deepEqual(cause('2012'), [['SANCTION', 2, 'Iran cut its funding to ']]);
    assert.deepEqual(cause('2016'), [['COOPERATE', 1, 'Hamas announced a new pa']]);
    assert.deepEqual(cause('2017')[0], ['COOPERATE', 1, 'Hamas and Iran agreed on']);
  });

  it('counts the wing as its movement only with --rollup', () => {
    const own = JSON.parse(dyad('--format', 'json'));
    assert.equal(own.events.some((e: { type: string; date: { value: string } }) => e.type === 'AID' && e.date.value === '2009-01'), false);
    const rolled = JSON.parse(dyad('--format', 'json', '--rollup'));
    const arms = rolled.events.find((e: { type: string; date: { value: string } }) => e.type === 'AID' && e.date.value === '2009-01');
    assert.deepEqual([arms.source.id, arms.target.id, arms.reports[0].target], ['iran', 'hamas', 'qassam-brigades']);
    assert.equal(rolled.state.find((p: { period: string }) => p.period === '2009').state, 'allied');
  });

  it('shows flows and the voices that disagree, with both evidence sentences and their sources', () => {
    const report = JSON.parse(dyad('--format', 'json'));
    assert.deepEqual(report.flows.map((f: { year: string; kind: string }) => [f.year, f.kind]), [['1995', 'aid'], ['2012', 'cut'], ['2016', 'cut']]);
    assert.deepEqual(report.flows[0].figures[0].claimedBy, ['US officials (Gulf Dispatch)']);
    const [conflict] = report.conflicts;
    assert.equal(conflict.year, '2017');
    assert.deepEqual(conflict.sides.map((s: { claim: string; reports: { document: { outlet: string } }[] }) => [s.claim, s.reports[0]!.document.outlet]),
      [['happened', 'Levant Wire'], ['did not happen', 'Cedar Post']]);
  });

  it('prints a readable report: numbered events, the state table with causes, flows and disagreements', () => {
    const text = dyad();
    assert.match(text, /^Iran – Hamas\n\d+ events from \d+ reports in \d+ documents\n/);
    assert.match(text, /^ +# +date +type +actors +amount +srcs +reported by +evidence$/m);
    assert.match(text, /^ +2012 +-8\.4 +1 +broken +#\d+ SANCTION\/withdraw Iran → Hamas \(2 sources\): “Iran cut its funding to Hamas/m);
    assert.match(text, /^ +2009 +\+\d+(\.\d+)? +1 +\(cooperative\)$/m);
    assert.match(text, /^Flows \(money and arms; cuts\)\n +year +patron → client +flow +figure \(USD\)/m);
    assert.match(text, /^ +1995 +Iran → Hamas +aid AID\/economic +\$20m \(period not stated\) +US officials \(Gulf Dispatch\)/m);
    assert.match(text, /^Disagreements\n +2017 +SUPPORT\/diplomatic +Hamas → Iran +\(said to happen and not to\)\n +happened: +Levant Wire, 2017-08-28: “Hamas said/m);
  });

  it('limits the period, and explains an empty or impossible question', () => {
    const later = JSON.parse(dyad('--format', 'json', '--from', '2016', '--to', '2016-12'));
    assert.deepEqual(later.events.map((e: { date: { value: string } }) => e.date.value), ['2016-02', '2016-02-19']);
    const none = runCli(['dyad', 'Qatar', 'Iran', '--db', db], { cwd: tmp.dir });
    assert.match(none.stdout, /no events between Qatar and Iran — try --rollup/);
    const same = runCli(['dyad', 'Hamas', 'hamas', '--db', db], { cwd: tmp.dir });
    assert.match(same.stderr, /"Hamas" and "hamas" are the same actor \(hamas\)/);
    const swapped = runCli(['dyad', 'Iran', 'Hamas', '--db', db, '--from', '2017', '--to', '2016'], { cwd: tmp.dir });
    assert.match(swapped.stderr, /--from 2017 is after --to 2016 — swap them/);
  });
});

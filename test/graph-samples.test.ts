// The graph commands on the bundled sample corpus and the dev articles together, as
// the issue asks: Iran–Hamas must show ties in the 1990s and 2000s, the rupture of
// 2011–2012 with funding cut, the 2016–2017 rapprochement, and the voices that disagree.
// Assertions leave room for the extractor to improve: they test the story, not counts.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import graphml from 'graphology-graphml';
import { ROOT, runCli, tempDir } from './helpers/cli.ts';
import { checkGexf } from './helpers/gexf-schema.ts';

const DEV = join(ROOT, '..', 'shared', 'dev', 'corpus');

interface Period { period: string; state: string; changed: boolean; causes: string[] }
interface Event { id: string; type: string; mode: string | null; negated: boolean; modality: string; date: { value: string } | null; weight: number }

describe('the graph on the sample corpus and the dev articles', () => {
  const tmp = tempDir('graph-samples');
  const db = join(tmp.dir, 'samples.db');
  after(tmp.remove);
  const cli = (...args: string[]) => {
    const run = runCli([...args, '--db', db], { cwd: tmp.dir });
    assert.equal(run.status, 0, `${args.join(' ')}: ${run.stderr}`);
    return run.stdout;
  };
  before(() => {
    cli('demo');
    if (existsSync(DEV)) cli('ingest', DEV);
  });

  it('tells the Iran–Hamas story: ties, rupture with funding cut, rapprochement, dissent', () => {
    const report = JSON.parse(cli('dyad', 'Iran', 'Hamas', '--rollup', '--format', 'json'));
    const events = report.events as Event[];
    const state = report.state as Period[];
    const byId = new Map(events.map((e) => [e.id, e]));
    const year = (p: Period) => Number(p.period);
    const warm = new Set(['cooperative', 'allied', 'restored']);

    // Ties in the 1990s and the 2000s.
    for (const [from, to] of [[1990, 1999], [2000, 2009]] as const) {
      const periods = state.filter((p) => year(p) >= from && year(p) <= to);
      assert.ok(periods.length > 0 && periods.every((p) => warm.has(p.state)), `${from}s: ${JSON.stringify(periods)}`);
    }
    assert.ok(events.some((e) => e.type === 'AID' && Number(e.date?.value.slice(0, 4)) < 2000 && e.weight > 0), 'aid in the 1990s');
    // The rupture of 2011–2012, caused by cut funding.
    const rupture = state.find((p) => year(p) >= 2011 && year(p) <= 2013 && p.state === 'broken' && p.changed);
    assert.ok(rupture, JSON.stringify(state));
    assert.ok(rupture.causes.some((id) => byId.get(id)?.type === 'SANCTION'), 'the rupture cites a cut');
    assert.ok((report.flows as { year: string; kind: string }[]).some((f) => f.kind === 'cut' && f.year === '2012'), 'funding cut in 2012');
    // The rapprochement of 2016–2017.
    const restored = state.find((p) => year(p) >= 2016 && year(p) <= 2017 && p.state === 'restored');
    assert.ok(restored && restored.causes.length > 0, JSON.stringify(state));
    // The voices that disagree: contradicting claims, denials, accusations.
    const dissent = events.filter((e) => e.negated || e.modality === 'denied' || e.type === 'ACCUSE');
    assert.ok(report.conflicts.length + dissent.length > 0);
    if (existsSync(DEV)) {
      assert.ok((report.conflicts as { year: string }[]).some((c) => c.year === '2017'), '"relations restored" against "not repaired"');
    }
  });

  it('answers every other command on the same database', () => {
    const text = cli('dyad', 'Iran', 'Hamas');
    assert.match(text, /^Relation state by year/m);
    const hamas = JSON.parse(cli('actor', 'Hamas', '--rollup', '--format', 'json'));
    assert.ok(hamas.children.some((c: { id: string }) => c.id === 'qassam-brigades'));
    assert.equal(hamas.partners[0]?.id, 'iran');
    assert.match(cli('actor', 'Yehya al-Sinwar'), /^Yahya Sinwar {2}\[yahya-sinwar, person\]/);
    assert.match(cli('flows', '--patron', 'Iran', '--rollup'), /^year +patron → client +flow +figure \(USD\)/);
    cli('conflicts', '--rollup');
    assert.match(cli('network', '--at', '2012', '--rollup'), /^\d+ actors, \d+ ties/);
    assert.match(cli('events', '--dyad', 'Iran', 'Islamic Jihad', '--rollup'), /^date +type +actors/);
    cli('export', '--format', 'gexf', join(tmp.dir, 'all.gexf'), '--rollup');
    assert.deepEqual(checkGexf(readFileSync(join(tmp.dir, 'all.gexf'), 'utf8')), []);
    cli('export', '--format', 'graphml', join(tmp.dir, 'all.graphml'));
    assert.ok(graphml.parse(MultiDirectedGraph, readFileSync(join(tmp.dir, 'all.graphml'), 'utf8')).size > 100);
  });
});

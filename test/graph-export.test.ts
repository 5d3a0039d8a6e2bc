// `entente export` in every format, from the command line, each read back.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import graphml from 'graphology-graphml';
import { runCli, tempDir } from './helpers/cli.ts';
import { seed } from './helpers/graph-seed.ts';
import { checkGexf } from './helpers/gexf-schema.ts';
import { csvRecords } from './helpers/csv-read.ts';
import { readCypher } from './helpers/cypher-read.ts';

describe('entente export', () => {
  const tmp = tempDir('graph-export');
  const db = join(tmp.dir, 'g.db');
  after(tmp.remove);
  before(() => seed(db, [
    { text: 'Iran sent rockets to the Qassam Brigades, the military wing of Hamas, in 2009.',
      events: [{ type: 'AID', mode: 'military', source: 'iran', target: 'qassam-brigades', date: '2009-01' }], relations: [['PART_OF', 'qassam-brigades', 'hamas']] },
    { text: 'Iran cut its funding to Hamas in 2012, "sharply", officials said.', events: [{ type: 'SANCTION', mode: 'withdraw', source: 'iran', target: 'hamas', date: '2012' }] },
    { text: 'Qatar hosted Hamas leaders in Doha on 5 March 2012.', events: [{ source: 'hamas', target: 'qatar', date: '2012-03-05', mode: 'visit' }] },
  ]));
  const exportTo = (format: string, out: string, ...flags: string[]) => {
    const run = runCli(['export', '--format', format, out, '--db', db, ...flags], { cwd: tmp.dir });
    assert.equal(run.status, 0, run.stderr);
    return run;
  };

  it('writes GraphML that a graph library reads back', () => {
    const run = exportTo('graphml', 'g.graphml');
    assert.match(run.stderr, /^wrote 4 actors, 4 edges, 3 events to g\.graphml$/m);
    const graph = graphml.parse(MultiDirectedGraph, readFileSync(join(tmp.dir, 'g.graphml'), 'utf8'));
    assert.deepEqual(graph.nodes().sort(), ['hamas', 'iran', 'qassam-brigades', 'qatar']);
    assert.equal(graph.getNodeAttribute('qassam-brigades', 'parent'), 'hamas');
    const cut = graph.edges().find((e) => graph.getEdgeAttribute(e, 'type') === 'SANCTION')!;
    assert.equal(graph.getEdgeAttribute(cut, 'evidence'), 'Iran cut its funding to Hamas in 2012, "sharply", officials said.');
  });

  it('writes GEXF 1.3 with time intervals, rolled up when asked', () => {
    exportTo('gexf', 'g.gexf', '--rollup');
    const xml = readFileSync(join(tmp.dir, 'g.gexf'), 'utf8');
    assert.deepEqual(checkGexf(xml), []);
    // Rolled up, the rockets to the wing are Iran's aid to Hamas, in January 2009.
    assert.match(xml, /<edge id="AID-iran-hamas" source="iran" target="hamas" kind="AID"[^>]*>[\s\S]*?<spell start="2009-01-01" end="2009-01-31"\/>/);
    assert.doesNotMatch(xml, /qassam-brigades/);
  });

  it('writes a folder of CSV files that read back', () => {
    exportTo('csv', 'csv-out');
    const nodes = csvRecords(readFileSync(join(tmp.dir, 'csv-out', 'nodes.csv'), 'utf8'));
    const edges = csvRecords(readFileSync(join(tmp.dir, 'csv-out', 'edges.csv'), 'utf8'));
    const events = csvRecords(readFileSync(join(tmp.dir, 'csv-out', 'events.csv'), 'utf8'));
    assert.deepEqual(nodes.map((n) => n.id), ['hamas', 'iran', 'qassam-brigades', 'qatar']);
    assert.deepEqual(edges.map((e) => [e.kind, e.type]).sort(), [['event', 'AID'], ['event', 'CONSULT'], ['event', 'SANCTION'], ['relation', 'PART_OF']]);
    assert.deepEqual(events.map((e) => [e.date, e.type, e.outlet]), [['2009-01', 'AID', 'Levant Wire'], ['2012', 'SANCTION', 'Levant Wire'], ['2012-03-05', 'CONSULT', 'Levant Wire']]);
    assert.equal(events[1]!.evidence, 'Iran cut its funding to Hamas in 2012, "sharply", officials said.');
  });

  it('writes JSON to standard output and Cypher to a file', () => {
    const json = JSON.parse(exportTo('json', '-', '--from', '2012').stdout);
    assert.deepEqual([json.format, json.nodes.length, json.edges.length, json.events.length], ['entente-graph', 3, 2, 2]);
    exportTo('cypher', 'g.cypher');
    const graph = readCypher(readFileSync(join(tmp.dir, 'g.cypher'), 'utf8'));
    assert.equal(graph.nodes.get('qassam-brigades')?.parent, 'hamas');
    assert.deepEqual(graph.edges.map((e) => e.type).sort(), ['AID', 'CONSULT', 'PART_OF', 'SANCTION']);
  });

  it('refuses what it cannot do, saying why', () => {
    const csv = runCli(['export', '--format', 'csv', '-', '--db', db], { cwd: tmp.dir });
    assert.match(csv.stderr, /csv writes three files: give a folder, e\.g\. out\//);
    const format = runCli(['export', '--format', 'dot', 'x', '--db', db], { cwd: tmp.dir });
    assert.match(format.stderr, /argument 'dot' is invalid\. Allowed choices are graphml, gexf, csv, json, cypher/);
    const path = runCli(['export', '--format', 'json', join(tmp.dir, 'no', 'such', 'dir', 'x.json'), '--db', db], { cwd: tmp.dir });
    assert.match(path.stderr, /cannot write .*x\.json: .* — check the path/);
  });
});

// Every export format, written and read back: GraphML with a graph library, GEXF
// against the rules of its 1.3 schema, CSV with an RFC 4180 reader, JSON, Cypher.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MultiDirectedGraph } from 'graphology';
import graphml from 'graphology-graphml';
import type { RelationRow } from '../../store/store.ts';
import { consolidate } from '../consolidate.ts';
import { report } from '../test-reports.ts';
import { buildExportModel, type NodeInfo } from './model.ts';
import { toGraphml } from './graphml.ts';
import { toGexf, gexfEdges } from './gexf.ts';
import { toCsvFiles } from './csv.ts';
import { toExportJson } from './json.ts';
import { toCypher } from './cypher.ts';
import { checkGexf } from '../../../test/helpers/gexf-schema.ts';
import { csvRecords } from '../../../test/helpers/csv-read.ts';
import { readCypher } from '../../../test/helpers/cypher-read.ts';

// Evidence with everything an encoder can get wrong: quotes, commas, a line break,
// markup characters, an apostrophe, a backslash, non-ASCII and a stray control character.
const TRICKY = 'Erdoğan said: "Hamas & Iran <agree>, it\'s done" —\nC:\\path\u0007 end';

const events = consolidate([
  report({ text: TRICKY, type: 'AGREE', source: 'hamas', target: 'iran', date: '2016-05-02' }),
  report({ text: 'Iran gave Hamas $30 million a year in 2012.', type: 'AID', mode: 'economic', source: 'iran', target: 'hamas',
    date: '2012', amount: { value: 30e6, currency: 'USD', per: 'year', text: '$30 million a year' } }),
  // With two finer reports in 2012 the yearly one cannot tell which it is: three events, overlapping in time.
  report({ text: 'Iran funded Hamas on 5 March 2012.', type: 'AID', mode: 'economic', source: 'iran', target: 'hamas', date: '2012-03-05' }),
  report({ text: 'Iran funded Hamas on 1 October 2012.', type: 'AID', mode: 'economic', source: 'iran', target: 'hamas', date: '2012-10-01' }),
  report({ text: 'Iran funded Hamas again on 9 September 2013.', type: 'AID', mode: 'economic', source: 'iran', target: 'hamas', date: '2013-09-09' }),
  report({ text: 'Iran did not arm the Qassam Brigades, it said.', type: 'AID', mode: 'military', source: 'iran', target: 'qassam', date: null, negated: true }),
]);
const relation = (type: 'PART_OF' | 'ALLY', source: string, target: string, text: string): { row: RelationRow; source: string; target: string } => ({
  row: {
    relation: { type, source, target, role: null, since: null, evidence: { text, start: 0, end: text.length }, confidence: 0.9 },
    document: { id: 'd'.repeat(64), source: 'test/r.txt', title: null, published: '2016-01-01', outlet: null, url: null },
  },
  source, target,
});
const INFO: Record<string, NodeInfo> = {
  iran: { name: 'Iran', kind: 'state', parent: null, aliases: ['Tehran', 'Islamic Republic'] },
  hamas: { name: 'Hamas', kind: 'organization', parent: null, aliases: [] },
  qassam: { name: 'Qassam Brigades', kind: 'armed_wing', parent: 'hamas', aliases: ["Izz ad-Din al-Qassam"] },
};
const model = buildExportModel(events, [
  relation('PART_OF', 'qassam', 'hamas', 'The Qassam Brigades, the military wing of Hamas, said so.'),
  relation('ALLY', 'iran', 'hamas', 'Iran & Hamas are allies.'),
], (id) => INFO[id]!);
const names = new Map(Object.entries(INFO).map(([id, i]) => [id, { id, name: i.name, kind: i.kind }]));

describe('export model', () => {
  it('has every actor once, an edge per event and per relation, and date intervals', () => {
    assert.deepEqual(model.nodes.map((n) => [n.id, n.parent, n.first, n.last]),
      [['hamas', null, '2012-01-01', '2016-05-02'], ['iran', null, '2012-01-01', '2016-05-02'], ['qassam', 'hamas', null, null]]);
    assert.equal(model.edges.filter((e) => e.kind === 'event').length, 6);
    assert.deepEqual(model.edges.filter((e) => e.kind === 'relation').map((e) => [e.id, e.source, e.target]),
      [['rel-ALLY-hamas-iran', 'hamas', 'iran'], ['rel-PART_OF-qassam-hamas', 'qassam', 'hamas']]);
    const yearly = model.edges.find((e) => e.date === '2012')!;
    assert.deepEqual([yearly.start, yearly.end, yearly.usdPerYear], ['2012-01-01', '2012-12-31', 30e6]);
  });
});

describe('GraphML export', () => {
  it('reads back with graphology: same nodes, edges and attribute values', () => {
    const graph = graphml.parse(MultiDirectedGraph, toGraphml(model));
    assert.equal(graph.order, model.nodes.length);
    assert.equal(graph.size, model.edges.length);
    assert.deepEqual(graph.getNodeAttributes('iran'), { label: 'Iran', kind: 'state', aliases: 'Tehran; Islamic Republic', first: '2012-01-01', last: '2016-05-02' });
    const agree = model.edges.find((e) => e.type === 'AGREE')!;
    const read = graph.getEdgeAttributes(agree.id);
    assert.equal(read.evidence, TRICKY.replace('\u0007', ''));
    assert.equal(read.weight, agree.weight);
    assert.equal(read.negated, false);
    assert.equal(graph.source(agree.id), 'hamas');
    const denied = model.edges.find((e) => e.negated)!;
    assert.equal(graph.getEdgeAttributes(denied.id).negated, true);
    assert.equal(graph.getEdgeAttributes(denied.id).start, undefined);
  });
});

describe('GEXF export', () => {
  const xml = toGexf(model);

  it('follows the GEXF 1.3 schema rules', () => {
    assert.deepEqual(checkGexf(xml), []);
  });

  it('gives each tie its events as disjoint spells for the timeline', () => {
    const aid = gexfEdges(model.edges).find((e) => e.kind === 'AID' && e.source === 'iran' && e.target === 'hamas')!;
    // "2012" and 5 March 2012 overlap: one spell; September 2013 is another.
    assert.deepEqual(aid.spells, [['2012-01-01', '2012-12-31'], ['2013-09-09', '2013-09-09']]);
    assert.equal(aid.events, 4);
    assert.match(xml, /<spell start="2013-09-09" end="2013-09-09"\/>/);
  });

  it('is checked for real: a broken document is reported', () => {
    const broken = xml
      .replace('target="iran"', 'target="nowhere"')
      .replace('<attvalue for="0" value="state"/>', '<attvalue for="9" value="state"/>')
      .replace('<spell start="2013-09-09" end="2013-09-09"/>', '<spell start="2012-06-01" end="2013-09-09"/>')
      .replace('version="1.3"', 'version="1.2"');
    const problems = checkGexf(broken).join('\n');
    assert.match(problems, /target "nowhere" is not a node/);
    assert.match(problems, /attvalue for "9" has no declared node attribute/);
    assert.match(problems, /spells overlap/);
    assert.match(problems, /version is not "1.3"/);
    assert.match(checkGexf('<gexf><graph>').join('\n'), /XML/);
  });
});

describe('CSV export', () => {
  const files = toCsvFiles(model);

  it('reads back: nodes, edges and one row per report with its full evidence', () => {
    const nodes = csvRecords(files['nodes.csv']);
    assert.deepEqual(nodes.map((n) => [n.id, n.label, n.parent, n.aliases]),
      [['hamas', 'Hamas', '', ''], ['iran', 'Iran', '', 'Tehran; Islamic Republic'], ['qassam', 'Qassam Brigades', 'hamas', 'Izz ad-Din al-Qassam']]);
    const edges = csvRecords(files['edges.csv']);
    assert.equal(edges.length, model.edges.length);
    assert.equal(edges.find((e) => e.type === 'AGREE')?.evidence, TRICKY);
    const rows = csvRecords(files['events.csv']);
    assert.equal(rows.length, model.events.reduce((n, e) => n + e.reports.length, 0));
    assert.deepEqual(rows.map((r) => r.date), ['2012', '2012-03-05', '2012-10-01', '2013-09-09', '2016-05-02', '']);
    assert.equal(rows.find((r) => r.type === 'AGREE')?.evidence, TRICKY);
  });
});

describe('JSON export', () => {
  it('parses back to the same graph, events with their reports', () => {
    const json = JSON.parse(toExportJson(model, names));
    assert.equal(json.format, 'entente-graph');
    assert.deepEqual(json.nodes, model.nodes);
    assert.deepEqual(json.edges, model.edges);
    assert.equal(json.events.length, model.events.length);
    assert.equal(json.events[0].reports[0].evidence.text, model.events[0]!.reports[0]!.event.evidence.text);
  });
});

describe('Cypher export', () => {
  it('reads back: every actor and edge with its properties, strings escaped', () => {
    const graph = readCypher(toCypher(model));
    assert.deepEqual([...graph.nodes.keys()], ['hamas', 'iran', 'qassam']);
    assert.deepEqual(graph.nodes.get('iran'), { id: 'iran', name: 'Iran', kind: 'state', aliases: ['Tehran', 'Islamic Republic'], first: '2012-01-01', last: '2016-05-02' });
    assert.equal(graph.edges.length, model.edges.length);
    const agree = graph.edges.find((e) => e.type === 'AGREE')!;
    assert.equal(agree.props.evidence, TRICKY);
    assert.deepEqual([agree.source, agree.target], ['hamas', 'iran']);
    assert.deepEqual(graph.edges.filter((e) => e.props.kind === 'relation').map((e) => e.type), ['ALLY', 'PART_OF']);
  });
});

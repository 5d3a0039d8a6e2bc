import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { consolidate } from './consolidate.ts';
import { buildNetwork } from './network.ts';
import { report } from './test-reports.ts';

describe('network', () => {
  const events = consolidate([
    report({ text: 'Iran gave Hamas money in 2016.', type: 'AID', source: 'iran', target: 'hamas', date: '2016-01-05' }),
    report({ text: 'Iran funded Hamas in January 2016.', type: 'AID', source: 'iran', target: 'hamas', date: '2016-01' }),
    report({ text: 'Hamas thanked Iran in 2016.', type: 'SUPPORT', source: 'hamas', target: 'iran', date: '2016-03-01' }),
    report({ text: 'Qatar hosted Hamas in 2016.', source: 'hamas', target: 'qatar', date: '2016-05-01' }),
  ]);

  it('aggregates the events of each pair into one tie, both directions counted', () => {
    const { nodes, ties } = buildNetwork(events);
    assert.deepEqual(ties.map((t) => [t.a, t.b, t.events, t.forward, t.backward, t.sources, t.first, t.last, t.types]), [
      ['hamas', 'iran', 2, 1, 1, 3, '2016-01-05', '2016-03-01', { AID: 1, SUPPORT: 1 }],
      ['hamas', 'qatar', 1, 1, 0, 1, '2016-05-01', '2016-05-01', { CONSULT: 1 }],
    ]);
    assert.deepEqual(nodes.map((n) => [n.id, n.degree, n.events]), [['hamas', 2, 3], ['iran', 1, 2], ['qatar', 1, 1]]);
  });

  it('keeps only ties with enough sources', () => {
    assert.deepEqual(buildNetwork(events, 2).ties.map((t) => t.b), ['iran']);
  });
});

// Claims that contradict each other: asserted against negated for the same dyad, type and year.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { consolidate } from './consolidate.ts';
import { polarityConflicts } from './conflicts.ts';
import { report } from './test-reports.ts';

describe('contradictions', () => {
  it('pairs "relations restored" with "relations not repaired" for the same dyad and year', () => {
    const events = consolidate([
      report({ text: 'Hamas said its relations with Iran were restored.', type: 'SUPPORT', mode: 'diplomatic', date: '2017-08-28', outlet: 'Levant Wire' }),
      report({ text: 'Relations between Hamas and Iran are still not repaired, an analyst said.', type: 'SUPPORT', mode: 'diplomatic', date: '2017-09-01', negated: true, outlet: 'Cedar Post' }),
      // Another year: no contradiction with the above.
      report({ text: 'Relations between Hamas and Iran were not repaired in 2014.', type: 'SUPPORT', mode: 'diplomatic', date: '2014', negated: true }),
      // Denied aid against asserted aid.
      report({ text: 'Iran gave Hamas weapons in 2016, Israel said.', type: 'AID', source: 'iran', target: 'hamas', date: '2016' }),
      report({ text: 'Hamas denied receiving Iranian weapons in 2016.', type: 'AID', source: 'iran', target: 'hamas', date: '2016-03', modality: 'denied' }),
      // Undated: cannot be placed in time, so not paired.
      report({ text: 'Hamas met Iran.', date: null }),
      report({ text: 'Hamas did not meet Iran.', date: null, negated: true }),
    ]);
    const found = polarityConflicts(events);
    assert.deepEqual(found.map((c) => [c.year, c.type, c.sides.map((s) => [s.claim, s.reports.map((r) => r.document.outlet)])]), [
      ['2016', 'AID', [['happened', ['Levant Wire']], ['did not happen', ['Levant Wire']]]],
      ['2017', 'SUPPORT', [['happened', ['Levant Wire']], ['did not happen', ['Cedar Post']]]],
    ]);
  });
});

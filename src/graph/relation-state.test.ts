// The state of a relation over a small made-up history: every change cites its causes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { consolidate } from './consolidate.ts';
import { relationSeries } from './relation-state.ts';
import { report } from './test-reports.ts';

const history = consolidate([
  report({ id: 'meet-1995', text: 'Hamas leaders met Iranian officials in Tehran in 1995.', date: '1995' }),
  report({ id: 'aid-1995', text: 'Iran gave Hamas $20 million in 1995.', type: 'AID', mode: 'economic', source: 'iran', target: 'hamas', date: '1995' }),
  report({ id: 'arms-2009', text: 'Iran sent rockets to Hamas in 2009.', type: 'AID', mode: 'military', source: 'iran', target: 'hamas', date: '2009-01-10' }),
  report({ id: 'praise-2009', text: 'Iran praised Hamas in 2009.', type: 'SUPPORT', source: 'iran', target: 'hamas', date: '2009-02-01' }),
  report({ id: 'cut-2012', text: 'Iran cut its funding to Hamas in 2012.', type: 'SANCTION', mode: 'withdraw', source: 'iran', target: 'hamas', date: '2012' }),
  report({ id: 'cut-2012b', text: 'In 2012 Tehran stopped paying Hamas.', type: 'SANCTION', mode: 'withdraw', source: 'iran', target: 'hamas', date: '2012' }),
  report({ id: 'visit-2016', text: 'A Hamas delegation visited Tehran in 2016.', mode: 'visit', date: '2016-02-18' }),
  report({ id: 'wavered-2016', text: 'Iran still reduced its payments to Hamas in 2016.', type: 'SANCTION', mode: 'withdraw', source: 'iran', target: 'hamas', date: '2016-02-19' }),
  report({ id: 'page-2016', text: 'Hamas announced a new page of cooperation with Iran in 2016.', type: 'COOPERATE', date: '2016-02-19' }),
  report({ id: 'ties-2017', text: 'Hamas said its ties with Iran were restored in 2017.', type: 'SUPPORT', mode: 'diplomatic', date: '2017-08-28' }),
  report({ id: 'coop-2017', text: 'Hamas and Iran agreed to cooperate in 2017.', type: 'COOPERATE', date: '2017-08-04' }),
  report({ id: 'threat-2020', text: 'Iran threatened Hamas in 2020.', type: 'THREATEN', source: 'iran', target: 'hamas', date: '2020-03-01' }),
  report({ id: 'strike-2020', text: 'Iran attacked Hamas positions in 2020.', type: 'ASSAULT', source: 'iran', target: 'hamas', date: '2020-04-01' }),
]);
const idOf = (reportId: string) => history.find((e) => e.reports.some((r) => r.event.id === reportId))!.id;

describe('relation state', () => {
  const series = relationSeries(history);

  it('labels each year and marks the changes', () => {
    assert.deepEqual(series.map((p) => [p.period, p.state, p.changed]), [
      ['1995', 'cooperative', true],
      ['2009', 'allied', true],
      ['2012', 'broken', true],
      ['2016', 'strained', true],
      ['2017', 'restored', true],
      ['2020', 'hostile', true],
    ]);
  });

  it('cites the events behind each change, in the direction of the change', () => {
    const causes = Object.fromEntries(series.map((p) => [p.period, p.causes]));
    assert.deepEqual(causes['1995'], [idOf('aid-1995'), idOf('meet-1995')]);
    assert.deepEqual(causes['2012'], [idOf('cut-2012')]);
    // 2016 thaws from broken to strained: the visit and the new page, not the cut, caused it.
    assert.deepEqual(causes['2016'], [idOf('page-2016'), idOf('visit-2016')]);
    assert.deepEqual(causes['2017'], [idOf('coop-2017'), idOf('ties-2017')]);
    assert.deepEqual(causes['2020'], [idOf('strike-2020'), idOf('threat-2020')]);
  });

  it('counts a corroborated event more, and keeps scores to two decimals', () => {
    const y2012 = series.find((p) => p.period === '2012')!;
    assert.equal(y2012.events, 1);
    assert.equal(y2012.score, -8.4);
  });

  it('holds a state through a near-even period and works by month too', () => {
    const quiet = consolidate([
      report({ text: 'Iran gave Hamas money in May 2016.', type: 'AID', source: 'iran', target: 'hamas', date: '2016-05-02' }),
      report({ text: 'Hamas and Iran spoke by phone in June 2016.', date: '2016-06-10', modality: 'reported' }),
    ]);
    assert.deepEqual(relationSeries(quiet, 'month').map((p) => [p.period, p.state, p.changed, p.causes.length]),
      [['2016-05', 'cooperative', true, 1], ['2016-06', 'cooperative', false, 0]]);
  });
});

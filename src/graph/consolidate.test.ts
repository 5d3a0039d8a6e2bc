// Several articles reporting one event become one event; distinct events stay distinct.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { consolidate } from './consolidate.ts';
import { report } from './test-reports.ts';

describe('event consolidation', () => {
  it('makes three reports of one meeting one event with three sources, earliest and latest report', () => {
    const events = consolidate([
      report({ text: 'Hamas leaders met Iranian officials in Tehran on Monday.', date: '2016-05-02', published: '2016-05-03', outlet: 'Levant Wire' }),
      report({ text: 'Iranian officials received a Hamas delegation on Tuesday.', source: 'iran', target: 'hamas', date: '2016-05-03', published: '2016-05-04', outlet: 'Gulf Dispatch', mode: 'visit' }),
      report({ text: 'Hamas and Iran held talks in Tehran this month.', date: '2016-05', published: '2016-05-20', outlet: 'Cedar Post', modality: 'reported' }),
    ]);
    assert.equal(events.length, 1);
    const [meeting] = events;
    assert.equal(meeting?.sources, 3);
    assert.deepEqual(meeting?.outlets, ['Levant Wire', 'Gulf Dispatch', 'Cedar Post']);
    assert.equal(meeting?.date?.value, '2016-05-02');
    assert.equal(meeting?.modality, 'asserted');
    assert.equal(meeting?.firstReported, '2016-05-03');
    assert.equal(meeting?.lastReported, '2016-05-20');
    assert.equal(meeting?.reports.length, 3);
  });

  it('keeps two meetings a year apart as two events', () => {
    const events = consolidate([
      report({ text: 'Hamas leaders met Iranian officials in Tehran.', date: '2016-05-02' }),
      report({ text: 'Hamas leaders met Iranian officials in Tehran again.', date: '2017-05-08' }),
    ]);
    assert.deepEqual(events.map((e) => [e.date?.value, e.sources]), [['2016-05-02', 1], ['2017-05-08', 1]]);
  });

  it('keeps apart what differs in type, direction of a one-way act, or polarity', () => {
    const events = consolidate([
      report({ text: 'Iran gave Hamas money in 2016.', type: 'AID', source: 'iran', target: 'hamas', date: '2016' }),
      report({ text: 'Hamas gave Iran intelligence in 2016.', type: 'AID', source: 'hamas', target: 'iran', date: '2016' }),
      report({ text: 'Iran did not give Hamas money in 2016, officials said.', type: 'AID', source: 'iran', target: 'hamas', date: '2016', negated: true }),
      report({ text: 'Iran criticised Hamas in 2016.', type: 'ACCUSE', source: 'iran', target: 'hamas', date: '2016' }),
    ]);
    assert.equal(events.length, 4);
  });

  it('lets a report dated to a month or year join the one finer event it overlaps, and not when there are two', () => {
    const one = consolidate([
      report({ text: 'Iran cut its funding to Hamas on 5 March 2012.', type: 'SANCTION', source: 'iran', date: '2012-03-05' }),
      report({ text: 'Iran cut its funding to Hamas in 2012.', type: 'SANCTION', source: 'iran', date: '2012' }),
      report({ text: 'In 2012 Tehran cut the money it gave Hamas.', type: 'SANCTION', source: 'iran', date: '2012' }),
    ]);
    assert.deepEqual(one.map((e) => [e.date?.value, e.sources]), [['2012-03-05', 3]]);
    const two = consolidate([
      report({ text: 'Hamas met Iran on 1 March 2012.', date: '2012-03-01' }),
      report({ text: 'Hamas met Iran on 1 October 2012.', date: '2012-10-01' }),
      report({ text: 'Hamas met Iran in 2012.', date: '2012' }),
    ]);
    assert.deepEqual(two.map((e) => e.date?.value), ['2012', '2012-03-01', '2012-10-01']);
  });

  it('never merges undated reports, and sorts them last', () => {
    const events = consolidate([
      report({ text: 'Hamas met Iran, sources said.', date: null }),
      report({ text: 'Hamas met Iran, officials said.', date: null }),
      report({ text: 'Hamas met Iran on 2 May 2016.', date: '2016-05-02' }),
    ]);
    assert.deepEqual(events.map((e) => e.date?.value ?? null), ['2016-05-02', null, null]);
  });

  it('gives each event an id that does not depend on the order of its reports', () => {
    const a = report({ text: 'Hamas met Iran on 2 May 2016.', date: '2016-05-02', published: '2016-05-02' });
    const b = report({ text: 'Iran met Hamas on 3 May 2016.', date: '2016-05-03', published: '2016-05-04' });
    assert.equal(consolidate([a, b])[0]?.id, consolidate([b, a])[0]?.id);
  });
});

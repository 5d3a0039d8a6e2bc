import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dayInterval, gapDays, isoDay, parseUserDate, periodOf, withinRange } from './dates.ts';

describe('partial dates', () => {
  it('covers a year, a month or a day', () => {
    const span = (v: string) => { const i = dayInterval(v)!; return [isoDay(i.start), isoDay(i.end)]; };
    assert.deepEqual(span('2016'), ['2016-01-01', '2016-12-31']);
    assert.deepEqual(span('2016-02'), ['2016-02-01', '2016-02-29']);
    assert.deepEqual(span('2016-02-18'), ['2016-02-18', '2016-02-18']);
    assert.equal(dayInterval('spring 2016'), null);
  });

  it('measures the gap between intervals, zero when they overlap', () => {
    assert.equal(gapDays(dayInterval('2016-02-18')!, dayInterval('2016-02-21')!), 3);
    assert.equal(gapDays(dayInterval('2016')!, dayInterval('2016-05-01')!), 0);
  });

  it('keeps a date when it overlaps the range', () => {
    assert.equal(withinRange('2012', '2012-06', undefined), true);
    assert.equal(withinRange('2012-03-05', '2012-06', undefined), false);
    assert.equal(withinRange('2012-07', undefined, '2012-06'), false);
    assert.equal(withinRange('2012', undefined, '2012-06'), true);
    assert.equal(withinRange(null, '2012', undefined), false);
    assert.equal(withinRange(null), true);
  });

  it('names periods, a coarse date falling where it starts', () => {
    assert.equal(periodOf('2016-05-02', 'year'), '2016');
    assert.equal(periodOf('2016-05-02', 'quarter'), '2016-Q2');
    assert.equal(periodOf('2016', 'month'), '2016-01');
  });

  it('checks a date typed by a user and says what is expected', () => {
    assert.equal(parseUserDate(' 2016-04 ', '--from'), '2016-04');
    assert.throws(() => parseUserDate('2016-13', '--from'), /--from "2016-13" is not a date — use YYYY, YYYY-MM or YYYY-MM-DD/);
    assert.throws(() => parseUserDate('April 2016', '--to'), /--to "April 2016"/);
  });
});

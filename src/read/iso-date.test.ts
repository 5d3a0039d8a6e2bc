import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toIsoDate } from './iso-date.ts';

test('ISO dates keep their precision and drop the time as written', () => {
  assert.equal(toIsoDate('2016'), '2016');
  assert.equal(toIsoDate('2016-04'), '2016-04');
  assert.equal(toIsoDate('2016-12-28T23:30:00+03:00'), '2016-12-28');
  assert.equal(toIsoDate('2016-12-28 08:00'), '2016-12-28');
});

test('RFC 822 dates as in RSS keep the publisher’s calendar day', () => {
  assert.equal(toIsoDate('Tue, 10 Jun 2003 23:30:00 -0500'), '2003-06-10');
  assert.equal(toIsoDate('10 Jun 03 04:00 GMT'), '2003-06-10');
});

test('impossible or missing dates are null', () => {
  assert.equal(toIsoDate('2016-02-30'), null);
  assert.equal(toIsoDate('1776-07-04'), null);
  assert.equal(toIsoDate('last Tuesday'), null);
  assert.equal(toIsoDate(20160101), null);
  assert.equal(toIsoDate(undefined), null);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Speculation } from './speculation.ts';

test('analysis ahead of the decision stops while most documents are already stored, and resumes with new ones', () => {
  const speculation = new Speculation();
  assert.equal(speculation.worthIt, true);
  for (let i = 0; i < 3; i++) speculation.record(false);
  assert.equal(speculation.worthIt, true, 'a few copies do not stop it');
  for (let i = 0; i < 20; i++) speculation.record(false);
  assert.equal(speculation.worthIt, false);
  for (let i = 0; i < 20; i++) speculation.record(true);
  assert.equal(speculation.worthIt, true);
});

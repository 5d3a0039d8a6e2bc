import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordCount } from './line-shape.ts';

test('words are counted across any kind of space, as pages mix them', () => {
  assert.equal(wordCount(''), 0);
  assert.equal(wordCount(' \t '), 0);
  assert.equal(wordCount('  Envoys\tmet\u00a0in\u2009Doha\u3000today  '), 5);
  // Zero-width joiners and RTL marks are not spaces: they sit inside words.
  assert.equal(wordCount('Hamas\u200d leader\u200f'), 2);
});

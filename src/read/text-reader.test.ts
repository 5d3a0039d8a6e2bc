import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from './text-reader.ts';

test('plain text is kept as is except line endings and a BOM', () => {
  const input = '\uFEFFGaza\u200b talks\r\n\r\nThe envoy\u202e arrived.\rEnd';
  const result = readText(input, 'a.txt');
  assert.ok(result.ok);
  assert.deepEqual(result.docs, [{ source: 'a.txt', text: 'Gaza\u200b talks\n\nThe envoy\u202e arrived.\nEnd', meta: {} }]);
});

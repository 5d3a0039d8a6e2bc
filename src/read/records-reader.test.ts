import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readJson, readJsonLines } from './records-reader.ts';

test('JSON records carry their optional fields into the meta', () => {
  const result = readJson(
    JSON.stringify([
      { text: 'Turkey and Qatar signed a defence pact.\r\nIt takes effect next year.', url: 'https://example.org/a', title: 'Pact', published: '2017-06-08T12:00:00Z', outlet: 'Gulf Wire' },
      { text: 'No metadata here.' },
    ]),
    'batch.json',
  );
  assert.ok(result.ok);
  assert.deepEqual(result.docs, [
    {
      source: 'batch.json#1',
      text: 'Turkey and Qatar signed a defence pact.\nIt takes effect next year.',
      meta: { url: 'https://example.org/a', title: 'Pact', published: '2017-06-08', outlet: 'Gulf Wire' },
    },
    { source: 'batch.json#2', text: 'No metadata here.', meta: { url: null, title: null, published: null, outlet: null } },
  ]);
});

test('a single JSON object is one record; bad records are failures of their own', () => {
  const one = readJson('{"text": "Jordan closed the crossing."}', 'one.json');
  assert.ok(one.ok);
  assert.equal(one.docs[0]!.source, 'one.json#1');
  const mixed = readJson('[{"text": "ok text"}, {"title": "x"}, 42, {"text": "  "}]', 'm.json');
  assert.ok(mixed.ok);
  assert.deepEqual(mixed.failures, [
    { source: 'm.json#2', reason: 'record 2 has no text field (a string with the article text)' },
    { source: 'm.json#3', reason: 'record 3 is not a JSON object' },
    { source: 'm.json#4', reason: 'record 4 has an empty text field' },
  ]);
});

test('invalid JSON is refused as a whole; JSON Lines saved as .json are still read', () => {
  const broken = readJson('[{"text": "a"', 'b.json');
  assert.equal(broken.ok, false);
  assert.match(broken.ok ? '' : broken.failure.reason, /^not valid JSON \(/);
  const lines = readJson('{"text": "first"}\n{"text": "second"}\n', 'l.json');
  assert.ok(lines.ok);
  assert.equal(lines.docs.length, 2);
});

test('JSON Lines number records by line; an empty file has no records', () => {
  const result = readJsonLines('{"text": "a"}\n\n[1]\n{"text": "b"}', 'w.jsonl');
  assert.ok(result.ok);
  assert.deepEqual(result.docs.map((d) => d.source), ['w.jsonl#1', 'w.jsonl#4']);
  assert.deepEqual(result.failures, [{ source: 'w.jsonl#3', reason: 'line 3 is not a JSON object' }]);
  assert.deepEqual(readJsonLines('\n\n', 'e.jsonl'), { ok: false, failure: { source: 'e.jsonl', reason: 'no records in this file' } });
});

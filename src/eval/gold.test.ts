import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GoldError, parseGold } from './gold.ts';
import { parseAliases } from './names.ts';

const line = (o: object): string => JSON.stringify(o);
const base = { doc: 'd1', kind: 'event', type: ['AID'], source: ['Iran'], target: ['Hamas'], evidence: 'q', core: true };

test('parses items, keeps only the optional fields present, skips blank lines', () => {
  const text = [
    line({ ...base, date: '2016-04', amount: { value: 5, currency: 'USD', per: 'year' }, modality: 'pledged' }),
    '',
    line({ ...base, kind: 'relation', type: ['PATRON'], target: null, core: false }),
  ].join('\n');
  const [a, b] = parseGold(text, 'g.jsonl');
  assert.deepEqual(a, { ...base, line: 1, date: '2016-04', amount: { value: 5, currency: 'USD', per: 'year' }, modality: 'pledged' });
  assert.equal(b?.line, 3);
  assert.equal(b?.target, null);
  assert.equal('mode' in b!, false);
});

test('errors are one line naming file:line', () => {
  const cases: Array<[string, RegExp]> = [
    ['{not json', /^g\.jsonl:2: not valid JSON/],
    [line({ ...base, type: ['FUND'] }), /^g\.jsonl:2: unknown event type "FUND"$/],
    [line({ ...base, kind: 'relation' }), /^g\.jsonl:2: unknown relation type "AID"$/],
    [line({ ...base, source: [] }), /^g\.jsonl:2: "source" must be a non-empty list of names$/],
    [line({ ...base, date: 'April 2016' }), /^g\.jsonl:2: "date" April 2016 is not an ISO partial date$/],
    [line({ ...base, amount: { value: 5, per: 'week' } }), /^g\.jsonl:2: "amount.per"/],
    [line({ ...base, modality: 'maybe' }), /^g\.jsonl:2: unknown modality "maybe"$/],
    ['[1]', /^g\.jsonl:2: expected a JSON object$/],
  ];
  for (const [bad, message] of cases) {
    assert.throws(() => parseGold(`${line(base)}\n${bad}\n`, 'g.jsonl'), (e: unknown) => {
      assert.ok(e instanceof GoldError);
      assert.match(e.message, message);
      assert.ok(!e.message.includes('\n'));
      return true;
    });
  }
});

test('aliases must map names to lists of strings', () => {
  assert.ok(parseAliases('{"Iran": ["Tehran"]}', 'a.json').get('iran')?.has('tehran'));
  assert.throws(() => parseAliases('{"Iran": "Tehran"}', 'a.json'), { message: /^a\.json: the variants of "Iran" must be a list of strings$/ });
  assert.throws(() => parseAliases('[', 'a.json'), GoldError);
});

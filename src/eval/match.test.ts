import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestMaximumMatching } from './bipartite.ts';
import { canMatch, matchDocument, predictionsOf } from './match.ts';
import { aliases, event, extraction, gold, relation } from './test-helpers.ts';

const only = (e: Parameters<typeof extraction>[0], r: Parameters<typeof extraction>[1] = []) => predictionsOf(extraction(e, r));

test('type and actors must agree; AID keeps its direction', () => {
  const g = gold({ type: ['AID'], source: ['Iran'] });
  const [forward] = only([event({ type: 'AID', source: 'iran', target: 'hamas' })]);
  const [reversed] = only([event({ type: 'AID', source: 'hamas', target: 'iran' })]);
  const [wrongType] = only([event({ type: 'SUPPORT', source: 'iran', target: 'hamas' })]);
  assert.ok(canMatch(forward!, g, aliases));
  assert.ok(!canMatch(reversed!, g, aliases));
  assert.ok(!canMatch(wrongType!, g, aliases));
});

test('symmetric types match in either direction, by the predicted or any gold type', () => {
  const [meet] = only([event({ type: 'CONSULT', source: 'hamas', target: 'iran' })]);
  assert.ok(canMatch(meet!, gold({ type: ['CONSULT'], source: ['Iran'] }), aliases));
  const [ally] = only([], [relation({ type: 'ALLY', source: 'hamas', target: 'iran' })]);
  assert.ok(canMatch(ally!, gold({ kind: 'relation', type: ['ALLY'], source: ['Iran'] }), aliases));
  // Gold lists SUPPORT and COOPERATE: a reversed SUPPORT prediction still matches.
  const [support] = only([event({ type: 'SUPPORT', source: 'hamas', target: 'iran' })]);
  assert.ok(canMatch(support!, gold({ type: ['SUPPORT', 'COOPERATE'], source: ['Iran'] }), aliases));
  const [patron] = only([], [relation({ type: 'PATRON', source: 'hamas', target: 'iran' })]);
  assert.ok(!canMatch(patron!, gold({ kind: 'relation', type: ['PATRON'], source: ['Iran'] }), aliases));
});

test('kinds must agree', () => {
  const [ally] = only([], [relation({ type: 'ALLY', source: 'iran', target: 'hamas' })]);
  assert.ok(!canMatch(ally!, gold({ type: ['ALLY'], source: ['Iran'] }), aliases));
});

test('accepted equivalences: SUPPORT for COOPERATE, AGREE for a pledged AID', () => {
  const [support, agree] = only([
    event({ type: 'SUPPORT', source: 'iran' }),
    event({ type: 'AGREE', source: 'iran' }),
  ]);
  assert.ok(canMatch(support!, gold({ type: ['COOPERATE'], source: ['Iran'] }), aliases));
  assert.ok(!canMatch(support!, gold({ type: ['AID'], source: ['Iran'] }), aliases));
  assert.ok(canMatch(agree!, gold({ type: ['AID'], source: ['Iran'], modality: 'pledged' }), aliases));
  assert.ok(!canMatch(agree!, gold({ type: ['AID'], source: ['Iran'] }), aliases));
  assert.ok(!canMatch(agree!, gold({ type: ['AID'], source: ['Iran'], modality: 'reported' }), aliases));
});

test('a gold item with no target accepts any predicted target', () => {
  const g = gold({ type: ['THREATEN'], source: ['Iran'], target: null });
  const [withTarget, without] = only([
    event({ type: 'THREATEN', source: 'iran', target: 'egypt' }),
    event({ type: 'THREATEN', source: 'iran', target: null }),
  ]);
  assert.ok(canMatch(withTarget!, g, aliases));
  assert.ok(canMatch(without!, g, aliases));
  assert.ok(!canMatch(without!, gold({ type: ['THREATEN'], source: ['Iran'] }), aliases));
});

test('one prediction cannot match two gold items', () => {
  const golds = [gold({ type: ['AID'], source: ['Iran'] }), gold({ type: ['AID'], source: ['Iran', 'IRGC'] })];
  const preds = only([event({ type: 'AID', source: 'iran' })]);
  assert.equal(matchDocument(golds, preds, aliases).length, 1);
});

test('the matching is maximal where a greedy pass would fail', () => {
  // Gold 0 accepts both predictions, gold 1 only the first; greedy gives gold 0 the first.
  const golds = [
    gold({ type: ['AID'], source: ['Iran', 'Islamic Revolutionary Guard Corps'] }),
    gold({ type: ['AID'], source: ['Islamic Revolutionary Guard Corps'] }),
  ];
  const preds = only([event({ type: 'AID', source: 'irgc' }), event({ type: 'AID', source: 'iran' })]);
  const pairs = matchDocument(golds, preds, aliases);
  assert.deepEqual(pairs.map((p) => [p.gold, p.prediction]), [[0, 1], [1, 0]]);
  assert.deepEqual(bestMaximumMatching([[0, 1, 2], [0], [1]], 3, () => 0), [[0, 2], [1, 0], [2, 1]]);
  // Of two equally large matchings, the one pairing the right dates.
  const dateRight = (left: number, right: number) => (left === right ? 1 : 0);
  assert.deepEqual(bestMaximumMatching([[0, 1], [0, 1]], 2, dateRight), [[0, 0], [1, 1]]);
});

test('date and amount are judged on matched pairs', () => {
  const golds = [
    gold({ type: ['AID'], source: ['Iran'], date: '2016-04', amount: { value: 70_000_000, currency: 'USD', per: 'year' } }),
    gold({ type: ['SUPPORT'], source: ['Iran'], date: '2016' }),
    gold({ type: ['ACCUSE'], source: ['Iran'] }),
  ];
  const preds = only([
    event({
      type: 'AID', source: 'iran', date: { value: '2016-04-21', precision: 'day', basis: 'explicit' },
      amount: { value: 70_500_000, currency: 'USD', per: 'year', text: '$70.5m a year' },
    }),
    event({ type: 'SUPPORT', source: 'iran', date: { value: '2015', precision: 'year', basis: 'explicit' } }),
    event({ type: 'ACCUSE', source: 'iran' }),
  ]);
  const pairs = matchDocument(golds, preds, aliases);
  assert.deepEqual(pairs.map((p) => [p.dateCorrect, p.amountCorrect]), [[true, true], [false, null], [null, null]]);
  const [offByTwoPercent, wrongPeriod, noDate] = only([
    event({ type: 'AID', source: 'iran', amount: { value: 71_500_000, currency: 'USD', per: 'year', text: '' } }),
    event({ type: 'AID', source: 'iran', amount: { value: 70_000_000, currency: 'USD', per: 'once', text: '' } }),
    event({ type: 'AID', source: 'iran' }),
  ]);
  for (const p of [offByTwoPercent, wrongPeriod, noDate]) {
    const [pair] = matchDocument([golds[0]!], [p!], aliases);
    assert.equal(pair?.amountCorrect, false);
  }
  assert.equal(matchDocument([golds[0]!], [noDate!], aliases)[0]?.dateCorrect, false);
});

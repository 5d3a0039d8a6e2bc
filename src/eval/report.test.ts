import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFloors } from './floors.ts';
import { renderJson, renderText } from './render.ts';
import { buildReport, figures } from './report.ts';
import { scoreDocument } from './score.ts';
import { aliases, event, extraction, gold, relation } from './test-helpers.ts';

// Cleaned text drops a boilerplate line; the original has it and wraps a sentence.
const original = 'Share this\nIran pledged aid\nto Hamas.\nEgypt met Hamas.';
const docText = 'Iran pledged aid\nto Hamas.\nEgypt met Hamas.';
const ev = (text: string) => ({ text, start: docText.indexOf(text), end: docText.indexOf(text) + text.length });

function scored() {
  const golds = [
    gold({ type: ['AID'], source: ['Iran'], core: true, modality: 'pledged', date: '2016', amount: { value: 1e6, currency: 'USD', per: 'once' } }),
    gold({ type: ['COOPERATE'], source: ['Iran'], core: true }),
    gold({ type: ['CONSULT'], source: ['Egypt'] }),
    gold({ kind: 'relation', type: ['PATRON'], source: ['Iran'], target: ['Palestinian Islamic Jihad'] }),
  ];
  const x = extraction(
    [
      event({ type: 'AGREE', source: 'iran', evidence: ev('Iran pledged aid\nto Hamas.'), date: { value: '2016-02', precision: 'month', basis: 'explicit' } }),
      event({ type: 'SUPPORT', source: 'hamas', target: 'iran', evidence: ev('Iran pledged aid') }),
      event({ type: 'CONSULT', source: 'hamas', target: 'egypt', evidence: { text: 'Egypt met Hamas', start: 0, end: 15 } }),
    ],
    [relation({ type: 'ALLY', source: 'iran', target: 'pij', evidence: { text: 'not in the text', start: 0, end: 15 } })],
  );
  return scoreDocument({ doc: 'd1', gold: golds, extraction: x, docText, originalText: original, diagnostics: [] }, aliases);
}

test('report figures: totals, per type, core, date, amount, evidence', () => {
  const r = scored();
  // AGREE stands for the pledged AID; the reversed SUPPORT and CONSULT match because
  // COOPERATE and CONSULT are undirected; ALLY is the wrong type for PATRON.
  assert.deepEqual(r.pairs.map((p) => [p.gold, p.prediction]), [[0, 0], [1, 1], [2, 2]]);
  assert.deepEqual(r.verbatim, [true, true, false, false]); // wrong offsets, then text absent
  const { totals, types, documents } = buildReport([r]);
  assert.equal(totals.gold, 4);
  assert.equal(totals.predicted, 4);
  assert.equal(totals.matchedGold, 3);
  assert.equal(totals.recall, 0.75);
  assert.equal(totals.precision, 0.75);
  assert.equal(totals.f1, 0.75);
  assert.equal(totals.coreRecall, 1);
  assert.equal(totals.dateAccuracy, 1);
  assert.equal(totals.amountAccuracy, 0);
  assert.equal(totals.verbatimRate, 0.5);
  assert.equal(documents[0]?.doc, 'd1');
  // Recall side under the gold type, precision side under the predicted type.
  const byType = Object.fromEntries(types.map((t) => [t.type, t]));
  assert.equal(byType.AID?.recall, 1);
  assert.equal(byType.AID?.precision, null);
  assert.equal(byType.AGREE?.precision, 1);
  assert.equal(byType.PATRON?.recall, 0);
  assert.equal(byType.ALLY?.precision, 0);
  assert.deepEqual(types.map((t) => t.type), ['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'ALLY', 'PATRON']);
});

test('empty predictions: precision n/a, F1 0; floors name the figure', () => {
  const f = figures({
    gold: 10, predicted: 0, matchedGold: 0, matchedPredicted: 0, coreGold: 2, coreMatched: 0,
    dated: 0, dateCorrect: 0, withAmount: 0, amountCorrect: 0, verbatim: 0,
  });
  assert.equal(f.dateAccuracy, null);
  assert.equal(f.precision, null);
  assert.equal(f.recall, 0);
  assert.equal(f.f1, 0);
  assert.equal(checkFloors(f, { f1: 0.45 }), 'F1 0.00 is below the floor 0.45');
  assert.equal(checkFloors(f, {}), null);
  assert.equal(checkFloors(f, { precision: 0.1, coreRecall: 0.5 }), 'precision n/a is below the floor 0.1; core recall 0.00 is below the floor 0.5');
  const near = { ...f, f1: 0.449 };
  assert.equal(checkFloors(near, { f1: 0.45 }), 'F1 0.449 is below the floor 0.45');
  assert.equal(checkFloors({ ...f, f1: 0.45 }, { f1: 0.45 }), null);
});

test('the text report ends with every headline figure within 12 lines; JSON is one object', () => {
  const report = buildReport([scored()]);
  const tail = renderText(report).slice(-12).join('\n');
  for (const label of ['recall', 'precision', 'F1', 'core recall', 'date accuracy', 'amount accuracy']) {
    assert.match(tail, new RegExp(`^  ${label} +\\d`, 'm'));
  }
  assert.match(tail, /^ {2}recall +0\.750 {2}\(3\/4\)$/m);
  const json = JSON.parse(renderJson(report, [scored()])) as { totals: { f1: number }; documents: Array<{ missed: unknown[]; unmatched: unknown[] }> };
  assert.equal(json.totals.f1, 0.75);
  assert.equal(json.documents[0]?.missed.length, 1);
  assert.equal(json.documents[0]?.unmatched.length, 1);
});

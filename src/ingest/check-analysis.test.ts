import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkAnalysis } from './check-analysis.ts';
import { analysis, entity, event, makeDoc, relation } from '../store/store-fixtures.ts';

describe('checkAnalysis', () => {
  const doc = makeDoc('Iran funds Hamas, Qassam is its wing.');
  const iran = entity('iran', 'Iran');
  const hamas = entity('hamas', 'Hamas', { kind: 'organization' });

  it('passes a sound analysis through untouched', () => {
    const sound = analysis(doc, { entities: [iran, hamas], events: [event(doc, 'e1', 'iran', 'hamas', '2016')], relations: [relation(doc, 'iran', 'hamas')] });
    const checked = checkAnalysis(sound);
    assert.equal(checked.analysis, sound);
    assert.deepEqual(checked.problems, []);
  });

  it('drops facts naming unknown entities and repeated ids, and says so', () => {
    const wing = entity('qassam', 'Qassam', { kind: 'armed_wing', parent: 'ghost', roles: [{ title: 'x', of: 'ghost', from: null, to: null }] });
    const checked = checkAnalysis(analysis(doc, {
      entities: [iran, hamas, wing, iran],
      events: [event(doc, 'e1', 'iran', 'hamas', null), event(doc, 'e1', 'iran', 'hamas', null), event(doc, 'e2', 'iran', 'ghost', null)],
      relations: [relation(doc, 'ghost', 'hamas'), relation(doc, 'iran', 'hamas')],
    }));
    const { extraction, diagnostics } = checked.analysis;
    assert.deepEqual(extraction.entities.map((e) => e.id), ['iran', 'hamas', 'qassam']);
    assert.equal(extraction.entities[2]?.parent, null);
    assert.equal(extraction.entities[2]?.roles?.[0]?.of, null);
    assert.deepEqual(extraction.events.map((e) => e.id), ['e1']);
    assert.equal(extraction.relations.length, 1);
    assert.deepEqual(checked.problems, [
      "entity 'iran' listed twice",
      "entity 'qassam': unknown parent 'ghost'",
      "entity 'qassam': role of unknown entity 'ghost'",
      "event 'e1' listed twice",
      "event 'e2' dropped: unknown entity 'ghost'",
      "PATRON relation dropped: unknown entity 'ghost'",
    ]);
    assert.deepEqual(diagnostics, checked.problems);
  });
});

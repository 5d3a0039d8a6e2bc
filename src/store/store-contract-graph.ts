// The graph half of the Store contract (called by storeContract): corrections, the
// stored resolution and the queries of src/graph, the same on every backend.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { Resolution, Store } from './store.ts';
import { analysis, entity, event, item, makeDoc, relation } from './store-fixtures.ts';

const RESOLUTION: Resolution = {
  canonical: [
    { entity: 'iran', canonical: 'iran' }, { entity: 'hamas', canonical: 'hamas' },
    { entity: 'qassam', canonical: 'qassam' }, { entity: 'qassam-wing', canonical: 'qassam' },
  ],
  ancestors: [
    { entity: 'iran', ancestor: 'iran', depth: 0, via: 'self' },
    { entity: 'hamas', ancestor: 'hamas', depth: 0, via: 'self' },
    { entity: 'qassam', ancestor: 'qassam', depth: 0, via: 'self' },
    { entity: 'qassam', ancestor: 'hamas', depth: 1, via: 'parent' },
  ],
  lookup: [{ key: 'hamas', entity: 'hamas', rank: 1 }, { key: 'qassam', entity: 'qassam', rank: 1 }, { key: 'qassam', entity: 'qassam-wing', rank: 2 }],
};

export function graphContract(backend: string, openFresh: () => Promise<Store>): void {
  describe(`Store contract, graph queries: ${backend}`, () => {
    let store: Store;
    beforeEach(async () => { store = await openFresh(); });
    afterEach(async () => { await store.close(); });

    const iran = entity('iran', 'Iran', { aliases: ['Tehran'] });
    const hamas = entity('hamas', 'Hamas', { kind: 'organization' });
    const qassam = entity('qassam', 'Qassam Brigades', { kind: 'armed_wing', parent: 'hamas' });
    const wing = entity('qassam-wing', 'Qassam wing', { kind: 'armed_wing' });
    const sinwar = entity('sinwar', 'Yahya Sinwar', { kind: 'person', roles: [{ title: 'Leader', of: 'hamas', from: null, to: null }] });
    const a = makeDoc('Iran funded the Qassam Brigades in 2012.', { outlet: 'Levant Wire', published: '2012-05-01' });
    const b = makeDoc('Hamas visited Tehran in February 2016.', { outlet: 'Gulf Dispatch', published: '2016-03-01' });
    const c = makeDoc('Hamas and Iran met; the date is not given.', { outlet: null, published: null, source: 'notes/undated.txt' });
    const fill = () => store.saveBatch([
      item(a, analysis(a, { entities: [iran, hamas, qassam, wing], events: [event(a, 'a1', 'iran', 'qassam', '2012'), event(a, 'a2', 'iran', 'qassam-wing', '2012-03-05', { type: 'SANCTION', mode: 'withdraw' })], relations: [relation(a, 'iran', 'qassam')] })),
      item(b, analysis(b, { entities: [iran, hamas, sinwar], events: [event(b, 'b1', 'hamas', 'iran', '2016-02', { type: 'CONSULT', mode: 'visit' }), event(b, 'b2', 'sinwar', 'iran', '2016-02-18', { negated: true })] })),
      item(c, analysis(c, { entities: [iran, hamas], events: [event(c, 'c1', 'iran', 'hamas', null, { type: 'CONSULT', mode: 'meet' })] })),
    ]);

    it('keeps corrections in order, removes one, and moves the stamp with corrections and documents', async () => {
      const first = await store.resolutionStamp();
      assert.equal(first.saved, null);
      const merge = await store.addCorrection({ action: 'merge', entity: 'qassam-wing', other: 'qassam', note: 'same wing' });
      await store.addCorrection({ action: 'split', entity: 'sinwar', other: null, note: null });
      assert.deepEqual((await store.corrections()).map((x) => [x.id, x.action, x.entity, x.other, x.note]),
        [[merge.id, 'merge', 'qassam-wing', 'qassam', 'same wing'], [merge.id + 1, 'split', 'sinwar', null, null]]);
      const second = await store.resolutionStamp();
      assert.notEqual(second.current, first.current);
      assert.equal(await store.removeCorrection(merge.id), true);
      assert.equal(await store.removeCorrection(merge.id), false);
      const third = await store.resolutionStamp();
      assert.notEqual(third.current, second.current);
      await fill();
      assert.notEqual((await store.resolutionStamp()).current, third.current);
    });

    it('gives back what resolution needs, and answers from a saved resolution', async () => {
      await fill();
      const inputs = await store.resolutionInputs();
      assert.deepEqual(inputs.entities.map((e) => e.id), ['hamas', 'iran', 'qassam', 'qassam-wing', 'sinwar']);
      assert.deepEqual(inputs.entities.find((e) => e.id === 'iran')?.aliases, ['Tehran']);
      assert.deepEqual(inputs.roles, [{ entity: 'sinwar', title: 'Leader', of: 'hamas', documents: 1 }]);
      const { current } = await store.resolutionStamp();
      await store.saveResolution(RESOLUTION, `test:${current}`);
      assert.equal((await store.resolutionStamp()).saved, `test:${current}`);
      assert.deepEqual(await store.resolvedIds(['qassam-wing', 'nobody']), [{ id: 'qassam-wing', canonical: 'qassam', ancestors: ['qassam', 'hamas'] }]);
      assert.equal((await store.resolvedIds()).length, 4);
      assert.deepEqual(await store.descendants('hamas'), [{ id: 'qassam', depth: 1, via: 'parent' }]);
      assert.deepEqual(await store.memberIds(['qassam', 'hamas']), ['hamas', 'qassam', 'qassam-wing']);
      assert.deepEqual(await store.lookupEntities(['qassam', 'unknown']), [{ id: 'qassam', rank: 1 }, { id: 'qassam-wing', rank: 2 }]);
      // Saving again replaces, never adds.
      await store.saveResolution({ canonical: [], ancestors: [], lookup: [] }, 'empty');
      assert.deepEqual(await store.resolvedIds(), []);
    });

    it('finds events by pair in both directions, by actor, type, partial dates and outlet', async () => {
      await fill();
      const ids = async (q: Parameters<Store['events']>[0]) => (await store.events(q)).map((r) => r.event.id);
      assert.deepEqual(await ids({ pair: [['hamas', 'sinwar'], ['iran']] }), ['b1', 'b2', 'c1']);
      assert.deepEqual(await ids({ pair: [['iran'], ['qassam', 'qassam-wing']] }), ['a1', 'a2']);
      assert.deepEqual(await ids({ actors: ['qassam-wing'] }), ['a2']);
      assert.deepEqual(await ids({ types: ['CONSULT'] }), ['b1', 'c1']);
      // "2012" overlaps a range starting in June 2012; 5 March 2012 does not.
      assert.deepEqual(await ids({ from: '2012-06' }), ['a1', 'b1', 'b2']);
      assert.deepEqual(await ids({ to: '2016-02-10' }), ['a1', 'a2', 'b1']);
      assert.deepEqual(await ids({ from: '2016-02-18', to: '2016-02-18' }), ['b1', 'b2']);
      assert.deepEqual(await ids({ outlet: 'gulf dispatch' }), ['b1', 'b2']);
      assert.deepEqual(await ids({ outlet: 'undated.txt' }), ['c1']);
      assert.deepEqual(await ids({ document: b.id }), ['b1', 'b2']);
      assert.deepEqual(await ids({ document: '0'.repeat(64) }), []);
      assert.deepEqual(await ids({ actors: ['iran'], types: ['AID'], limit: 1 }), ['a1']);
      const [row] = await store.events({ actors: ['sinwar'] });
      assert.equal(row?.event.negated, true);
      assert.equal(row?.document.outlet, 'Gulf Dispatch');
    });

    it('gives relations, roles with their document date, counterparts, mentions and entities', async () => {
      await fill();
      assert.deepEqual((await store.relations(['qassam'])).map((r) => [r.relation.type, r.relation.source, r.document.outlet]), [['PATRON', 'iran', 'Levant Wire']]);
      assert.equal((await store.relations()).length, 1);
      assert.deepEqual(await store.relations(['sinwar']), []);
      assert.deepEqual(await store.roles(['sinwar']), [{ entity: 'sinwar', title: 'Leader', of: 'hamas', from: null, to: null, documentId: b.id, published: '2016-03-01' }]);
      const counts = (await store.counterparts(['iran'])).map((r) => [r.counterpart, r.side, r.type, r.negated, r.count, r.first, r.last]).sort();
      assert.deepEqual(counts, [
        ['hamas', 'source', 'CONSULT', false, 1, null, null],
        ['hamas', 'target', 'CONSULT', false, 1, '2016-02', '2016-02'],
        ['qassam', 'source', 'AID', false, 1, '2012', '2012'],
        ['qassam-wing', 'source', 'SANCTION', false, 1, '2012-03-05', '2012-03-05'],
        ['sinwar', 'target', 'AID', true, 1, '2016-02-18', '2016-02-18'],
      ]);
      assert.deepEqual(await store.seen(['iran']), { documents: 3, firstPublished: '2012-05-01', lastPublished: '2016-03-01' });
      assert.deepEqual(await store.seen(['nobody']), { documents: 0, firstPublished: null, lastPublished: null });
      assert.deepEqual((await store.entities(['sinwar', 'nobody', 'iran'])).map((e) => [e.id, e.aliases]), [['sinwar', []], ['iran', ['Tehran']]]);
    });
  });
}

// The graph half of the Store contract (called by storeContract): corrections, the
// stored resolution and the queries of src/graph, the same on every backend.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { CounterpartRow, Resolution, Store } from './store.ts';
import { analysis, counterpartsFromEvents, entity, event, item, makeDoc, relation } from './store-fixtures.ts';

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

/** Counterpart rows as sorted tuples, one per type and polarity. */
function counted(rows: CounterpartRow[]): (string | number | boolean | null)[][] {
  return rows.flatMap((r) => r.counts.map((c) => [r.actor, r.counterpart, c.type, c.negated, c.count, r.first, r.last]))
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

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
      // Both directions together: Iran met Hamas (undated), Hamas visited Iran (2016-02).
      assert.deepEqual(counted(await store.counterparts(['iran'])), [
        ['iran', 'hamas', 'CONSULT', false, 2, '2016-02', '2016-02'],
        ['iran', 'qassam', 'AID', false, 1, '2012', '2012'],
        ['iran', 'qassam-wing', 'SANCTION', false, 1, '2012-03-05', '2012-03-05'],
        ['iran', 'sinwar', 'AID', true, 1, '2016-02-18', '2016-02-18'],
      ]);
      assert.deepEqual(await store.seen(['iran']), { documents: 3, firstPublished: '2012-05-01', lastPublished: '2016-03-01' });
      assert.deepEqual(await store.seen(['nobody']), { documents: 0, firstPublished: null, lastPublished: null });
      assert.deepEqual((await store.entities(['sinwar', 'nobody', 'iran'])).map((e) => [e.id, e.aliases]), [['sinwar', []], ['iran', ['Tehran']]]);
    });

    it('counts counterparts, mentions and roles the same from the totals as from the facts, documents stored since included', async () => {
      // What the events say, counted here: the totals must always agree.
      const fromEvents = async (ids: string[]) => counted(counterpartsFromEvents(await store.events({ actors: ids }), ids));
      const agree = async (seen: Record<string, [number, string | null, string | null]>, leaderIn: [number, string]) => {
        assert.deepEqual(await store.roleTotals(['sinwar', 'iran']),
          [{ entity: 'sinwar', title: 'Leader', of: 'hamas', from: leaderIn[1], to: '2016-03-01', documents: leaderIn[0] }]);
        for (const ids of [['iran'], ['hamas'], ['iran', 'hamas'], ['qassam', 'qassam-wing'], ['nobody']]) {
          assert.deepEqual(counted(await store.counterparts(ids)), await fromEvents(ids), ids.join(', '));
        }
        for (const [ids, [documents, firstPublished, lastPublished]] of Object.entries(seen)) {
          assert.deepEqual(await store.seen(ids.split(',')), { documents, firstPublished, lastPublished }, ids);
        }
      };
      await fill();
      assert.equal((await store.resolutionStamp()).queued, true);
      // Nothing folded yet: everything is counted from the queued documents.
      await agree({ iran: [3, '2012-05-01', '2016-03-01'], 'iran,hamas': [3, '2012-05-01', '2016-03-01'], sinwar: [1, '2016-03-01', '2016-03-01'] }, [1, '2016-03-01']);
      await store.saveResolution(RESOLUTION, 'first');
      assert.equal((await store.resolutionStamp()).queued, false);
      await agree({ iran: [3, '2012-05-01', '2016-03-01'], 'iran,hamas': [3, '2012-05-01', '2016-03-01'], sinwar: [1, '2016-03-01', '2016-03-01'] }, [1, '2016-03-01']);
      // A document stored after the fold: counted at once, and the same once folded in.
      const d = makeDoc('In 2010 Hamas and Sinwar met Iran; Iran denied arming Hamas.', { published: '2010-07-09' });
      await store.saveBatch([item(d, analysis(d, {
        entities: [iran, hamas, sinwar],
        events: [
          event(d, 'd1', 'hamas', 'iran', '2010', { type: 'CONSULT', mode: 'meet' }),
          event(d, 'd2', 'iran', 'hamas', '2010-06', { modality: 'denied' }),
          event(d, 'd3', 'sinwar', 'iran', '2010-07-01', { type: 'CONSULT', mode: 'meet' }),
        ],
      }))]);
      const after: Record<string, [number, string, string]> = {
        iran: [4, '2010-07-09', '2016-03-01'], hamas: [4, '2010-07-09', '2016-03-01'], sinwar: [2, '2010-07-09', '2016-03-01'],
        'iran,hamas': [4, '2010-07-09', '2016-03-01'], 'sinwar,qassam': [3, '2010-07-09', '2016-03-01'],
      };
      await agree(after, [2, '2010-07-09']);
      await store.saveResolution(RESOLUTION, 'second');
      await agree(after, [2, '2010-07-09']);
      assert.deepEqual(counted(await store.counterparts(['hamas'])).filter((r) => r[1] === 'iran'), [
        ['hamas', 'iran', 'AID', true, 1, '2010', '2016-02'],
        ['hamas', 'iran', 'CONSULT', false, 3, '2010', '2016-02'],
      ]);
    });
  });
}

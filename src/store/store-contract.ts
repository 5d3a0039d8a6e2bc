// The behaviour every Store backend must show. A backend's test file calls
// storeContract() with a function that opens a fresh, empty store.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from './store.ts';
import { analysis, entity, event, item, makeDoc, mentionsOf, relation } from './store-fixtures.ts';
import { graphContract } from './store-contract-graph.ts';
import { documentsContract } from './store-contract-documents.ts';

export function storeContract(backend: string, openFresh: () => Promise<Store>): void {
  graphContract(backend, openFresh);
  documentsContract(backend, openFresh);
  describe(`Store contract: ${backend}`, () => {
    let store: Store;
    beforeEach(async () => { store = await openFresh(); });
    afterEach(async () => { await store.close(); });

    const iran = entity('iran', 'Iran', { aliases: ['Tehran'] });
    const hamas = entity('hamas', 'Hamas', { kind: 'organization' });

    it('stores a document with its facts and reports counts', async () => {
      const doc = makeDoc('Iran gave Hamas money, officials said.');
      await store.saveBatch([item(doc, analysis(doc, {
        entities: [iran, hamas], events: [event(doc, 'e1', 'iran', 'hamas', '2016')], relations: [relation(doc, 'iran', 'hamas')],
      }))]);
      assert.equal(await store.hasDocument(doc.id), true);
      assert.equal(await store.hasDocument('0'.repeat(64)), false);
      assert.deepEqual(await store.counts(), { documents: 1, duplicates: 0, entities: 2, events: 1, relations: 1 });
    });

    it('keeps nothing of a batch when one of its documents fails', async () => {
      const good = makeDoc('Iran met Hamas in Doha.');
      const broken = makeDoc('Hamas thanked someone unknown.');
      // The event names an entity the extraction does not define: the batch must roll back.
      const brokenAnalysis = analysis(broken, { entities: [hamas], events: [event(broken, 'e1', 'hamas', 'nobody', null)] });
      await assert.rejects(store.saveBatch([item(good, analysis(good, { entities: [iran, hamas] })), item(broken, brokenAnalysis)]));
      assert.equal(await store.hasDocument(good.id), false);
      assert.deepEqual(await store.counts(), { documents: 0, duplicates: 0, entities: 0, events: 0, relations: 0 });
      // What was rolled back is written again, entities and aliases included.
      await store.saveBatch([item(good, analysis(good, { entities: [iran, hamas] }))]);
      assert.deepEqual(await store.counts(), { documents: 1, duplicates: 0, entities: 2, events: 0, relations: 0 });
      assert.deepEqual((await store.entity('iran'))?.aliases, iran.aliases);
    });

    it('rolls back a batch failing half-way through its rows', async () => {
      const first = makeDoc('Iran pledged aid to Hamas.');
      const second = makeDoc('Iran pledged aid to Hamas again.');
      const twice = event(second, 'same-id', 'iran', 'hamas', null);
      await assert.rejects(store.saveBatch([
        item(first, analysis(first, { entities: [iran, hamas], events: [event(first, 'e1', 'iran', 'hamas', null)] })),
        item(second, analysis(second, { entities: [iran, hamas], events: [twice, twice] })),
      ]));
      assert.deepEqual(await store.counts(), { documents: 0, duplicates: 0, entities: 0, events: 0, relations: 0 });
    });

    it('merges entities across documents: first name and kind, new aliases, parent when unknown', async () => {
      const a = makeDoc('Tehran and the Qassam Brigades.');
      const b = makeDoc('The Islamic Republic and Hamas armed wing.');
      const c = makeDoc('Qassam, part of something else.');
      const wing = (parent: string | null) => entity('qassam', 'Qassam Brigades', { kind: 'armed_wing', parent });
      await store.saveBatch([item(a, analysis(a, { entities: [iran, wing(null)] }))]);
      await store.saveBatch([
        item(b, analysis(b, { entities: [entity('iran', 'Islamic Republic of Iran', { kind: 'other', aliases: ['Tehran', 'Islamic Republic'] }), hamas, wing('hamas')] })),
        item(c, analysis(c, { entities: [iran, entity('other', 'Other'), wing('other')] })),
      ]);
      assert.deepEqual(await store.entity('iran'), { id: 'iran', name: 'Iran', kind: 'state', parent: null, aliases: ['Tehran', 'Islamic Republic'] });
      assert.equal((await store.entity('qassam'))?.parent, 'hamas');
      assert.equal(await store.entity('nobody'), null);
    });

    it('lists a dyad in both directions, dated events in date order, undated last', async () => {
      const doc = makeDoc('Several things happened between Iran and Hamas.', { title: 'Ties', outlet: 'Gazette' });
      const events = [
        event(doc, 'late', 'iran', 'hamas', '2016-04'),
        event(doc, 'undated', 'iran', 'hamas', null),
        event(doc, 'early', 'hamas', 'iran', '2012'),
        event(doc, 'other', 'iran', 'hezbollah', '2013'),
      ];
      const hezbollah = entity('hezbollah', 'Hezbollah', { kind: 'organization' });
      await store.saveBatch([item(doc, analysis(doc, { entities: [iran, hamas, hezbollah], events }))]);
      for (const [a, b] of [['iran', 'hamas'], ['hamas', 'iran']] as const) {
        const rows = await store.dyadEvents(a, b);
        assert.deepEqual(rows.map((r) => r.event.id), ['early', 'late', 'undated']);
      }
      const [first] = await store.dyadEvents('iran', 'hamas');
      assert.deepEqual(first?.document, { id: doc.id, source: doc.source, title: 'Ties', published: '2016-05-01', outlet: 'Gazette', url: null });
      assert.deepEqual(first?.event, events[2]);
    });

    it('counts a document once however often it names an actor, before and after the totals fold it in', async () => {
      const often = makeDoc('Iran, or Tehran: Hamas thanked Iran and Iran alone.', { published: '2015' });
      const once = makeDoc('Hamas alone.', { published: '2017' });
      await store.saveBatch([
        item(often, { ...analysis(often, { entities: [iran, hamas] }),
          mentions: [...mentionsOf(often, 'iran', 'Iran', 'Tehran'), ...mentionsOf(often, 'hamas', 'Hamas')] }),
        item(once, analysis(once, { entities: [hamas] })),
      ]);
      const seen = async () => Promise.all([['iran'], ['hamas'], ['iran', 'hamas']].map((ids) => store.seen(ids)));
      const expected = [
        { documents: 1, firstPublished: '2015', lastPublished: '2015' },
        { documents: 2, firstPublished: '2015', lastPublished: '2017' },
        { documents: 2, firstPublished: '2015', lastPublished: '2017' },
      ];
      assert.deepEqual(await seen(), expected);
      await store.saveResolution({ canonical: [], ancestors: [], lookup: [] }, 'folded');
      assert.deepEqual(await seen(), expected);
    });

    it('finds a near-duplicate within the distance, by band or by scan', async () => {
      const fp = 0x0123_4567_89ab_cdefn;
      const doc = makeDoc('An original report.');
      await store.saveBatch([item(doc, null, fp)]);
      const flip = (...bits: number[]) => bits.reduce((x, bit) => x ^ (1n << BigInt(bit)), fp);
      assert.equal(await store.findNearDuplicate(fp, 3), doc.id);
      assert.equal(await store.findNearDuplicate(flip(0, 16, 32), 3), doc.id);
      // Four bits, one in each band: no band matches, found only by the scan.
      assert.equal(await store.findNearDuplicate(flip(0, 16, 32, 48), 3), null);
      assert.equal(await store.findNearDuplicate(flip(0, 16, 32, 48), 4), doc.id);
      assert.equal(await store.findNearDuplicate(~fp, 3), null);
    });

    it('records duplicates and never offers one as an original', async () => {
      const original = makeDoc('The original report.');
      const copy = makeDoc('The original report!');
      await store.saveBatch([item(original, null, 0xffn), item(copy, null, 0xff00_0000_0000n, original.id)]);
      assert.equal((await store.counts()).duplicates, 1);
      assert.equal(await store.findNearDuplicate(0xff00_0000_0000n, 3), null);
    });
  });
}

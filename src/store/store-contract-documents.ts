// The documents half of the Store contract (called by storeContract): reading stored
// documents back, listing them newest first and searching them, the same on every
// backend — what the web UI's document list, search box and evidence views show.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentQuery, Store } from './store.ts';
import { item, makeDoc } from './store-fixtures.ts';

export function documentsContract(backend: string, openFresh: () => Promise<Store>): void {
  describe(`Store contract, documents: ${backend}`, () => {
    let store: Store;
    beforeEach(async () => { store = await openFresh(); });
    afterEach(async () => { await store.close(); });

    const pledge = makeDoc('Qatar pledged $40 million to the Gaza Strip at the Wadi Qurmuz conference, officials said.',
      { title: 'Gulf donors', source: 'wires/qatar-pledge.txt', outlet: 'Doha News', published: '2021-03-12' });
    const truce = makeDoc('Egypt brokered a truce between Israel and Hamas on Friday.',
      { title: 'Truce in Gaza', source: 'https://example.org/truce', outlet: 'Cairo Wire', published: '2021-05-21', url: 'https://example.org/truce' });
    const talks = makeDoc('Iran and Hezbollah held talks, the date of which was not given.',
      { title: null, source: 'notes/talks.txt', outlet: 'doha news', published: null });
    const fill = () => store.saveBatch([item(pledge, null, 1n), item(truce, null, 2n), item(talks, null, 3n)]);
    const ids = async (query: Partial<DocumentQuery>) =>
      (await store.documents({ limit: 50, offset: 0, ...query })).items.map((d) => d.id);

    it('reads one document back with its text, and null for an unknown id', async () => {
      const copy = makeDoc('Qatar pledged $40 million to the Gaza Strip at the Wadi Qurmuz conference!', { published: null });
      await store.saveBatch([item(pledge, null, 1n), { ...item(copy, null, 4n, pledge.id), skipped: 'duplicate' }]);
      const stored = await store.document(pledge.id);
      assert.ok(stored !== null);
      const { ingestedAt, ...rest } = stored;
      assert.deepEqual(rest, {
        id: pledge.id, source: 'wires/qatar-pledge.txt', title: 'Gulf donors', published: '2021-03-12', outlet: 'Doha News',
        url: null, language: 'en', duplicateOf: null, skipped: null, length: pledge.text.length, text: pledge.text,
      });
      assert.match(ingestedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      assert.deepEqual([(await store.document(copy.id))?.duplicateOf, (await store.document(copy.id))?.skipped], [pledge.id, 'duplicate']);
      assert.equal(await store.document('0'.repeat(64)), null);
      assert.equal(await store.document('not an id'), null);
    });

    it('finds documents by a word of their text, title or source: whole words or their beginning, every word required', async () => {
      await fill();
      assert.deepEqual(await ids({ q: 'Qurmuz' }), [pledge.id], 'a word of the text');
      assert.deepEqual(await ids({ q: 'QURMUZ officials' }), [pledge.id], 'case does not matter; words anywhere');
      assert.deepEqual(await ids({ q: 'donors' }), [pledge.id], 'a word of the title');
      assert.deepEqual(await ids({ q: 'gaza' }), [truce.id, pledge.id], 'title or text, newest first');
      assert.deepEqual(await ids({ q: 'qatar-pledge.txt' }), [pledge.id], 'the source, punctuation and all');
      assert.deepEqual(await ids({ q: 'pledge' }), [pledge.id], 'the beginning of "pledged"');
      assert.deepEqual(await ids({ q: 'Hezb' }), [talks.id], 'a word being typed');
      assert.deepEqual(await ids({ q: 'ledge' }), [], 'words match from their start, not inside another word');
      assert.deepEqual(await ids({ q: 'gaza egypt' }), [truce.id], 'every word must appear');
      assert.deepEqual(await ids({ q: 'Qurmuz Hezbollah' }), []);
      assert.deepEqual(await ids({ q: 'Gaza Strip' }), [pledge.id]);
      const page = await store.documents({ q: 'gaza', limit: 1, offset: 1 });
      assert.deepEqual([page.total, page.items.map((d) => d.id)], [2, [pledge.id]]);
      assert.equal('text' in page.items[0]!, false, 'a list carries no text');
    });

    it('filters by outlet, case-insensitive, alone or with words', async () => {
      await fill();
      assert.deepEqual(await ids({ outlet: 'DOHA NEWS' }), [pledge.id, talks.id], 'undated last');
      assert.deepEqual(await ids({ outlet: 'Doha News', q: 'iran' }), [talks.id]);
      assert.deepEqual(await ids({ outlet: 'Cairo Wire', q: 'iran' }), []);
      assert.deepEqual(await ids({ outlet: 'Doha' }), [], 'the whole outlet name');
    });

    it('pages newest first, undated last, with the total of every page', async () => {
      const dates = ['2019-01-05', null, '2021-07', '2020-02-29', '2021-07-01', '2018'];
      const docs = dates.map((published, i) => makeDoc(`Dispatch number ${i} from the region.`, { published }));
      await store.saveBatch(docs.map((doc, i) => item(doc, null, BigInt(i + 10))));
      const newest = [4, 2, 3, 0, 5, 1].map((i) => docs[i]!.id);
      const pages = [];
      for (let offset = 0; offset < 7; offset += 3) pages.push(await store.documents({ limit: 3, offset }));
      assert.deepEqual(pages.map((p) => p.total), [6, 6, 6]);
      assert.deepEqual(pages.flatMap((p) => p.items.map((d) => d.id)), newest);
      assert.deepEqual(pages[2]!.items, []);
      const searched = await store.documents({ q: 'dispatch region', limit: 2, offset: 2 });
      assert.deepEqual([searched.total, searched.items.map((d) => d.id)], [6, newest.slice(2, 4)]);
    });

    it('finds ids by their first hex digits', async () => {
      await fill();
      const all = [pledge.id, truce.id, talks.id].sort();
      assert.deepEqual(await store.documentIdsWithPrefix(pledge.id.slice(0, 12), 5), [pledge.id]);
      assert.deepEqual(await store.documentIdsWithPrefix('', 2), all.slice(0, 2));
      assert.deepEqual(await store.documentIdsWithPrefix('%', 5), [], 'not hex: no id starts with it');
    });

    it('takes any typed text as words, never as query syntax', async () => {
      await fill();
      const hostile = [
        '"', '"Qurmuz', 'Qurmuz"', '*', 'Qurm*', 'AND', 'OR', 'NOT', 'iran OR qurmuz', 'iran AND NOT hezbollah', '-hezbollah iran',
        'NEAR(iran hezbollah)', 'title:gaza', '{title source}: gaza', '^iran', '(', ')', '()', ':*', 'iran & qurmuz', 'iran | qurmuz',
        '!iran', 'iran <-> hezbollah', "'", "''", '\\', '%', '_', '%%%% _', "' OR 1=1 --", "'; DROP TABLE documents; --",
        'x'.repeat(5000), Array.from({ length: 500 }, (_, i) => `w${i}`).join(' '), 'iran\u0000', '💥 ﷽ 𝔊𝔞𝔷𝔞',
      ];
      for (const q of hostile) {
        const found = await store.documents({ q, limit: 5, offset: 0 });
        assert.equal(found.total, found.items.length, JSON.stringify(q.slice(0, 40)));
      }
      assert.deepEqual(await ids({ q: 'AND' }), [truce.id, talks.id], 'AND is a word to find, not an operator');
      assert.deepEqual(await ids({ q: '"Qurmuz' }), [pledge.id], 'a stray quote is ignored');
      assert.deepEqual(await ids({ q: '-hezbollah iran' }), [talks.id], 'a minus does not exclude');
      assert.deepEqual(await ids({ q: 'iran OR qurmuz' }), [], 'OR is a word to find, not an operator');
      assert.deepEqual(await ids({ q: Array(500).fill('iran').join(' ') }), [talks.id], '500 words');
      assert.deepEqual(await ids({ q: '%%%% _' }), [], 'punctuation alone matches nothing, not everything');
      assert.equal((await store.counts()).documents, 3, 'the documents are still there');
    });
  });
}

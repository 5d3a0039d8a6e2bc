// Ingest on worker threads stores exactly what ingest on one thread stores: the same
// documents, the same duplicates (decided in input order), the same facts for each,
// the same summary — and a slow store holds the reading back instead of letting
// documents pile up.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers/cli.ts';
import { MENTIONS_OF_DOCUMENT, query } from './helpers/db.ts';
import { article } from './helpers/articles.ts';
import { openStore, type Store } from '../src/store/store.ts';
import { ingest } from '../src/ingest/ingest.ts';
import type { IngestEvent, IngestSummary } from '../src/ingest/types.ts';

const tmp = tempDir('workers');
after(tmp.remove);

/**
 * 160 articles (enough for the pool to start and take over from the calling thread),
 * with exact copies, near copies (one word changed) and a French one among them.
 */
function writeCorpus(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (let n = 0; n < 152; n++) writeFileSync(join(dir, `${String(n).padStart(2, '0')}.txt`), `${article(300 + n).title}\n\n${article(300 + n).text}\n`);
  for (const n of [3, 17, 129]) writeFileSync(join(dir, `${n}-copy.txt`), `${article(300 + n).title}\n\n${article(300 + n).text}\n`);
  for (const n of [5, 22, 138, 151]) {
    writeFileSync(join(dir, `${n}-near.txt`), `${article(300 + n).title}\n\n${article(300 + n).text.replace(/\bthe\b/, 'a')}\n`);
  }
  writeFileSync(join(dir, 'fr.txt'), "L'Iran a promis de nouveaux fonds au Hamas lors d'une visite à Téhéran, selon des responsables. "
    + 'La délégation a aussi rencontré le ministre des affaires étrangères et parlé de la reconstruction de Gaza.\n');
}

const FACTS = `SELECT d.source, d.duplicate_of IS NOT NULL AS duplicate, d.skipped,
    (SELECT group_concat(e.id || ' ' || e.type || ' ' || e.source || ' ' || COALESCE(e.target, '-'), '; ')
      FROM events e WHERE e.document_id = d.id) AS events,
    (SELECT COUNT(*) FROM relations r WHERE r.document_id = d.id) AS relations,
    ${MENTIONS_OF_DOCUMENT} AS mentions
  FROM documents d ORDER BY d.source`;

async function run(db: string, workers: number, wrap: (store: Store) => Store = (s) => s): Promise<{ summary: IngestSummary; events: IngestEvent[] }> {
  const store = await openStore(db);
  const events: IngestEvent[] = [];
  try {
    const summary = await ingest([join(tmp.dir, 'corpus')], { workers, batchSize: 7 }, wrap(store), (e) => events.push(e));
    return { summary, events };
  } finally {
    await store.close();
  }
}

describe('ingest on worker threads', () => {
  writeCorpus(join(tmp.dir, 'corpus'));

  it('stores the same documents, duplicates and facts as one thread, with the same summary and messages', async () => {
    const one = await run(join(tmp.dir, 'one.db'), 1);
    const three = await run(join(tmp.dir, 'three.db'), 3);
    const { elapsedMs: _a, ...summaryOne } = one.summary;
    const { elapsedMs: _b, ...summaryThree } = three.summary;
    assert.deepEqual(summaryThree, summaryOne);
    assert.deepEqual([summaryOne.new, summaryOne.unchanged, summaryOne.duplicate, summaryOne.notAnalyzed], [153, 3, 4, 1]);
    assert.deepEqual(query(join(tmp.dir, 'three.db'), FACTS), query(join(tmp.dir, 'one.db'), FACTS));
    const messages = (r: typeof one) => r.events.filter((e) => e.kind === 'failure' || e.kind === 'notice');
    assert.deepEqual(messages(three), messages(one));
  });

  it('keeps reading no further ahead than one batch while the store is slow', async () => {
    let inHand = 0;
    let most = 0;
    const slow = (store: Store): Store => ({
      ...store,
      async saveBatch(items) {
        await new Promise((resolve) => setTimeout(resolve, 150));
        await store.saveBatch(items);
      },
    });
    const { summary, events } = await run(join(tmp.dir, 'slow.db'), 2, slow);
    for (const e of events) {
      if (e.kind === 'progress') most = Math.max(most, e.documents - inHand);
      if (e.kind === 'committed') inHand += e.documents;
    }
    assert.equal(summary.new + summary.duplicate + summary.unchanged, 160);
    // Documents decided but not yet committed: the batch being written and the one filling.
    assert.ok(most <= 2 * 7 + 3, `${most} documents decided ahead of the store`);
  });
});

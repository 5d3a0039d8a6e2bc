import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../store/store.ts';
import { ingest } from './ingest.ts';
import type { IngestEvent } from './types.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

const STORY = 'Iran pledged new funds to Hamas during a visit to Tehran on 12 March 2016, officials said. '
  + 'The delegation also met the foreign minister and discussed reconstruction in Gaza and fuel deliveries. '
  + 'Neither side gave figures, but a spokesman described the talks as warm and said more meetings would follow. ';
const FRENCH = "L'Iran a promis de nouveaux fonds au Hamas lors d'une visite à Téhéran, selon des responsables. "
  + 'La délégation a aussi rencontré le ministre des affaires étrangères et parlé de la reconstruction de Gaza. ';

/** A folder of files (name → text) and a fresh store; the events reported go into `events`. */
async function setUp(files: Record<string, string>): Promise<{ folder: string; store: Store; events: IngestEvent[] }> {
  const folder = join(dir, `case-${++n}`);
  mkdirSync(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return { folder, store: await openStore(join(dir, `case-${n}.db`)), events: [] };
}

describe('ingest', () => {
  it('finds copies within the batch in hand as well as in the store', async () => {
    const { folder, store, events } = await setUp({ 'a.txt': STORY, 'b.txt': STORY, 'c.txt': STORY.replace('warm', 'cordial') });
    const summary = await ingest([folder], {}, store, (e) => events.push(e));
    assert.deepEqual([summary.new, summary.unchanged, summary.duplicate, summary.failed], [1, 1, 1, 0]);
    assert.deepEqual(await store.counts().then((c) => [c.documents, c.duplicates]), [2, 1]);
    const again = await ingest([folder], {}, store, () => {});
    assert.deepEqual([again.new, again.unchanged, again.duplicate], [0, 3, 0]);
    await store.close();
  });

  it('stores a document in another language without extraction, and says so', async () => {
    const { folder, store, events } = await setUp({ 'fr.txt': FRENCH });
    const summary = await ingest([folder], {}, store, (e) => events.push(e));
    assert.deepEqual([summary.new, summary.notAnalyzed, summary.events], [1, 1, 0]);
    assert.deepEqual(events.filter((e) => e.kind === 'notice'),
      [{ kind: 'notice', source: join(folder, 'fr.txt'), message: "language 'fr', extraction skipped" }]);
    await store.close();
  });

  it('stops when aborted, keeping every committed batch and the one in hand', async () => {
    const files = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`${i}.txt`, `Report ${i * 7919}. ${STORY.repeat(i + 1)}`]));
    const { folder, store } = await setUp(files);
    const controller = new AbortController();
    const summary = await ingest([folder], { batchSize: 2, signal: controller.signal }, store, (e) => {
      if (e.kind === 'progress' && e.documents === 3) controller.abort();
    });
    assert.equal(summary.interrupted, true);
    assert.equal(summary.new + summary.duplicate, 3);
    assert.equal((await store.counts()).documents, 3);
    await store.close();
  });

  it('gives up with a clear error when the store cannot write', async () => {
    const { folder, store } = await setUp({ 'a.txt': STORY });
    const failing: Store = { ...store, saveBatch: () => Promise.reject(new Error('disk I/O error')) };
    await assert.rejects(ingest([folder], {}, failing, () => {}), /^Error: cannot save documents: disk I\/O error$/);
    await store.close();
  });
});

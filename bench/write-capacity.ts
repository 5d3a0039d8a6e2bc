// How many articles a second a store can take when extraction is not the limit:
// the sample's real analyses (extracted beforehand) written with Store.saveBatch in
// batches of 50, as ingest writes them. With many ingest processes sharing one
// database, this is the ceiling their sum meets (see docs/scaling.md).
import type { Doc } from '../src/clean/doc.ts';
import { fingerprint } from '../src/clean/index.ts';
import { analyze } from '../src/extract/index.ts';
import { openStore, type StoredDocInput } from '../src/store/store.ts';
import { DEFAULT_BATCH_SIZE } from '../src/ingest/types.ts';

export function analysedItems(docs: Doc[]): StoredDocInput[] {
  return docs.map((doc) => ({ doc, analysis: analyze(doc), duplicateOf: null, fingerprint: fingerprint(doc.text), skipped: null }));
}

/** Articles per second written into the (new, empty) store at `location`. */
export async function writeCapacity(location: string, items: StoredDocInput[]): Promise<number> {
  const store = await openStore(location);
  try {
    const start = performance.now();
    for (let i = 0; i < items.length; i += DEFAULT_BATCH_SIZE) await store.saveBatch(items.slice(i, i + DEFAULT_BATCH_SIZE));
    return (items.length * 1000) / (performance.now() - start);
  } finally {
    await store.close();
  }
}

// The extraction pool (src/ingest/pool/): worker threads give exactly what analyze()
// gives in the calling thread, never hold more than their bound, survive a document
// whose analysis throws, and give up on one that runs past the time limit.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDoc } from '../src/clean/index.ts';
import type { Doc } from '../src/clean/doc.ts';
import { analyze } from '../src/extract/index.ts';
import { DocumentRefused, ExtractPool } from '../src/ingest/pool/extract-pool.ts';
import { createExtractor } from '../src/ingest/pool/extractor.ts';
import { analysable, prepare, unpackAnalysis, type PackedAnalysis, type Prepared } from '../src/ingest/pool/prepare.ts';
import { ROOT } from './helpers/cli.ts';
import { article } from './helpers/articles.ts';

const docs: Doc[] = readdirSync(join(ROOT, 'samples'))
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => {
    const cleaned = cleanDoc({ source: name, text: readFileSync(join(ROOT, 'samples', name), 'utf8'), meta: {} });
    return cleaned.ok ? [cleaned.doc] : [];
  });

describe('extraction pool', () => {
  let pool: ExtractPool;
  before(async () => { pool = await ExtractPool.start(2, { capacity: 3 }); });
  after(async () => { await pool.close(); });

  it('gives what cleaning and analyze() give in this thread, document by document', async () => {
    assert.ok(docs.length >= 20);
    const results = await Promise.all(docs.map((doc) => pool.analyze(doc)));
    assert.deepEqual(results.map(unpackAnalysis), docs.map((doc) => analyze(doc)));
    const raws = readdirSync(join(ROOT, 'samples')).map((name) => ({ source: name, text: readFileSync(join(ROOT, 'samples', name), 'utf8'), meta: {} }));
    assert.deepEqual(await Promise.all(raws.map((raw) => pool.prepare(raw))), raws.map((raw) => prepare(raw)));
    // Analysed in the same trip: the analysis analyze() gives, for the documents it reads.
    const both = await Promise.all(raws.map((raw) => pool.prepare(raw, { analyze: true })));
    const ahead = (p: Prepared) => (p.ok && p.ahead?.ok ? unpackAnalysis(p.ahead.analysis) : null);
    assert.deepEqual(both.map(ahead), raws.map((raw) => {
      const p = prepare(raw);
      return p.ok && analysable(p.doc) ? analyze(p.doc) : null;
    }));
    assert.ok(both.some((p) => p.ok && p.ahead?.ok));
  });

  it('keeps at most its bound of documents when the sender waits for ready()', async () => {
    let most = 0;
    const answers: Promise<unknown>[] = [];
    for (const doc of [...docs, ...docs]) {
      await pool.ready();
      answers.push(pool.analyze(doc));
      most = Math.max(most, pool.pending);
    }
    await Promise.all(answers);
    assert.equal(most, 3);
    assert.equal(pool.pending, 0);
  });

  it('does a document again in a worker of its own when its worker dies, and replaces the worker', async () => {
    const big = docs.reduce((longest, doc) => (doc.text.length > longest.text.length ? doc : longest));
    const answer = pool.analyze(big);
    // What an out-of-memory end looks like from here: the thread is gone mid-document.
    const slots = (pool as unknown as { slots: { worker: { terminate(): Promise<number> }; sent: unknown[] }[] }).slots;
    await slots.find((slot) => slot.sent.length > 0)!.worker.terminate();
    assert.deepEqual(unpackAnalysis(await answer), analyze(big));
    for (const deadline = Date.now() + 20_000; slots.length < 2 && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(slots.length, 2, 'the worker was replaced');
    assert.deepEqual(unpackAnalysis(await pool.analyze(docs[3]!)), analyze(docs[3]!));
  });

  it('fails only the document whose analysis throws', async () => {
    const broken = { ...docs[0]!, text: null as unknown as string };
    const [bad, good] = await Promise.allSettled([pool.analyze(broken), pool.analyze(docs[1]!)]);
    assert.equal(bad.status, 'rejected');
    assert.equal(good.status, 'fulfilled');
    assert.deepEqual(unpackAnalysis((good as PromiseFulfilledResult<PackedAnalysis>).value), analyze(docs[1]!));
  });
});

describe('extraction pool with a time limit', () => {
  let pool: ExtractPool;
  before(async () => { pool = await ExtractPool.start(1, { timeoutMs: 500 }); });
  after(async () => { await pool.close(); });
  const slots = () => (pool as unknown as { slots: unknown[] }).slots;

  it('refuses a document still being analysed when its time is up, and goes on with a new worker', async () => {
    // 1.4 MB of prose in one paragraph (under the size done alone): seconds of analysis.
    const text = Array.from({ length: 1150 }, (_, i) => article(3000 + i).paragraphs.join(' ')).join(' ');
    const long = { ...docs[0]!, id: 'long', text };
    const [late, next] = await Promise.allSettled([pool.analyze(long), pool.analyze(docs[1]!)]);
    assert.equal(late.status, 'rejected');
    const reason = (late as PromiseRejectedResult).reason as Error;
    assert.ok(reason instanceof DocumentRefused, reason.message);
    assert.equal(reason.message, 'analysis took longer than 0.5 s — refused; to allow it, ingest it with entente ingest --doc-timeout and more seconds');
    assert.deepEqual(unpackAnalysis((next as PromiseFulfilledResult<PackedAnalysis>).value), analyze(docs[1]!));
    assert.equal(slots().length, 1, 'the worker was replaced');
  });
});

describe('createExtractor', () => {
  it('analyses in this thread for one worker, and refuses nonsense', async () => {
    const inline = await createExtractor(1);
    assert.equal(inline.workers, 1);
    assert.deepEqual(unpackAnalysis(await inline.analyze(docs[2]!)), analyze(docs[2]!));
    await assert.rejects(inline.analyze({ ...docs[0]!, text: null as unknown as string }));
    await assert.rejects(createExtractor(0), /workers must be a whole number ≥ 1/);
  });
});

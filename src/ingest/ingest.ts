// Reads inputs into the store: expand → read → clean → skip if stored → claim (when
// several processes share the store) → near-copy check → analyze → commit every
// batchSize documents. Cleaning and analysis run on a pool of worker threads (one
// per core by default, src/ingest/pool/); every decision about what is stored is
// made here, one document at a time in input order, so that the outcome is the same
// with one worker or many. Memory stays flat: a bounded number of documents is being
// cleaned or analysed, one batch fills while the previous one is written. A failing
// input is reported and skipped; only a store that cannot write stops the run.
import { availableParallelism } from 'node:os';
import type { Store, StoredDocInput } from '../store/store.ts';
import type { RawDoc, ReadResult } from '../read/raw-doc.ts';
import { expandInputs, readInput, DEFAULT_MAX_BYTES } from '../read/index.ts';
import { checkAnalysis } from './check-analysis.ts';
import { PendingBatch } from './pending-batch.ts';
import { countInputs } from './count-inputs.ts';
import { createExtractor } from './pool/extractor.ts';
import { DocumentRefused, PER_WORKER } from './pool/extract-pool.ts';
import { analysable, unpackAnalysis, type AnalysedAhead, type PackedAnalysis, type Prepared } from './pool/prepare.ts';
import { Speculation } from './speculation.ts';
import {
  DEFAULT_BATCH_SIZE, DEFAULT_DOC_TIMEOUT_MS, DEFAULT_MAX_DISTANCE,
  type IngestEvent, type IngestOptions, type IngestSummary,
} from './types.ts';
import { errorMessage } from '../error-message.ts';

/** Documents held back because another process had claimed them: past this, wait for them. */
const MAX_DEFERRED = 500;
/** Rounds of waiting for documents other processes hold before reporting them as failed. */
const DEFERRED_ROUNDS = 3;

export async function ingest(
  args: string[], options: IngestOptions, store: Store, report: (event: IngestEvent) => void,
): Promise<IngestSummary> {
  const started = performance.now();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const maxDistance = options.maxDistance ?? DEFAULT_MAX_DISTANCE;
  const stopped = () => options.signal?.aborted === true;
  const summary: IngestSummary = {
    documents: 0, new: 0, unchanged: 0, duplicate: 0, failed: 0, notAnalyzed: 0,
    events: 0, relations: 0, elapsedMs: 0, interrupted: false,
  };
  const extractor = await createExtractor(options.workers ?? availableParallelism(), { timeoutMs: options.docTimeoutMs ?? DEFAULT_DOC_TIMEOUT_MS });
  /** Cleaning, in input order: sent to the workers ahead of the document being decided on. */
  const ahead: { source: string; prepared: Promise<Prepared> }[] = [];
  const aheadLimit = PER_WORKER * extractor.workers + 2;
  /** The batch filling, and the one being written meanwhile (not in the store yet either). */
  let batch = new PendingBatch();
  let saving: { batch: PendingBatch; done: Promise<void> } | null = null;
  /** Analyses under way, by document id, for documents in `batch` or `saving`. */
  const analyses = new Map<string, Promise<PackedAnalysis>>();
  /** Originals whose extraction failed → the copy stored in their place (or null: none yet). */
  const replaced = new Map<string, string | null>();
  const deferred: Prepared[] = [];
  const speculation = new Speculation();
  const fail = (source: string, reason: string) => {
    summary.failed++;
    report({ kind: 'failure', source, reason });
  };

  const totalInputs = options.countInputs === false ? null : await countInputs(args);
  report({ kind: 'start', totalInputs });
  let inputsDone = 0;
  const progress = () => report({ kind: 'progress', inputsDone, totalInputs, documents: summary.new + summary.unchanged + summary.duplicate });

  try {
    for await (const input of expandInputs(args)) {
      if (stopped()) break;
      if ('reason' in input) {
        fail(input.source, input.reason);
        continue;
      }
      const result = await readSafely(input.source, maxBytes);
      inputsDone++;
      if (!result.ok) {
        fail(result.failure.source, result.failure.reason);
        progress();
        continue;
      }
      for (const failure of result.failures) fail(failure.source, failure.reason);
      for (const raw of result.docs) {
        // Signal handlers only run between macrotasks: let them in before each document.
        await new Promise((resolve) => setImmediate(resolve));
        if (stopped()) break;
        await extractor.ready();
        const prepared = extractor.prepare(raw, { analyze: speculation.worthIt });
        prepared.catch(() => {}); // handled in decideNext, or dropped when the run stops
        ahead.push({ source: raw.source, prepared });
        if (ahead.length >= aheadLimit) await decideNext();
      }
      progress();
    }
    while (ahead.length > 0 && !stopped()) await decideNext();
    for (let round = 0; round < DEFERRED_ROUNDS && deferred.length > 0; round++) await decideDeferred();
    for (const held of deferred.splice(0)) if (held.ok) fail(held.doc.source, 'another process kept it claimed; ingest it again');
    await commit(true);
  } finally {
    await extractor.close();
  }
  summary.documents = summary.new + summary.unchanged + summary.duplicate + summary.failed;
  summary.elapsedMs = performance.now() - started;
  summary.interrupted = stopped();
  return summary;

  async function decideNext(): Promise<void> {
    const { source, prepared } = ahead.shift()!;
    let ready: Prepared;
    try {
      ready = await prepared;
    } catch (error) {
      ready = { ok: false, failure: { source, reason: failureReason('cleaning', error) } };
    }
    if (stopped()) return;
    await addDocument(ready, false);
    if (batch.size >= batchSize) await commit(false);
    progress();
  }

  /** Documents another process held: once it is done with them, stored or ours. */
  async function decideDeferred(): Promise<void> {
    for (const prepared of deferred.splice(0)) {
      if (stopped()) return;
      await addDocument(prepared, true);
      if (batch.size >= batchSize) await commit(false);
      progress();
    }
  }

  async function addDocument(prepared: Prepared, waitForClaims: boolean): Promise<void> {
    if (!prepared.ok) return fail(prepared.failure.source, prepared.failure.reason);
    const { doc, fingerprint: fp } = prepared;
    if (batch.has(doc.id) || saving?.batch.has(doc.id) || (await store.hasDocument(doc.id))) {
      summary.unchanged++;
      speculation.record(false);
      return;
    }
    if (store.claimDocument) {
      let claim = await store.claimDocument(doc.id);
      if (claim === 'busy' && waitForClaims) {
        // Wait only holding no claim of our own, or two processes could wait for each other.
        await commit(true);
        claim = await store.claimDocument(doc.id, { wait: true });
      }
      if (claim === 'stored') {
        summary.unchanged++;
        speculation.record(false);
        return;
      }
      if (claim === 'busy') {
        deferred.push(prepared);
        if (deferred.length >= MAX_DEFERRED) await decideDeferred();
        return;
      }
    }
    const duplicateOf = batch.nearDuplicate(fp, maxDistance) ?? saving?.batch.nearDuplicate(fp, maxDistance)
      ?? (await store.findNearDuplicate(fp, maxDistance));
    speculation.record(duplicateOf === null);
    if (duplicateOf !== null) {
      summary.duplicate++;
      batch.add({ doc, analysis: null, duplicateOf, fingerprint: fp, skipped: 'duplicate' });
      return;
    }
    if (!analysable(doc)) {
      summary.new++;
      summary.notAnalyzed++;
      report({ kind: 'notice', source: doc.source, message: `language '${doc.language}', extraction skipped` });
      batch.add({ doc, analysis: null, duplicateOf: null, fingerprint: fp, skipped: `language '${doc.language}'` });
      return;
    }
    summary.new++;
    if (prepared.ahead) analyses.set(doc.id, settled(prepared.ahead));
    else analyse(doc);
    batch.add({ doc, analysis: null, duplicateOf: null, fingerprint: fp, skipped: null });
  }

  function analyse(doc: StoredDocInput['doc']): void {
    const pending = extractor.analyze(doc);
    pending.catch(() => {}); // handled when its batch is saved
    analyses.set(doc.id, pending);
  }

  /**
   * Hands the batch in hand over to be written once its analyses are in, after the
   * previous one is written (one batch written at a time: a slow store holds the
   * reading back). With `wait`, returns once everything is written.
   */
  async function commit(wait: boolean): Promise<void> {
    if (saving !== null) {
      const previous = saving;
      await previous.done;
      if (saving === previous) saving = null;
    }
    if (batch.size > 0) {
      const full = batch;
      batch = new PendingBatch();
      const done = save(full.items);
      done.catch(() => {}); // awaited by the next commit
      saving = { batch: full, done };
    }
    if (wait && saving !== null) await commit(true);
  }

  async function save(pendingItems: StoredDocInput[]): Promise<void> {
    const items: StoredDocInput[] = [];
    for (let item of pendingItems) {
      // A copy of an original whose extraction failed stands in for it, as it would
      // have if the original had never been read.
      if (item.duplicateOf !== null && replaced.has(item.duplicateOf)) {
        const standIn = replaced.get(item.duplicateOf) ?? null;
        if (standIn !== null) {
          item = { ...item, duplicateOf: standIn };
        } else {
          replaced.set(item.duplicateOf, item.doc.id);
          summary.duplicate--;
          summary.new++;
          item = { ...item, duplicateOf: null, skipped: null };
          analyse(item.doc);
        }
      }
      const pending = analyses.get(item.doc.id);
      if (pending === undefined) {
        items.push(item);
        continue;
      }
      analyses.delete(item.doc.id);
      let checked;
      try {
        checked = checkAnalysis(unpackAnalysis(await pending));
      } catch (error) {
        // An engine bug or a document past its time limit must not stop the others;
        // nothing is stored, so a later run (a fixed engine, a longer limit) picks it up again.
        summary.new--;
        fail(item.doc.source, failureReason('extraction', error));
        if (!replaced.has(item.doc.id)) replaced.set(item.doc.id, null);
        for (const [original, standIn] of replaced) if (standIn === item.doc.id) replaced.set(original, null);
        await store.releaseDocument?.(item.doc.id);
        continue;
      }
      for (const problem of checked.problems) report({ kind: 'notice', source: item.doc.source, message: problem });
      summary.events += checked.analysis.extraction.events.length;
      summary.relations += checked.analysis.extraction.relations.length;
      items.push({ ...item, analysis: checked.analysis });
    }
    if (items.length === 0) return;
    let inserted: ReadonlySet<string> | void;
    try {
      inserted = await store.saveBatch(items);
    } catch (error) {
      // Not one input's fault: the store cannot write (disk full, locked, a bug).
      throw new Error(`cannot save documents: ${errorMessage(error)}`, { cause: error });
    }
    // Another process on the same database may have stored some of them first: those
    // are unchanged for this run, and their facts are not this run's.
    if (inserted) {
      for (const item of items) {
        if (inserted.has(item.doc.id) || item.duplicateOf) continue;
        summary.new--;
        summary.unchanged++;
        summary.events -= item.analysis?.extraction.events.length ?? 0;
        summary.relations -= item.analysis?.extraction.relations.length ?? 0;
      }
    }
    report({ kind: 'committed', documents: items.length });
  }
}

/**
 * readInput() reports bad inputs as failures; a throw is a reader bug (a parser
 * meeting markup nobody foresaw). It costs that input only, never the run.
 */
async function readSafely(source: string, maxBytes: number): Promise<ReadResult> {
  try {
    return await readInput(source, { maxBytes });
  } catch (error) {
    return { ok: false, failure: { source, reason: `cannot read: ${errorMessage(error)}` } };
  }
}

/** An analysis done with the cleaning, as the promise analyze() would have given. */
function settled(ahead: AnalysedAhead): Promise<PackedAnalysis> {
  if (ahead.ok) return Promise.resolve(ahead.analysis);
  const failed = Promise.reject(new Error(ahead.message));
  failed.catch(() => {}); // handled when its batch is saved
  return failed;
}

/** A refusal (past the time limit) says it all; anything else is a failure of that step. */
function failureReason(step: 'cleaning' | 'extraction', error: unknown): string {
  return error instanceof DocumentRefused ? error.message : `${step} failed: ${errorMessage(error)}`;
}


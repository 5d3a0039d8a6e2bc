// Reads inputs into the store: expand → read → clean → skip if stored → near-copy
// check → analyze → commit every batchSize documents. A failing input is reported
// and skipped; only a store that cannot write stops the run.
import type { Store } from '../store/store.ts';
import type { RawDoc, ReadResult } from '../read/raw-doc.ts';
import { expandInputs, readInput, DEFAULT_MAX_BYTES } from '../read/index.ts';
import { cleanDoc, fingerprint } from '../clean/index.ts';
import { analyze } from '../extract/index.ts';
import { checkAnalysis } from './check-analysis.ts';
import { PendingBatch } from './pending-batch.ts';
import { countInputs } from './count-inputs.ts';
import {
  DEFAULT_BATCH_SIZE, DEFAULT_MAX_DISTANCE,
  type IngestEvent, type IngestOptions, type IngestSummary,
} from './types.ts';

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
  const batch = new PendingBatch();
  const fail = (source: string, reason: string) => {
    summary.failed++;
    report({ kind: 'failure', source, reason });
  };
  const commit = async () => {
    if (batch.size === 0) return;
    const items = batch.take();
    try {
      await store.saveBatch(items);
    } catch (error) {
      // Not one input's fault: the store cannot write (disk full, locked, a bug).
      throw new Error(`cannot save documents: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    report({ kind: 'committed', documents: items.length });
  };

  const totalInputs = options.countInputs === false ? null : await countInputs(args);
  report({ kind: 'start', totalInputs });
  let inputsDone = 0;
  const progress = () => report({ kind: 'progress', inputsDone, totalInputs, documents: summary.new + summary.unchanged + summary.duplicate });

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
      await addDocument(raw);
      if (batch.size >= batchSize) await commit();
      progress();
    }
    progress();
  }
  await commit();
  summary.documents = summary.new + summary.unchanged + summary.duplicate + summary.failed;
  summary.elapsedMs = performance.now() - started;
  summary.interrupted = stopped();
  return summary;

  async function addDocument(raw: RawDoc): Promise<void> {
    let cleaned;
    try {
      cleaned = cleanDoc(raw);
    } catch (error) {
      return fail(raw.source, `cleaning failed: ${message(error)}`);
    }
    if (!cleaned.ok) return fail(cleaned.failure.source, cleaned.failure.reason);
    const { doc } = cleaned;
    if (batch.has(doc.id) || (await store.hasDocument(doc.id))) {
      summary.unchanged++;
      return;
    }
    const fp = fingerprint(doc.text);
    const duplicateOf = batch.nearDuplicate(fp, maxDistance) ?? (await store.findNearDuplicate(fp, maxDistance));
    if (duplicateOf !== null) {
      summary.duplicate++;
      return batch.add({ doc, analysis: null, duplicateOf, fingerprint: fp, skipped: 'duplicate' });
    }
    // "und" (too short to tell) is still analysed: a short English text is the usual cause.
    if (doc.language !== 'en' && doc.language !== 'und') {
      summary.new++;
      summary.notAnalyzed++;
      report({ kind: 'notice', source: doc.source, message: `language '${doc.language}', extraction skipped` });
      return batch.add({ doc, analysis: null, duplicateOf: null, fingerprint: fp, skipped: `language '${doc.language}'` });
    }
    let checked;
    try {
      checked = checkAnalysis(analyze(doc));
    } catch (error) {
      // An engine bug on one document must not stop the others; nothing is stored,
      // so a later run with a fixed engine picks the document up again.
      return fail(doc.source, `extraction failed: ${message(error)}`);
    }
    for (const problem of checked.problems) report({ kind: 'notice', source: doc.source, message: problem });
    summary.new++;
    summary.events += checked.analysis.extraction.events.length;
    summary.relations += checked.analysis.extraction.relations.length;
    batch.add({ doc, analysis: checked.analysis, duplicateOf: null, fingerprint: fp, skipped: null });
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
    return { ok: false, failure: { source, reason: `cannot read: ${message(error)}` } };
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// Where ingest sends each document to be cleaned and then analysed: the calling
// thread (`--workers 1`), or a pool of worker threads (extract-pool.ts). Both answer
// with promises, so ingest is written once; results are the same, as cleaning and
// analyze() are pure functions of the document.
import type { Doc } from '../../clean/doc.ts';
import type { RawDoc } from '../../read/raw-doc.ts';
import { analyze, type Analysis } from '../../extract/index.ts';
import { ExtractPool } from './extract-pool.ts';
import { prepare, type Prepared } from './prepare.ts';

export interface Extractor {
  /** Threads analysing documents. */
  readonly workers: number;
  /** Cleans a read document and fingerprints its text (never rejects for a bad document). */
  prepare(raw: RawDoc): Promise<Prepared>;
  /** Rejects when analysis throws. */
  analyze(doc: Doc): Promise<Analysis>;
  /** Resolves once another document may be sent without exceeding the queue bound. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** Documents seen before the pool is started. */
const START_POOL_AFTER = 8;

/**
 * `workers` threads (1: the calling thread only). The pool is started once a run
 * has shown it has more than a handful of documents (a run of a few never pays for
 * starting threads), and documents are done in the calling thread until it is up.
 */
export async function createExtractor(workers: number): Promise<Extractor> {
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`workers must be a whole number ≥ 1, got ${workers}`);
  return workers === 1 ? inlineExtractor() : lazyPool(workers);
}

/** Analyses in the calling thread, synchronously: the promise is settled when returned. */
function inlineExtractor(): Extractor {
  return {
    workers: 1,
    prepare: (raw) => Promise.resolve(prepare(raw)),
    analyze(doc) {
      try {
        return Promise.resolve(analyze(doc));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    ready: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}

function lazyPool(workers: number): Extractor {
  const inline = inlineExtractor();
  let seen = 0;
  let starting: Promise<ExtractPool | null> | null = null;
  let pool: ExtractPool | null = null;
  let closed = false;
  const start = () => {
    starting ??= ExtractPool.start(workers).then(
      async (started) => {
        if (closed) {
          await started.close();
          return null;
        }
        pool = started;
        return started;
      },
      // No worker threads (a locked-down runtime): the calling thread does the work.
      () => null,
    );
  };
  return {
    workers,
    prepare(raw) {
      if (++seen > START_POOL_AFTER) start();
      return (pool ?? inline).prepare(raw);
    },
    analyze: (doc) => (pool ?? inline).analyze(doc),
    ready: () => (pool ?? inline).ready(),
    async close() {
      closed = true;
      await pool?.close();
      await starting;
    },
  };
}
